import { spawnSync } from "node:child_process";
import path from "node:path";

interface Linted {
  file: string;
  messages: { ruleId: string | null; message: string }[];
}

const ROOT = path.resolve(__dirname, "..");

/** Lint every snippet in one ESLint run (its config is ESM, which jest's VM cannot load). */
function lint(snippets: { file: string; code: string }[]): Map<string, Linted["messages"]> {
  const run = spawnSync(process.execPath, ["test/support/lint-snippets.mjs"], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`lint-snippets failed: ${run.stderr}`);
  return new Map((JSON.parse(run.stdout) as Linted[]).map((r) => [r.file, r.messages]));
}

const forbidden: [string, string, RegExp][] = [
  ["src/core/read/a.ts", 'import { useState } from "react";\nexport const x = useState;', /pure domain/],
  ["src/core/read/b.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;', /pure domain/],
  ["src/core/read/c.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;', /pure domain/],
  ["src/core/read/d.ts", 'import fs from "fs";\nexport const x = fs;', /pure domain/],
  ["src/core/read/e.ts", 'import { Button } from "@fluentui/react-components";\nexport const x = Button;', /pure domain/],
  ["src/core/read/f.ts", 'import type { WorkbookSink } from "../../workbook/sink";\nexport type X = WorkbookSink;', /src\/core must not depend on src\/workbook/],
  ["src/core/read/g.ts", 'export const load = () => import("../../xlsx/read");', /src\/core must not depend on src\/xlsx/],
  ["src/core/read/h.ts", 'export { App } from "../../taskpane/app/App";', /src\/core must not depend on src\/taskpane/],
  ["src/workbook/i.ts", 'import { x } from "../excel/adapter";\nexport const y = x;', /src\/workbook must not depend on src\/excel/],
  ["src/xlsx/j.ts", 'import { x } from "../cli/main";\nexport const y = x;', /src\/xlsx must not depend on src\/cli/],
  ["src/taskpane/features/rank/k.tsx", 'import { CheckStep } from "../check/CheckStep";\nexport const y = CheckStep;', /feature "rank" must not import feature "check"/],
  ["src/taskpane/features/rank/l.tsx", 'import { App } from "../../app/App";\nexport const y = App;', /must not import the app shell/],
  ["src/core/rank/m.ts", "export const run = () => Excel.run(async () => {});", /Only src\/excel calls Excel.run|must not reach the host/],
  ["src/taskpane/features/import/n.ts", "export const run = () => Excel.run(async () => {});", /Only src\/excel calls Excel.run/],
  ["src/core/rank/o.ts", "export const env = process.env.HOME;", /must not reach the host, the browser or Node/],
];

const allowed: [string, string][] = [
  ["src/core/read/p.ts", 'import type { Grid } from "../model/grid";\nexport type X = Grid;'],
  ["src/workbook/q.ts", 'import type { Grid } from "../core/model/grid";\nexport type X = Grid;'],
  ["src/xlsx/r.ts", 'import type { WorkbookSink } from "../workbook/sink";\nexport type X = WorkbookSink;\nexport const load = () => import("exceljs");'],
  ["src/taskpane/features/rank/s.tsx", 'import { normalizeText } from "../../../core/text/normalize";\nimport { StepIntro } from "../../components/StepIntro";\nexport const y = [normalizeText, StepIntro];'],
  ["src/taskpane/features/check/t.tsx", 'import { CheckStep } from "./CheckStep";\nexport const y = CheckStep;'],
  ["src/excel/u.ts", "export const run = () => Excel.run(async () => {});"],
];

describe("architecture lint", () => {
  const results = lint([...forbidden, ...allowed].map(([file, code]) => ({ file, code })));

  test.each(forbidden)("%s is rejected", (file, _code, why) => {
    const messages = results.get(file) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((m) => m.message).join("\n")).toMatch(why);
  });

  test.each(allowed)("%s is accepted", (file) => {
    expect(results.get(file)).toEqual([]);
  });

});
