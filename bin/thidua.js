#!/usr/bin/env node
// The `thidua` command: the bundle of scripts/build-cli.mjs when it is newer
// than every source it was built from (it starts in a tenth of the time);
// otherwise, as right after editing a source, the sources through tsx.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "build", "thidua.cjs");

/** The latest change to a TypeScript source the command is built from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    return ["cli", "core", "workbook", "xlsx"].every((folder) => newestSource(path.join(root, "src", folder)) <= built);
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  require(bundle);
} else {
  // Both hooks: the command loads some modules with import() (the documents, Word's libraries), which the CommonJS hook alone does not see.
  require("tsx/cjs/api").register();
  require("tsx/esm/api").register();
  require("../src/cli/thidua.ts");
}
