/** Types of `hosting.js` (CommonJS, used by the webpack build, the package script and the tests). */
import type { Cloud } from "./settings";

export declare const HASH_LENGTH: number;
export declare const BUNDLE_NAME: string;
/** A hashed bundle file name, as a regular expression source. */
export declare const HASHED_BUNDLE: string;
export declare const CORS: string;
export declare const CACHE: { readonly hashed: string; readonly other: string };
/** The page's Content-Security-Policy for a cloud. */
export declare function contentSecurityPolicy(cloud: Cloud): string;
/** The page with the cloud's CSP and office.js. */
export declare function pageFor(html: string, cloud: Cloud): string;
/** The headers a package file is served with. */
export declare function headersFor(file: string, cloud: Cloud): Record<string, string>;
/** An nginx location block serving the package for the base URL. */
export declare function nginxLocation(settings: { baseUrl: string; cloud: Cloud }, root: string): string;
