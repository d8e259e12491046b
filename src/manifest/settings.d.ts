/** Types of `settings.js` (CommonJS, used by webpack.config.js and the tests). */

/** The Microsoft 365 clouds a build can target, with the office.js each loads. */
export declare const CLOUDS: { readonly global: { readonly officeJs: string }; readonly china: { readonly officeJs: string } };
export type Cloud = keyof typeof CLOUDS;
export declare const DEV_BASE_URL: string;
export declare const DEFAULT_ID: string;

/** What a build is made for. */
export interface Settings {
  /** https base URL ending in "/", e.g. "https://hr.example.cn/promo/". */
  readonly baseUrl: string;
  /** The add-in id (a GUID, lower case). */
  readonly id: string;
  readonly cloud: Cloud;
  /** The office.js URL of the cloud. */
  readonly officeJs: string;
  /** The manifests' versions from package.json: xml "0.1.0.0", unified "0.1.0". */
  readonly version: { readonly xml: string; readonly unified: string };
  /** Ship source maps (ADDIN_SOURCE_MAPS=1). */
  readonly sourceMaps: boolean;
}

/** Reads the build settings from the environment; `error` is one line to print before stopping. */
export declare function readSettings(env: Record<string, string | undefined>, build: { production: boolean; version: string }): { settings: Settings } | { error: string };
export declare function parseBaseUrl(raw: string): { url: string } | { error: string };
export declare function manifestVersions(version: string): { xml: string; unified: string };
