/**
 * `SCORE_NOT_NUMBER` (SPEC §2.3 "Cell values", §3); `params.raw` is the text
 * as typed or the error's code. Numbers typed as text (`"9,5"`) were already
 * read as numbers (`parseCellNumber`). Layout-C totals are scores too.
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import type { SheetRule } from "./rule";

export const scoreNotNumber: SheetRule = (sheet) => {
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    const { value } = score;
    if (value.kind !== "text" && value.kind !== "error") continue;
    const raw = value.kind === "text" ? value.text : value.error;
    issues.push(sheetIssue(sheet, "SCORE_NOT_NUMBER", { raw }, score.cell, score.criterionId ?? undefined));
  }
  return issues;
};
