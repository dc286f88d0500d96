/**
 * `MAX_MISMATCH` (SPEC §3); params `{ printed, max }`, `printed` as printed,
 * `max` the table's.
 *
 * Magnitudes are compared (a deduction's max may be printed 5 or -5) with
 * `PRINTED_TOLERANCE`. A criterion the table prints no max for is not
 * compared. The total row's printed max (no criterion) is compared with the
 * base, and is also fine when it equals the base plus the bonus maxima
 * (templates that total the bonus in).
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import { differs } from "./numbers";
import type { SheetRule } from "./rule";
import { bonusCap } from "./total-max";

export const maxMismatch: SheetRule = (sheet, context) => {
  const issues: Issue[] = [];
  for (const printedMax of sheet.raw.printedMaxima) {
    const printed = Math.abs(printedMax.value);
    let accepted: number[];
    if (printedMax.criterionId === null) {
      const { base } = context.table;
      if (base <= 0) continue;
      const bonus = bonusCap(context.table);
      accepted = bonus === null || bonus === 0 ? [base] : [base, base + bonus];
    } else {
      const criterion = context.criteriaById.get(printedMax.criterionId);
      if (!criterion || criterion.maxPoints === null) continue;
      accepted = [Math.abs(criterion.maxPoints)];
    }
    if (accepted.some((max) => !differs(printed, max))) continue;
    const params = { printed: printedMax.value, max: accepted[0] ?? 0 };
    issues.push(sheetIssue(sheet, "MAX_MISMATCH", params, printedMax.cell, printedMax.criterionId ?? undefined));
  }
  return issues;
};
