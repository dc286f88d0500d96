/* eslint-env node */
// The one-file build: after html-webpack-plugin has written the page with
// every script inlined (see src/taskpane/thidua.html), the scripts' own files
// are dropped, so the output is that page alone.
const { Compilation } = require("webpack");

class KeepOnlyPagePlugin {
  constructor(page) {
    this.page = page;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepOnlyPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "KeepOnlyPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) if (name !== this.page) compilation.deleteAsset(name);
      });
    });
  }
}

/**
 * A script's text made safe inside <script>…</script>: `</script` would end
 * the element, so it is broken up with a backslash (`<\/script`), which
 * means the same in the strings, regular expressions and comments where a
 * minifier leaves it. `<!--` could put the HTML parser in its escaped state,
 * and no such backslash is safe everywhere (a /u regular expression refuses
 * it): the build stops rather than write a page that may not parse.
 */
function inlineScript(text, name) {
  if (text.includes("<!--")) throw new Error(`${name} contains "<!--": it cannot be inlined into thidua.html safely`);
  return text.replace(/<\/(script)/gi, "<\\/$1");
}

module.exports = { KeepOnlyPagePlugin, inlineScript };
