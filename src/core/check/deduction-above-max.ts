/**
 * `DEDUCTION_ABOVE_MAX` (SPEC §3); params `{ value, max }`, both magnitudes,
 * since a deduction typed `2` or `-2` means 2 (SPEC §2.3): 5 and -5 are both
 * fine under a max of 5 (or -5).
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import { EPSILON } from "./numbers";
import type { SheetRule } from "./rule";

export const deductionAboveMax: SheetRule = (sheet, context) => {
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    if (score.value.kind !== "number" || score.criterionId === null) continue;
    const criterion = context.criteriaById.get(score.criterionId);
    if (!criterion || criterion.kind !== "deduction" || criterion.maxPoints === null) continue;
    const value = Math.abs(score.value.value);
    const max = Math.abs(criterion.maxPoints);
    if (value <= max + EPSILON) continue;
    issues.push(sheetIssue(sheet, "DEDUCTION_ABOVE_MAX", { value, max }, score.cell, criterion.id));
  }
  return issues;
};
