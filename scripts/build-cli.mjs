// `npm run build:cli` (also run by `npm run build` and after `npm ci`): the
// command as one CommonJS bundle, so `thidua` starts without compiling
// TypeScript (tsx took ~1.2 s before any work). The libraries loaded only
// when they are needed (exceljs to write a workbook, pizzip for the built-in
// documents) stay outside, so a start does not parse them.
// Beside it, build/thidua.inputs.json lists the files it was built from (from
// esbuild's metafile): bin/thidua.js runs the bundle only while none is newer.
import { build } from "esbuild";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

const { metafile } = await build({
  entryPoints: [path.join(root, "src/cli/thidua.ts")],
  outfile: path.join(root, "build/thidua.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "pizzip"],
  minify: true,
  metafile: true,
  logLevel: "warning",
});

// Our sources by path; the bundled packages through package-lock.json, which changes whenever one does.
const sources = Object.keys(metafile.inputs)
  .map((input) => path.relative(root, path.resolve(process.cwd(), input)).split(path.sep).join("/"))
  .filter((input) => !input.startsWith("node_modules/"));
const inputs = [...new Set(sources)].sort();
if (existsSync(path.join(root, "package-lock.json"))) inputs.push("package-lock.json");
writeFileSync(path.join(root, "build/thidua.inputs.json"), `${JSON.stringify({ inputs }, null, 1)}\n`);
