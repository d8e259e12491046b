/** Types of `help-pages.js` (CommonJS, used by the webpack build and the tests). */
import type { Cloud } from "./settings";

export declare const LANGUAGES: readonly { readonly tag: "en-US" | "zh-CN"; readonly key: "en" | "zh" }[];
/** The URL of a function's help page. */
export declare function helpUrl(baseUrl: string, id: string, tag: string): string;
export declare function helpPath(id: string, tag: string): string;
/** Every help page (path -> HTML) and what is missing from help.json. */
export declare function helpPages(
  en: { functions: unknown[] },
  zh: { functions: unknown[] },
  help: unknown,
  cloud: Cloud,
): { pages: Record<string, string>; errors: string[] };
