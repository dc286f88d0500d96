/**
 * `SCORE_ABOVE_MAX` (SPEC §3); params `{ value, max }`. Exactly the max is
 * fine; only floating-point noise (`EPSILON`) is forgiven.
 *
 * A layout-C total (no criterion) is checked against `totalMax`: the base
 * plus the bonus sections' maxima; its message names it `TOTAL_LABEL`
 * (`params.criterion`), the issue no criterion. A criterion without a max, or a table
 * whose total max is unknown, is not checked.
 */
import type { Issue } from "../model/issue";
import { sheetIssue, TOTAL_LABEL } from "./make-issue";
import { EPSILON } from "./numbers";
import type { SheetRule } from "./rule";
import { totalMax } from "./total-max";

export const scoreAboveMax: SheetRule = (sheet, context) => {
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    if (score.value.kind !== "number") continue;
    const value = score.value.value;
    let max: number | null;
    if (score.criterionId === null) {
      max = totalMax(context.table);
    } else {
      const criterion = context.criteriaById.get(score.criterionId);
      if (!criterion || criterion.kind === "deduction" || criterion.maxPoints === null) continue;
      max = Math.abs(criterion.maxPoints);
    }
    if (max === null || value <= max + EPSILON) continue;
    if (score.criterionId === null) {
      issues.push(sheetIssue(sheet, "SCORE_ABOVE_MAX", { value, max, criterion: TOTAL_LABEL }, score.cell));
    } else {
      issues.push(sheetIssue(sheet, "SCORE_ABOVE_MAX", { value, max }, score.cell, score.criterionId));
    }
  }
  return issues;
};
