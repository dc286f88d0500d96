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
 * SPEC §2.3, a missing pair rather than a sheet, should a reader hand one
 * over; every sheet of layouts A and B counts, blank or not (its blanks are
 * `SCORE_MISSING`).
 */
export function isGiven(sheet: ResolvedSheet): boolean {
  return sheet.raw.layout !== "C" || sheet.raw.scores.some((score) => score.value.kind !== "blank");
}
