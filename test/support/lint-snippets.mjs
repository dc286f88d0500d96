// Lints code snippets as if they stood at given paths, with the project's
// real ESLint config; reads [{ file, code }] as JSON on stdin, prints
// [{ file, messages: [{ ruleId, message }] }].
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push({ file, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(out));
