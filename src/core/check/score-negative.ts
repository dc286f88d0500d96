/**
 * `SCORE_NEGATIVE` (SPEC §3), layout-C totals included; params `{ value }`
 * (and `criterion: TOTAL_LABEL` for a total, which has no criterion but whose
 * message names one). `-0` and floating-point noise (`EPSILON`) are not
 * negative; deductions never are, since `-2` there means 2 (SPEC §2.3).
 */
import type { Issue } from "../model/issue";
import { sheetIssue, TOTAL_LABEL } from "./make-issue";
import { EPSILON } from "./numbers";
import type { SheetRule } from "./rule";

export const scoreNegative: SheetRule = (sheet, context) => {
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    if (score.value.kind !== "number" || score.value.value >= -EPSILON) continue;
    if (score.criterionId !== null) {
      const criterion = context.criteriaById.get(score.criterionId);
      if (!criterion || criterion.kind === "deduction") continue;
    }
    const value = score.value.value;
    if (score.criterionId === null) {
      issues.push(sheetIssue(sheet, "SCORE_NEGATIVE", { value, criterion: TOTAL_LABEL }, score.cell));
    } else {
      issues.push(sheetIssue(sheet, "SCORE_NEGATIVE", { value }, score.cell, score.criterionId));
    }
  }
  return issues;
};
