/**
 * `SELF_SCORE_IN_CROSS` (warning, SPEC §3): a cross-score sheet or column
 * whose ratee is its scorer. It has become the self score (`kind: "self"`,
 * `declaredCross`), so it is reported, not averaged. No cell in layouts A
 * and B (the whole sheet or column is it); in layout C, the total's cell.
 */
import { sheetIssue } from "./make-issue";
import type { SheetRule } from "./rule";

export const selfScoreInCross: SheetRule = (sheet) => {
  if (!sheet.declaredCross || sheet.kind !== "self") return [];
  const cell = sheet.raw.layout === "C" ? (sheet.raw.scores[0]?.cell ?? sheet.raw.column) : undefined;
  return [sheetIssue(sheet, "SELF_SCORE_IN_CROSS", {}, cell)];
};
