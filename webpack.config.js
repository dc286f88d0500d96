/* eslint-env node */
// One page (the task pane), exceljs in its own lazy chunk, manifest and
// assets copied; in production the manifest's dev URLs are rewritten to the
// public origin. Modelled on the `yo office` React template.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000/";
const PORT = Number(process.env.THIDUA_PORT || 3000);
// Where dist/ is hosted; set THIDUA_PUBLIC_URL for a real deployment.
const PUBLIC_URL = process.env.THIDUA_PUBLIC_URL || require("./package.json").config.productionUrl;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * The office-addin-dev-certs files, when they can be read. As root on Linux
 * `office-addin-dev-certs install` writes them but cannot trust the CA, and
 * its own `getHttpsServerOptions()` then throws, so read the files directly.
 * Without them the dev server speaks plain http: enough for the browser
 * preview; Excel needs https (see README, "Sideloading").
 */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  try {
    return Object.fromEntries(
      Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
    );
  } catch {
    return null;
  }
}

function rewriteManifest(content) {
  const origin = PUBLIC_URL.endsWith("/") ? PUBLIC_URL : `${PUBLIC_URL}/`;
  return content.toString().replaceAll(DEV_ORIGIN, origin).replaceAll(DEV_ORIGIN.slice(0, -1), origin.slice(0, -1));
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const https = dev ? devHttpsOptions() : null;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Dev serves the package's copy so the preview works offline; an add-in
        // in production loads Office.js from Microsoft's CDN, as Office requires.
        templateParameters: { officeJsUrl: dev ? "/office-js/office.js" : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          // The preview's sample block (scripts/make-sample.ts), fetched by *Dùng bộ mẫu* from the pane's origin.
          { from: "assets/sample", to: "sample" },
          { from: "manifest.xml", to: "manifest.xml", transform: dev ? undefined : rewriteManifest },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
      client: { overlay: { warnings: false } },
    },
  };
};
