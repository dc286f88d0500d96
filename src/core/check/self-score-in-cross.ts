/**
 * `SELF_SCORE_IN_CROSS` (SPEC §3): the sheet has already become the self
 * score (`kind: "self"`, `declaredCross`), so this only tells the officer why
 * it is not averaged. No cell in any layout: the sheet, column or totals
 * table names it.
 */
import { sheetIssue } from "./make-issue";
import type { SheetRule } from "./rule";

export const selfScoreInCross: SheetRule = (sheet) => {
  if (!sheet.declaredCross || sheet.kind !== "self") return [];
  return [sheetIssue(sheet, "SELF_SCORE_IN_CROSS", {})];
};
