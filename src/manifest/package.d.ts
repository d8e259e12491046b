/** Types of `package.js` (CommonJS; scripts/package.mjs, `npm run package`'s second step, runs it). */
import type { Settings } from "./settings";

/** Writes the package zip, the Microsoft 365 app package and the nginx block for the build in `dir`. */
export declare function makePackage(options: { dir: string; outDir: string; settings: Settings; version: string }): Promise<{ zip: string; app: string; nginx: string; files: string[] }>;
export declare function listFiles(dir: string, prefix?: string): string[];
