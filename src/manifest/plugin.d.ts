/** Types of `plugin.js` (CommonJS, used by webpack.config.js). */
import type { Compiler } from "webpack";
import type { Settings } from "./settings";

/** Webpack plugin: page for the cloud, both manifests and the help pages. */
export declare class DeployPlugin {
  constructor(options: { settings: Settings; help: string });
  apply(compiler: Compiler): void;
}
