/** Scorer→ratee pairs, shared by the checks across sheets. */
import type { ScoreKind } from "../model/scoresheet";
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
 */
export function isGiven(sheet: ResolvedSheet): boolean {
  return sheet.raw.scores.some((score) => score.value.kind !== "blank") || sheet.raw.unknownRows.length > 0;
}
