import { spawnSync } from "node:child_process";
import path from "node:path";

interface Linted {
  file: string;
  messages: { ruleId: string | null; message: string }[];
}

const ROOT = path.resolve(__dirname, "..");

/** Lint every snippet in one ESLint run (its config is ESM, which jest's VM cannot load). */
function lint(snippets: { file: string; code: string }[], onDisk = false): Map<string, Linted["messages"]> {
  const run = spawnSync(process.execPath, ["test/support/lint-snippets.mjs", ...(onDisk ? ["--on-disk"] : [])], {
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
  // The folders of core in one order: read ← check ← import, the model at the bottom.
  ["src/core/read/criteria/o1.ts", 'import { tidy } from "../../check/numbers";\nexport const y = tidy;', /src\/core\/read must not depend on src\/core\/check/],
  ["src/core/read/o2.ts", 'import type { ImportResult } from "../import/import-block";\nexport type Y = ImportResult;', /src\/core\/read must not depend on src\/core\/import/],
  ["src/core/check/o3.ts", 'import { importBlock } from "../import/import-block";\nexport const y = importBlock;', /src\/core\/check must not depend on src\/core\/import/],
  ["src/core/model/o4.ts", 'import { normalizeText } from "../text/normalize";\nexport const y = normalizeText;', /src\/core\/model must not depend on src\/core\/text/],
  ["src/core/rank/o5.ts", 'export { makeIssue } from "../check/make-issue";', /src\/core\/rank must not depend on src\/core\/check/],
  ["src/core/vote/o8.ts", 'import { importBlock } from "../import/import-block";\nexport const y = importBlock;', /src\/core\/vote must not depend on src\/core\/import/],
  ["src/core/nominate/o9.ts", 'import { countVotes } from "../vote/count-votes";\nexport const y = countVotes;', /src\/core\/nominate must not depend on src\/core\/vote/],
  ["src/core/vote/o10.ts", 'import { documentValues } from "../documents/values";\nexport const y = documentValues;', /src\/core\/vote must not depend on src\/core\/documents/],
  // The application layer: core and workbook only; the pane and the command reach ranking, proposals and the vote through it.
  ["src/flow/f1.ts", 'import { ExcelJsSink } from "../xlsx/write-workbook";\nexport const y = ExcelJsSink;', /src\/flow must not depend on src\/xlsx/],
  ["src/flow/f2.ts", 'import { App } from "../taskpane/app/App";\nexport const y = App;', /src\/flow must not depend on src\/taskpane/],
  ["src/flow/f3.ts", 'import { readFile } from "node:fs/promises";\nexport const y = readFile;', /src\/flow is the officer's use cases/],
  ["src/core/rank/f4.ts", 'import { rank } from "../../flow/rank";\nexport const y = rank;', /src\/core must not depend on src\/flow/],
  ["src/workbook/f5.ts", 'import { rank } from "../flow/rank";\nexport const y = rank;', /src\/workbook must not depend on src\/flow/],
  ["src/cli/f6.ts", 'import { rankBlock } from "../core/rank/rank-block";\nexport const y = rankBlock;', /src\/cli must not call src\/core\/rank itself/],
  ["src/taskpane/session/f7.ts", 'import { proposeAwards } from "../../core/nominate/propose-awards";\nexport const y = proposeAwards;', /src\/taskpane must not call src\/core\/nominate itself/],
  ["src/taskpane/session/f8.ts", 'import { voteOnProposals } from "../../core/vote/vote-on-proposals";\nexport const y = voteOnProposals;', /src\/taskpane must not call src\/core\/vote itself/],
  ["src/cli/f9.ts", 'export const load = () => import("../core/vote/kept-marks");', /src\/cli must not call src\/core\/vote itself/],
  // No module-level cache in core.
  ["src/core/read/o6.ts", "const seen = new Map<string, number>();\nexport const f = (k: string) => seen.get(k);", /No module-level cache in src\/core/],
  ["src/core/read/o7.ts", "export const byGrid = new WeakMap<object, number>();", /No module-level cache in src\/core/],
];

const allowed: [string, string][] = [
  ["src/core/read/p.ts", 'import type { Grid } from "../model/grid";\nexport type X = Grid;'],
  ["src/workbook/q.ts", 'import type { Grid } from "../core/model/grid";\nexport type X = Grid;'],
  ["src/xlsx/r.ts", 'import type { WorkbookSink } from "../workbook/sink";\nexport type X = WorkbookSink;\nexport const load = () => import("exceljs");'],
  ["src/taskpane/features/rank/s.tsx", 'import { normalizeText } from "../../../core/text/normalize";\nimport { StepIntro } from "../../components/StepIntro";\nexport const y = [normalizeText, StepIntro];'],
  ["src/taskpane/features/check/t.tsx", 'import { CheckStep } from "./CheckStep";\nexport const y = CheckStep;'],
  ["src/excel/u.ts", "export const run = () => Excel.run(async () => {});"],
  ["src/core/check/v.ts", 'import { parseCellNumber } from "../read/cell-number";\nimport { effectiveMaxima } from "../model/criteria-tree";\nexport const y = [parseCellNumber, effectiveMaxima];'],
  ["src/core/read/x.ts", 'const WORDS = new Set(["a", "b"]);\nexport const f = (k: string) => { const local = new Map<string, number>(); return WORDS.has(k) || local.size; };'],
  ["src/core/import/w.ts", 'import { checkSheet } from "../check/sheet-rules";\nimport { readCriteriaTable } from "../read/criteria/criteria-table";\nexport const y = [checkSheet, readCriteriaTable];'],
  ["src/core/vote/w0.ts", 'import { holdsOwnTable } from "../read/own-result";\nimport type { Proposals } from "../nominate/propose-awards";\nexport const y = holdsOwnTable;\nexport type P = Proposals;'],
  ["src/flow/w1.ts", 'import { rankBlock } from "../core/rank/rank-block";\nimport { OWN_HEADERS } from "../workbook/own-headers";\nexport const y = [rankBlock, OWN_HEADERS];'],
  ["src/cli/w2.ts", 'import { rankAndPropose } from "../flow/rank";\nimport type { Proposals } from "../core/nominate/propose-awards";\nimport { parseAwards } from "../core/nominate/awards-file";\nexport const y = [rankAndPropose, parseAwards];\nexport type P = Proposals;'],
  ["src/taskpane/session/w3.ts", 'import { type VoteOutcome } from "../../core/vote/vote-on-proposals";\nimport { countVote } from "../../flow/vote";\nexport const y = countVote;\nexport type V = VoteOutcome;'],
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

describe("architecture lint: import cycles", () => {
  // Written to disk: the rule follows each import to the file it names.
  const tree: [string, string][] = [
    ["src/core/read/a.ts", 'import { b } from "../check/b";\nexport const a = () => b;'],
    ["src/core/check/b.ts", 'import { c } from "./c";\nexport const b = () => c;'],
    ["src/core/check/c.ts", 'import { a } from "../read/a";\nexport const c = () => a;'],
    ["src/core/model/d.ts", 'export { e } from "./e";\nexport const d = 1;'],
    ["src/core/model/e.ts", 'import { d } from "./d";\nexport const e = () => d;'],
    ["src/core/rank/f.ts", 'import { g } from "./g";\nexport const f = () => g;'],
    ["src/core/rank/g.ts", "export const g = 1;"],
  ];
  const results = lint(tree.map(([file, code]) => ({ file, code })), true);
  const cycleOf = (file: string) => (results.get(file) ?? []).filter((m) => m.ruleId === "import-x/no-cycle");

  test.each(["src/core/read/a.ts", "src/core/check/b.ts", "src/core/check/c.ts"])("%s, in a cycle of three modules, is rejected", (file) => {
    expect(cycleOf(file).map((m) => m.message).join("\n")).toMatch(/Dependency cycle/);
  });

  test("a cycle through a re-export is rejected too", () => {
    expect(cycleOf("src/core/model/d.ts")).toHaveLength(1);
    expect(cycleOf("src/core/model/e.ts")).toHaveLength(1);
  });

  test("an import that leads to no cycle is accepted", () => {
    expect(results.get("src/core/rank/f.ts")).toEqual([]);
    expect(results.get("src/core/rank/g.ts")).toEqual([]);
  });
});
