/**
 * The score table's rows are made once per block, language and cells the
 * issues point at (result-sheets.ts, issue 24): the pane writes the sheets
 * at every step, and half a million rows made again blocked its page.
 */
import { resultSheets } from "../../src/workbook/result-sheets";
import type { SheetSpec } from "../../src/workbook/ports/sink";
import { issues, sampleInput, sheets } from "./sample-result";

const scoresOf = (all: readonly SheetSpec[]) => all.find((s) => s.table.name === "tdScores") as SheetSpec;
const issuesOf = (all: readonly SheetSpec[]) => all.find((s) => s.table.name === "tdIssues") as SheetSpec;

test("the same block and language: the same rows, and the issues' links to them as before", () => {
  const first = resultSheets(sampleInput(), "vi");
  const again = resultSheets(sampleInput({ ranking: null }), "vi");
  expect(scoresOf(again).table.rows).toBe(scoresOf(first).table.rows);
  expect(issuesOf(again).table.rows).toEqual(issuesOf(first).table.rows);
});

test("another language, other issues' cells, or another block: made again, as a first build makes them", () => {
  const vi = resultSheets(sampleInput(), "vi");
  const en = resultSheets(sampleInput(), "en");
  expect(scoresOf(en).table.rows).not.toBe(scoresOf(vi).table.rows);
  expect(scoresOf(en).table.rows).toEqual(scoresOf(resultSheets(sampleInput({ sheets: [...sheets] }), "en")).table.rows);
  // Fewer issues pointing at cells: the links of those left are those a fresh build gives.
  const fewer = sampleInput({ issues: issues.slice(1) });
  const kept = resultSheets(fewer, "vi");
  const fresh = resultSheets({ ...fewer, sheets: [...sheets] }, "vi");
  expect(issuesOf(kept).table.rows).toEqual(issuesOf(fresh).table.rows);
  expect(scoresOf(kept).table.rows).toEqual(scoresOf(fresh).table.rows);
});
