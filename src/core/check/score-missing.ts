/**
 * `SCORE_MISSING` (SPEC §2.3, §3). Beyond the spec: a normal leaf whose row
 * is not in the sheet at all (`raw.absentLeaves`: the scorer deleted the row)
 * was not scored either, so it is reported without a cell, the criterion
 * naming it.
 *
 * Not for layout C: a blank total is a missing pair (`SCORESHEET_MISSING`).
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import type { CheckContext, SheetRule } from "./rule";
import { scoresOf } from "../read/layouts/index";

const isNormalLeaf = (id: string, context: CheckContext): boolean => {
  const criterion = context.criteriaById.get(id);
  return criterion !== undefined && criterion.kind === "normal" && criterion.isLeaf;
};

export const scoreMissing: SheetRule = (sheet, context) => {
  if (scoresOf(sheet.raw.layout) === "total") return [];
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    if (score.value.kind !== "blank" || score.criterionId === null) continue;
    if (!isNormalLeaf(score.criterionId, context)) continue;
    issues.push(sheetIssue(sheet, "SCORE_MISSING", {}, score.cell, score.criterionId));
  }
  for (const id of sheet.raw.absentLeaves) {
    if (isNormalLeaf(id, context)) issues.push(sheetIssue(sheet, "SCORE_MISSING", {}, undefined, id));
  }
  return issues;
};
