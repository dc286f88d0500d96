#!/usr/bin/env node
// The `thidua` command: the bundle of scripts/build-cli.mjs while no file it
// was built from (build/thidua.inputs.json, from esbuild's metafile) is newer
// than it (it starts in a tenth of the time); otherwise, as right after
// editing a source or before any build, the sources through tsx.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "build", "thidua.cjs");

function bundleIsFresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(fs.readFileSync(path.join(root, "build", "thidua.inputs.json"), "utf8"));
    // A file gone (renamed, deleted) throws: the sources decide.
    return inputs.length > 0 && inputs.every((input) => fs.statSync(path.join(root, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** tsx is a development dependency (docs/DECISIONS.md, D7): an installed package has the bundle only. */
function hasTsx() {
  try {
    require.resolve("tsx/cjs/api");
    return true;
  } catch {
    return false;
  }
}

const fresh = bundleIsFresh() || (fs.existsSync(bundle) && !hasTsx());
// For the tests and a puzzled developer: which of the two runs.
if (process.env.THIDUA_SHOW_START) process.stderr.write(`thidua: ${fresh ? "build/thidua.cjs" : "src/cli/thidua.ts (tsx)"}\n`);
if (fresh) {
  require(bundle);
} else {
  // Both hooks: the command loads some modules with import() (the documents, Word's libraries), which the CommonJS hook alone does not see.
  require("tsx/cjs/api").register();
  require("tsx/esm/api").register();
  require("../src/cli/thidua.ts");
}
