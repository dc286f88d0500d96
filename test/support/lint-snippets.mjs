// Lints code snippets as if they stood at given paths, with the project's
// real ESLint config; reads [{ file, code }] as JSON on stdin, prints
// [{ file, messages: [{ ruleId, message }] }]. With --on-disk the snippets
// are written to a scratch copy of the tree first, for rules that follow
// imports to other files (import-x/no-cycle).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const snippets = JSON.parse(input);
const onDisk = process.argv.includes("--on-disk");
const root = onDisk ? mkdtempSync(path.join(os.tmpdir(), "thidua-lint-")) : process.cwd();
try {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.resolve("eslint.config.mjs") });
  for (const { file, code } of onDisk ? snippets : []) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), code);
  }
  const out = [];
  for (const { file, code } of snippets) {
    const [result] = onDisk ? await eslint.lintFiles([path.join(root, file)]) : await eslint.lintText(code, { filePath: file });
    out.push({ file, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) });
  }
  process.stdout.write(JSON.stringify(out));
} finally {
  if (onDisk) rmSync(root, { recursive: true, force: true });
}
