/* eslint-env node */
// Turns assets/sample/manifest.json (imported with `?embed`) into a module
// holding every file it lists as base64, so the browser app carries the
// sample block inside itself and never fetches it: the one-file build has no
// origin to fetch from, and from file:// a fetch is refused anyway.
const fs = require("node:fs");
const path = require("node:path");

module.exports = function embedSample(source) {
  const dir = path.dirname(this.resourcePath);
  const manifest = JSON.parse(source);
  const names = Array.isArray(manifest.files) ? manifest.files.filter((f) => typeof f === "string") : [];
  const files = names.map((name) => {
    const file = path.join(dir, name);
    this.addDependency(file);
    return { name, base64: fs.readFileSync(file).toString("base64") };
  });
  return `export default ${JSON.stringify(files)};`;
};
