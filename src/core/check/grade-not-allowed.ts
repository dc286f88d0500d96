/**
 * `GRADE_NOT_ALLOWED` (SPEC §2.2, §3), within `EPSILON`; params `{ value,
 * allowed }`, `allowed` the grades joined by `"; "` (`"4; 3; 2; 0"`).
 *
 * A deduction's magnitude is compared (`-2` means 2). A number already
 * reported as negative or above the max is not reported again here: one
 * problem, one message, in the cell.
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import { EPSILON } from "./numbers";
import type { SheetRule } from "./rule";

export const gradeNotAllowed: SheetRule = (sheet, context) => {
  const issues: Issue[] = [];
  for (const score of sheet.raw.scores) {
    if (score.value.kind !== "number" || score.criterionId === null) continue;
    const criterion = context.criteriaById.get(score.criterionId);
    const allowed = criterion?.allowedValues;
    if (!criterion || !allowed || allowed.length === 0) continue;
    const deduction = criterion.kind === "deduction";
    const value = deduction ? Math.abs(score.value.value) : score.value.value;
    const max = criterion.maxPoints === null ? null : Math.abs(criterion.maxPoints);
    if (value < -EPSILON || (max !== null && value > max + EPSILON)) continue;
    if (allowed.some((grade) => Math.abs(grade - value) <= EPSILON)) continue;
    const params = { value, allowed: allowed.map(String).join("; ") };
    issues.push(sheetIssue(sheet, "GRADE_NOT_ALLOWED", params, score.cell, criterion.id));
  }
  return issues;
};
