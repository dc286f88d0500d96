/**
 * `SELF_SCORE_IN_CROSS` (warning, SPEC §3): a cross-score sheet or column
 * whose ratee is its scorer. It has become the self score (`kind: "self"`,
 * `declaredCross`), so it is reported, not averaged. SPEC §3 gives it no
 * cell, in every layout: the sheet, column or totals table names it.
 */
import { sheetIssue } from "./make-issue";
import type { SheetRule } from "./rule";

export const selfScoreInCross: SheetRule = (sheet) => {
  if (!sheet.declaredCross || sheet.kind !== "self") return [];
  return [sheetIssue(sheet, "SELF_SCORE_IN_CROSS", {})];
};
