/** Scorer→ratee pairs, shared by the checks across sheets. */
import type { ScoreKind } from "../model/scoresheet";
import { type CellNumber, isNoScoreMark } from "../read/cell-number";
import type { ResolvedSheet } from "./rule";

/**
 * A key for a scorer→ratee pair (roster names, which are unique in a
 * roster). `\u0000` cannot occur in a name, so keys never collide.
 */
export function pairKey(scorer: string, ratee: string, kind?: ScoreKind): string {
  return kind === undefined ? `${scorer}\u0000${ratee}` : `${kind}\u0000${scorer}\u0000${ratee}`;
}

/**
 * Whether a sheet gives a score at all. A layout-C cell left blank is, by
 * SPEC §2.3, a missing pair rather than a sheet. So is a sheet or a matrix
 * column with no value in it: the column a matrix keeps for its own scorer,
 * a ratee's sheet the unit never filled. Reporting such a sheet as one
 * SCORE_MISSING per criterion would bury the one thing to say: the pair is
 * missing (SCORESHEET_MISSING).
 *
 * On the scorer's own column or sheet (a cross column whose ratee is its
 * scorer), `x` and `-` mean "not scored" as a blank does: SPEC §2.3 says so
 * of the totals table's diagonal, and a matrix's own column, crossed out
 * row by row, is that diagonal. Such a column gives nothing, rather than a
 * SCORE_NOT_NUMBER per row and a self score.
 */
export function isGiven(sheet: ResolvedSheet): boolean {
  const nothing = (value: CellNumber) =>
    value.kind === "blank" || (sheet.declaredCross && value.kind === "text" && isNoScoreMark(value.text));
  return sheet.raw.scores.some((score) => !nothing(score.value)) || sheet.raw.unknownRows.some((row) => !nothing(row.value));
}
