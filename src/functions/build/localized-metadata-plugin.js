/* eslint-disable */
// @ts-check
/**
 * Webpack plugin that finishes the custom functions metadata generated from JSDoc
 * (custom-functions-metadata-plugin writes `functions.json`):
 *
 * - sets `allowErrorForDataTypeAny: true`, so Excel passes error values (#N/A...) inside the
 *   record and table ranges to the functions, which report them as unreadable cells;
 * - emits `functions.<locale>.json` (e.g. functions.zh-CN.json) with the same ids and function
 *   names, and the translated descriptions and parameter names from a JSON file keyed by
 *   function id and parameter name;
 * - with the `helpUrl` option, gives every function its help page's URL in each language
 *   (the pages are emitted by src/manifest/plugin.js).
 *
 * The build fails (a compilation error) when a function or parameter has no translation, or a
 * translation names a function or parameter that does not exist.
 */
const fs = require("fs");
const path = require("path");

const PLUGIN = "LocalizedMetadataPlugin";
const HAN = /[\u3400-\u9fff]/;

/**
 * Finishes `metadata` and builds its translation.
 * @param {any} metadata the parsed functions.json
 * @param {any} translations `{ functions: { ID: { description, parameters: { name: { name, description } } } } }`
 * @param {{ requireHan?: boolean, locale?: string, helpUrl?: (id: string, locale: string) => string }} [options] requireHan: every translated description must contain Chinese characters;
 *   helpUrl: the help page of a function in a language ("en-US" for the default metadata, `locale` for the translation)
 * @returns {{ metadata: any, localized: any, errors: string[] }}
 */
function localizeMetadata(metadata, translations, options = {}) {
  const errors = [];
  const table = (translations && translations.functions) || {};
  const help = options.helpUrl;
  const withHelp = (/** @type {any} */ fn, /** @type {string} */ locale) => (help ? { ...fn, helpUrl: help(fn.id, locale) } : fn);
  const base = { ...metadata, allowErrorForDataTypeAny: true, functions: (metadata.functions || []).map((/** @type {any} */ fn) => withHelp(fn, "en-US")) };
  const seen = new Set();
  const text = (value) => typeof value === "string" && value.trim() !== "";
  const localizedFunctions = (metadata.functions || []).map((fn) => {
    seen.add(fn.id);
    const t = table[fn.id];
    if (!t) {
      errors.push(`${fn.id}: no translation`);
      return withHelp(fn, options.locale || "en-US");
    }
    if (!text(t.description)) errors.push(`${fn.id}: no translated description`);
    else if (options.requireHan && !HAN.test(t.description)) errors.push(`${fn.id}: the description is not translated`);
    const params = t.parameters || {};
    const names = new Set();
    const parameters = (fn.parameters || []).map((p) => {
      names.add(p.name);
      const tp = params[p.name];
      if (!tp || !text(tp.name) || !text(tp.description)) {
        errors.push(`${fn.id}(${p.name}): no translated name and description`);
        return p;
      }
      if (options.requireHan && !HAN.test(tp.description)) errors.push(`${fn.id}(${p.name}): the description is not translated`);
      return { ...p, name: tp.name, description: tp.description };
    });
    for (const extra of Object.keys(params)) if (!names.has(extra)) errors.push(`${fn.id}(${extra}): translated, but the function has no such parameter`);
    return withHelp({ ...fn, description: t.description, parameters }, options.locale || "en-US");
  });
  for (const id of Object.keys(table)) if (!seen.has(id)) errors.push(`${id}: translated, but there is no such function`);
  return { metadata: base, localized: { ...base, functions: localizedFunctions }, errors };
}

class LocalizedMetadataPlugin {
  /**
   * @param {{ metadata?: string, locale: string, translations: string, requireHan?: boolean, helpUrl?: (id: string, locale: string) => string }} options
   *   metadata: the asset written by CustomFunctionsMetadataPlugin (default functions.json);
   *   translations: path of the translation JSON; the output is functions.<locale>.json
   */
  constructor(options) {
    this.options = { metadata: "functions.json", ...options };
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const file = path.resolve(compiler.context, this.options.translations);
        compilation.fileDependencies.add(file);
        const asset = compilation.getAsset(this.options.metadata);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.options.metadata} was not generated`));
          return;
        }
        let translations;
        try {
          translations = JSON.parse(fs.readFileSync(file, "utf8"));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`));
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        const result = localizeMetadata(metadata, translations, { requireHan: this.options.requireHan, locale: this.options.locale, helpUrl: this.options.helpUrl });
        for (const message of result.errors) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${path.relative(compiler.context, file)}: ${message}`));
        }
        compilation.updateAsset(this.options.metadata, new sources.RawSource(JSON.stringify(result.metadata, null, 4)));
        compilation.emitAsset(`functions.${this.options.locale}.json`, new sources.RawSource(JSON.stringify(result.localized, null, 4)));
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata };
