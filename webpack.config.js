/* eslint-env node */
// Two builds of the same code (SPEC §9):
// - "pane": the task pane (taskpane.html, with Office.js) and the browser app
//   as static pages (index.html, no Office.js), exceljs and the sample block
//   in their own lazy chunks, manifest and assets copied; in production the
//   manifest's dev URLs are rewritten to the public origin. Modelled on the
//   `yo office` React template.
// - "thidua": the browser app as one self-contained file, thidua.html: one
//   chunk (the lazy parts folded in), inlined into the page, nothing else
//   emitted.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { inlineScript, KeepOnlyPagePlugin } = require("./scripts/webpack/inline-page.cjs");

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

const resolve = { extensions: [".ts", ".tsx", ".js"] };
const WORKER_SOURCE = path.resolve(__dirname, "src/taskpane/work/worker-source.ts");
const rules = [
  { test: /\.tsx?$/, exclude: [/node_modules/, WORKER_SOURCE], use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } },
  // The pane's Web Worker, bundled apart and inlined as a string (issue 24).
  { test: WORKER_SOURCE, type: "javascript/auto", use: path.resolve(__dirname, "scripts/webpack/worker-source-loader.cjs") },
  // `import("…/assets/sample/manifest.json?embed")`: the sample block's files inside the bundle.
  { resourceQuery: /embed/, type: "javascript/auto", use: path.resolve(__dirname, "scripts/webpack/embed-sample-loader.cjs") },
  // `import page from "…/help.html?raw"`: a file's text, for the one-file app's help (src/taskpane/app/HelpLink.tsx).
  { resourceQuery: /raw/, type: "asset/source" },
];

/** The browser app in one file (dist/thidua.html): what an officer mails, copies and opens by double-click. */
function oneFileApp(dev) {
  return {
    name: "thidua",
    devtool: false,
    entry: { thidua: "./src/taskpane/browser-app.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "", clean: false },
    resolve,
    module: { rules },
    plugins: [
      // The lazy parts (exceljs, the sample) folded into the one chunk: a file:// page has nothing to load them from.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "thidua.html",
        template: "./src/taskpane/thidua.html",
        inject: false,
        minify: false,
        templateParameters: (compilation, assets, assetTags, options) => ({
          compilation,
          htmlWebpackPlugin: { tags: assetTags, files: assets, options },
          inline: true,
          inlineScript,
        }),
      }),
      new KeepOnlyPagePlugin("thidua.html"),
    ],
    performance: { hints: false },
    mode: dev ? "development" : "production",
  };
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  const https = dev ? devHttpsOptions() : null;
  const pane = {
    name: "pane",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", app: "./src/taskpane/browser-app.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // The one-file build writes thidua.html here too, maybe first.
      clean: { keep: /^thidua\.html$/ },
    },
    resolve,
    module: { rules },
    // webpack minifies .html assets and their inline scripts itself: the pane page's first script is ES5 by hand and must stay as written.
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The page's first script writes these tags itself, where the engine can run them (see the page);
        // it is ES5 by hand, and no minifier may rewrite it.
        inject: false,
        minify: false,
        // Dev serves the package's copy so the pane works offline in a browser; an
        // add-in in production loads Office.js from Microsoft's CDN, as Office requires.
        templateParameters: (_compilation, assets) => ({
          paneScripts: [dev ? "/office-js/office.js" : OFFICE_JS_CDN, ...assets.js].join(" "),
        }),
      }),
      // The browser app as static pages, for an intranet web server: no Office.js.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/thidua.html",
        chunks: ["app"],
        templateParameters: { inline: false },
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
      // Loopback only: the dev server is for this machine, never the office's network.
      host: "localhost",
      port: PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
      client: { overlay: { warnings: false } },
    },
  };
  // The dev server serves the pane's build; the one-file app is a production artefact (`npm run build`).
  return _env?.WEBPACK_SERVE ? pane : [pane, oneFileApp(dev)];
};
