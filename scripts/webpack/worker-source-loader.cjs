/* eslint-env node */
// src/taskpane/work/worker-source.ts, as webpack sees it: the pane's Web
// Worker (worker-main.ts and what it imports: the reader, the writer,
// fflate) bundled on its own by esbuild into one script, and exported as a
// string the pane starts from a Blob URL (issue 24). The one-file browser
// app has no second file to load a worker from, so the worker is inlined.
// The string is written so that neither `<!--` nor `</script` appears in it
// (the page's inline script may hold neither: inline-page.cjs).
const path = require("node:path");
const esbuild = require("esbuild");

module.exports = function workerSourceLoader() {
  const done = this.async();
  const entry = path.join(path.dirname(this.resourcePath), "worker-main.ts");
  esbuild
    .build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: this.mode === "production",
      metafile: true,
      legalComments: "none",
      logLevel: "silent",
    })
    .then((result) => {
      // Rebuilt when any file the worker bundles changes (webpack's watch).
      for (const input of Object.keys(result.metafile.inputs)) this.addDependency(path.resolve(input));
      const code = result.outputFiles[0].text;
      const literal = JSON.stringify(code).replace(/<!--/g, "<\\u0021--").replace(/<\/(script)/gi, "<\\/$1");
      done(null, `export default ${literal};\n`);
    }, done);
};
