// @ts-check
/**
 * Webpack plugin that finishes a build for its settings (src/manifest/settings.js):
 *
 * - the page (taskpane.html) gets the cloud's office.js and Content-Security-Policy;
 * - manifest.xml, manifest.json and manifest.zh-cn.json are generated for the base URL, naming
 *   the emitted (hashed) functions bundle;
 * - the functions' help pages are emitted under help/.
 *
 * It runs after the functions metadata is final (LocalizedMetadataPlugin, which also sets each
 * function's helpUrl) and after the bundles got their hashed names.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { pageFor } = require("./hosting");
const { xmlManifest, unifiedManifest, ZH_METADATA, ADDIN } = require("./manifests");
const { helpPages } = require("./help-pages");

const PLUGIN = "DeployPlugin";

class DeployPlugin {
  /**
   * @param {{ settings: import("./settings").Settings, help: string }} options help: path of src/functions/help.json
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { settings } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(PLUGIN, (data) => {
        try {
          data.html = pageFor(data.html, settings.cloud);
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${data.outputName}: ${e instanceof Error ? e.message : String(e)}`));
        }
        return data;
      });
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entry = compilation.entrypoints.get("functions");
        const functionsScript = entry ? [...entry.getEntrypointChunk().files].find((f) => f.endsWith(".js")) : undefined;
        const read = (/** @type {string} */ name) => {
          const asset = compilation.getAsset(name);
          return asset ? JSON.parse(asset.source.source().toString()) : undefined;
        };
        const en = read(ADDIN.metadata);
        const zh = read(ZH_METADATA);
        if (!functionsScript || !en || !zh) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: the functions bundle, ${ADDIN.metadata} or ${ZH_METADATA} is missing`));
          return;
        }
        const files = { functionsScript };
        compilation.emitAsset("manifest.xml", new sources.RawSource(xmlManifest(settings, files)));
        const unified = unifiedManifest(settings, files, en, zh);
        compilation.emitAsset("manifest.json", new sources.RawSource(`${JSON.stringify(unified.manifest, null, 2)}\n`));
        compilation.emitAsset(unified.localizationFile, new sources.RawSource(`${JSON.stringify(unified.localization, null, 2)}\n`));
        const helpFile = path.resolve(compiler.context, this.options.help);
        compilation.fileDependencies.add(helpFile);
        const help = helpPages(en, zh, JSON.parse(fs.readFileSync(helpFile, "utf8")), settings.cloud);
        for (const message of help.errors) compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));
        for (const [file, html] of Object.entries(help.pages)) compilation.emitAsset(file, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { DeployPlugin };
