/** Types of `manifests.js` (CommonJS, used by the webpack build and the tests). */
import type { Settings } from "./settings";

type Text = { readonly en: string; readonly zh: string };
/** Everything the manifests say, in both languages. */
export declare const ADDIN: {
  readonly provider: string;
  readonly namespace: string;
  readonly page: string;
  readonly metadata: string;
  readonly icons: Readonly<Record<"16" | "32" | "64" | "80" | "192" | "outline", string>>;
  readonly help: Text;
  readonly accentColor: string;
  readonly text: Readonly<Record<"displayName" | "description" | "fullDescription" | "getStartedTitle" | "getStartedDescription" | "groupLabel" | "buttonLabel" | "buttonTooltip", Text>>;
};
/** The Office display languages given the Chinese texts explicitly. */
export declare const CHINESE_LOCALES: readonly string[];
export declare const ZH_METADATA: string;
export declare const UNIFIED_VERSION: string;
/** The XML manifest for `settings`, naming the emitted functions bundle. */
export declare function xmlManifest(settings: Settings, files: { functionsScript: string }): string;
/** The unified manifest, its zh-CN localization and that file's name. */
export declare function unifiedManifest(
  settings: Settings,
  files: { functionsScript: string },
  metadata: { functions: unknown[] },
  zhMetadata: { functions: unknown[] },
): { manifest: Record<string, unknown>; localization: Record<string, string>; localizationFile: string };
