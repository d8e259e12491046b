/** Types of `localized-metadata-plugin.js` (a CommonJS build module used by webpack.config.js). */
import type { Compiler } from "webpack";

/** Finishes generated functions.json metadata and builds its translation; `errors` lists what is missing. */
export function localizeMetadata(
  metadata: unknown,
  translations: unknown,
  options?: { requireHan?: boolean; locale?: string; helpUrl?: (id: string, locale: string) => string },
): { metadata: Record<string, unknown>; localized: Record<string, unknown>; errors: string[] };

/** Webpack plugin: sets allowErrorForDataTypeAny and emits functions.<locale>.json; fails the build on a missing translation. */
export class LocalizedMetadataPlugin {
  constructor(options: { metadata?: string; locale: string; translations: string; requireHan?: boolean; helpUrl?: (id: string, locale: string) => string });
  apply(compiler: Compiler): void;
}
