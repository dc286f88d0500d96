/**
 * The marks already typed in a tally (our tdVotes read back, SPEC §5.1), so
 * that writing the tally again keeps them: by voter (the roster's name where
 * the voter is a roster unit) and by proposal.
 */
import type { CellValue } from "../model/grid";
import type { Nomination } from "../model/result";
import type { UnitMatcher } from "../read/units/unit-match";
import type { Tally } from "./read-tally";

/** `unit\0award`: how marks are kept by proposal. */
export function proposalKey(n: Pick<Nomination, "unit" | "award">): string {
  return `${n.unit}\u0000${n.award}`;
}

export type KeptMarks = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

export function keptMarks(tallies: readonly Tally[], matchUnit: UnitMatcher): KeptMarks {
  const kept = new Map<string, Map<string, CellValue>>();
  for (const tally of tallies) {
    for (const ballot of tally.ballots) {
      const match = matchUnit(ballot.voter);
      const voter = match.kind === "match" ? match.unit.name : ballot.voter;
      const marks = kept.get(voter) ?? new Map<string, CellValue>();
      for (const mark of ballot.marks) if (mark.value !== null) marks.set(proposalKey(mark.nomination), mark.value);
      kept.set(voter, marks);
    }
  }
  return kept;
}
