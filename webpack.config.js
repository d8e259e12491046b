/* eslint-disable no-undef */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./src/functions/build/localized-metadata-plugin");
const { readSettings } = require("./src/manifest/settings");
const { BUNDLE_NAME } = require("./src/manifest/hosting");
const { helpUrl } = require("./src/manifest/help-pages");
const { DeployPlugin } = require("./src/manifest/plugin");
const { version } = require("./package.json");

async function httpsOptions() {
  // office-addin-dev-certs installs a CA with sudo, which fails on machines without it (CI, Linux
  // containers); ADDIN_SELF_SIGNED=1 lets webpack-dev-server make its own certificate instead.
  if (process.env.ADDIN_SELF_SIGNED) return { type: "https" };
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

// `npm test` type-checks src/ with `tsc --noEmit` just before building and says so with
// PROMO_TYPECHECKED=1; webpack then only transpiles (a second full type check on a 2-core machine
// costs about half the build). A plain `npm run build` type-checks as before.
const typeChecked = process.env.PROMO_TYPECHECKED === "1";

/**
 * Settings come from the environment or `--env NAME=value` (README "Deploy"): ADDIN_BASE_URL
 * (required for production), ADDIN_ID, ADDIN_CLOUD (global | china), ADDIN_SOURCE_MAPS=1, and
 * ADDIN_OUT_DIR (default dist/addin). A bad or missing setting stops the build with one line.
 */
module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const vars = { ...process.env, ...env };
  const read = readSettings(vars, { production: !dev, version });
  if ("error" in read) {
    process.stderr.write(`${read.error}\n`);
    process.exit(2);
  }
  const { settings } = read;
  return {
    devtool: dev || settings.sourceMaps ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/taskpane.ts", "./src/taskpane/taskpane.html"],
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, vars.ADDIN_OUT_DIR || "dist/addin"),
      // Hashed names in production: a bundle never changes under its name, so it may be cached for good.
      filename: dev ? "[name].js" : BUNDLE_NAME,
      clean: true,
    },
    optimization: {
      // The pane, the functions and the commands load into one page (shared runtime): one webpack
      // runtime and one copy of the code they share (the core), in chunk "core".
      runtimeChunk: "single",
      splitChunks: { cacheGroups: { core: { name: "core", chunks: "all", minChunks: 2, enforce: true } } },
    },
    resolve: { extensions: [".ts", ".js", ".html"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: typeChecked } } },
        { test: /\.html$/, exclude: /node_modules/, use: "html-loader" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // allowErrorForDataTypeAny, helpUrl + functions.zh-CN.json; fails the build on a missing translation.
      new LocalizedMetadataPlugin({
        locale: "zh-CN",
        translations: "./src/functions/metadata.zh-CN.json",
        requireHan: true,
        helpUrl: (id, locale) => helpUrl(settings.baseUrl, id, locale),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page hosts the functions and the ribbon commands too.
        chunks: ["taskpane", "functions", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*", to: "assets/[name][ext][query]" }] }),
      // The page for the cloud, manifest.xml + manifest.json for the base URL, the help pages.
      new DeployPlugin({ settings, help: "./src/functions/help.json" }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsOptions() : { type: "https" },
      port: process.env.npm_package_config_dev_server_port || 3000,
      static: { directory: path.resolve(__dirname, "dist/addin") },
    },
    performance: { hints: false },
  };
};
