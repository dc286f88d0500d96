/**
 * `SUBTOTAL_MISMATCH` (SPEC §3, §4), layouts A and B only (a layout-C total
 * is the score itself); params `{ printed, sum }`. Beyond the spec:
 *
 * - A parent's sum is over its leaves in this sheet, counted as §4 counts
 *   them; a blank leaf, or one whose row is missing, counts 0.
 * - A deduction subtotal is compared by magnitude; `sum` is given with the
 *   printed sign.
 * - The total row (no criterion) is compared with the §4 total
 *   (`rank/total`). A *Tổng cộng* of the normal sections printed
 *   above the bonus and deduction rows is no such total and the readers do
 *   not report it (`layouts/table-rows`); a total under every row that
 *   leaves the bonus out is a formula to fix, and is reported.
 * - Nothing is compared when a leaf it covers is no number (text, an error
 *   value): `SCORE_NOT_NUMBER` already says so. The total row is not compared
 *   either when the sheet has scored rows matching no criterion
 *   (`CRITERION_UNKNOWN`): its printed total likely counts them.
 * - A blank printed value is not checked: the reader leaves it out.
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import { differs, tidy } from "./numbers";
import { sheetTotal, type LeafValue } from "../rank/total";
import type { CheckContext, ResolvedSheet, SheetRule } from "./rule";
import { scoresOf } from "../read/layouts/index";

function leafValues(sheet: ResolvedSheet): LeafValue[] {
  return sheet.raw.scores.flatMap((s) =>
    s.criterionId === null ? [] : [{ criterionId: s.criterionId, value: s.value.kind === "number" ? s.value.value : null }],
  );
}

interface SheetSums {
  /** Criterion id of every ancestor of a scored leaf → the signed sum under it. */
  readonly under: Map<string, number>;
  /** Ancestors with a leaf that is no number under them. */
  readonly broken: Set<string>;
  anyBroken: boolean;
}

function sumsOf(sheet: ResolvedSheet, context: CheckContext): SheetSums {
  const sums: SheetSums = { under: new Map(), broken: new Set(), anyBroken: false };
  for (const score of sheet.raw.scores) {
    if (score.criterionId === null) continue;
    const leaf = context.criteriaById.get(score.criterionId);
    if (!leaf) continue;
    const { value } = score;
    const isNumber = value.kind === "number";
    if (value.kind === "text" || value.kind === "error") sums.anyBroken = true;
    const magnitude = isNumber ? value.value : 0;
    const signed = leaf.kind === "deduction" ? -Math.abs(magnitude) : magnitude;

    const seen = new Set<string>();
    let parentId = leaf.parentId;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      if (value.kind === "text" || value.kind === "error") sums.broken.add(parentId);
      sums.under.set(parentId, (sums.under.get(parentId) ?? 0) + signed);
      parentId = context.criteriaById.get(parentId)?.parentId ?? null;
    }
  }
  return sums;
}

export const subtotalMismatch: SheetRule = (sheet, context) => {
  if (scoresOf(sheet.raw.layout) === "total" || sheet.raw.printedSubtotals.length === 0) return [];
  const sums = sumsOf(sheet, context);
  const hasUnknownScores = sheet.raw.unknownRows.some((row) => row.value.kind !== "blank");
  const issues: Issue[] = [];
  for (const subtotal of sheet.raw.printedSubtotals) {
    const printed = subtotal.value;
    if (subtotal.criterionId === null) {
      if (sums.anyBroken || hasUnknownScores) continue;
      const total = sheetTotal(leafValues(sheet), context.criteriaById);
      if (total === null) continue;
      if (!differs(printed, total)) continue;
      issues.push(sheetIssue(sheet, "SUBTOTAL_MISMATCH", { printed, sum: tidy(total) }, subtotal.cell));
      continue;
    }
    const parent = context.criteriaById.get(subtotal.criterionId);
    if (!parent || sums.broken.has(parent.id)) continue;
    const sum = sums.under.get(parent.id) ?? 0;
    if (parent.kind === "deduction") {
      const magnitude = Math.abs(sum);
      if (!differs(Math.abs(printed), magnitude)) continue;
      const shown = printed < 0 ? -magnitude : magnitude;
      issues.push(sheetIssue(sheet, "SUBTOTAL_MISMATCH", { printed, sum: tidy(shown) }, subtotal.cell, parent.id));
    } else if (differs(printed, sum)) {
      issues.push(sheetIssue(sheet, "SUBTOTAL_MISMATCH", { printed, sum: tidy(sum) }, subtotal.cell, parent.id));
    }
  }
  return issues;
};
