/* eslint-disable no-undef */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./src/functions/build/localized-metadata-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://promoladder.example.com/"; // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

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

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      taskpane: ["./src/taskpane/taskpane.ts", "./src/taskpane/taskpane.html"],
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist/addin"), clean: true },
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
      // allowErrorForDataTypeAny + functions.zh-CN.json; fails the build on a missing translation.
      new LocalizedMetadataPlugin({ locale: "zh-CN", translations: "./src/functions/metadata.zh-CN.json", requireHan: true }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page hosts the functions and the ribbon commands too.
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
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
