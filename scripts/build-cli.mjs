// `npm run build:cli` (also run by `npm run build` and after `npm ci`): the
// command as one CommonJS bundle, so `thidua` starts without compiling
// TypeScript (tsx took ~1.2 s before any work). The libraries loaded only
// when they are needed (exceljs to write a workbook, docxtemplater and pizzip
// for the documents) stay outside, so a start does not parse them.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [path.join(root, "src/cli/thidua.ts")],
  outfile: path.join(root, "build/thidua.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "docxtemplater", "pizzip"],
  minify: true,
  logLevel: "warning",
});
