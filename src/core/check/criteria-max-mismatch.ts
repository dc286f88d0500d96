/**
 * `CRITERIA_MAX_MISMATCH` (SPEC §2.2, §3). Beyond the spec: the printed total
 * (*Tổng cộng*) is checked against the normal sections too, and bonus and
 * deduction parents are left out: their max is a cap, not a sum.
 */
import type { CriteriaTable, CriteriaTotalRow } from "../model/criteria";
import { childrenOf, effectiveMaxima, sumOfKnown, sumOfNormalTops } from "../model/criteria-tree";
import type { Issue } from "../model/issue";
import { makeIssue, TOTAL_LABEL } from "./make-issue";
import { differs, tidy } from "./numbers";

/** What the check needs of a criteria table as read: where its maxima and its total were printed. */
export interface PrintedCriteria {
  readonly table: CriteriaTable;
  /** Criterion id → A1 address of its printed max. */
  readonly maxCells: ReadonlyMap<string, string>;
  readonly total: CriteriaTotalRow | null;
}

export interface CriteriaMaxMismatch {
  readonly criterionId: string;
  /** A1 address of the parent's max. */
  readonly cell: string;
  readonly printed: number;
  readonly sumOfChildren: number;
}

export function criteriaMaxMismatchIssues(read: PrintedCriteria): Issue[] {
  const { file, sheet } = read.table.source;
  const issues = criteriaMaxMismatches(read).map((m) =>
    makeIssue(
      "CRITERIA_MAX_MISMATCH",
      { file, sheet, cell: m.cell, criterion: m.criterionId },
      { printed: m.printed, sum: m.sumOfChildren },
    ),
  );
  const total = criteriaTotalMismatch(read);
  if (total) {
    // The total is no criterion: its message names it TOTAL_LABEL (*Tiêu chí Tổng cộng ghi điểm tối đa 100…*).
    issues.push(
      makeIssue(
        "CRITERIA_MAX_MISMATCH",
        { file, sheet, cell: total.cell },
        { printed: total.printed, sum: total.sumOfSections, criterion: TOTAL_LABEL },
      ),
    );
  }
  return issues;
}

/**
 * Parents whose printed max differs from the sum of their children's maxima,
 * where both are known. A child without a printed max counts as the sum of
 * its own children.
 */
export function criteriaMaxMismatches(read: Pick<PrintedCriteria, "table" | "maxCells">): CriteriaMaxMismatch[] {
  const { criteria } = read.table;
  const children = childrenOf(criteria);
  const maxima = effectiveMaxima(criteria);
  const mismatches: CriteriaMaxMismatch[] = [];
  for (const c of criteria) {
    const kids = children.get(c.id);
    if (!kids || c.maxPoints === null || c.kind !== "normal" || kids.some((k) => k.kind !== "normal")) continue;
    const sum = sumOfKnown(kids, maxima);
    if (sum === null || !differs(sum, c.maxPoints)) continue;
    mismatches.push({
      criterionId: c.id,
      cell: read.maxCells.get(c.id) ?? c.source.cell ?? "",
      printed: c.maxPoints,
      sumOfChildren: tidy(sum),
    });
  }
  return mismatches;
}

/** The printed total against the sum of the normal top-level rows; `null` when equal or not printed. */
export function criteriaTotalMismatch(
  read: Pick<PrintedCriteria, "table" | "total">,
): { cell: string; printed: number; sumOfSections: number } | null {
  const printed = read.total?.printed ?? null;
  if (read.total === null || printed === null) return null;
  const sum = sumOfNormalTops(read.table.criteria);
  return differs(sum, printed) ? { cell: read.total.cell, printed, sumOfSections: tidy(sum) } : null;
}
