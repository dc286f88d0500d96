/**
 * Use case 4, count the vote (SPEC §5.1): the tallies among the sheets given
 * counted against the proposals, and the marks they hold kept for the next
 * tally sheet. Sheets of our own result beside a tally are no tally: both
 * callers leave them out by the same header rows.
 */
import type { Nomination } from "../core/model/result";
import type { Unit } from "../core/model/unit";
import { createUnitMatcher } from "../core/read/units/unit-match";
import { keptMarks, type KeptMarks } from "../core/vote/kept-marks";
import { voteOnProposals, type VoteInput, type VoteOutcome } from "../core/vote/vote-on-proposals";
import { OWN_HEADERS } from "../workbook/own-headers";
import type { Proposals } from "./rank";

export type { KeptMarks } from "../core/vote/kept-marks";
export type { VoteOutcome } from "../core/vote/vote-on-proposals";

export type VoteRequest = Omit<VoteInput, "ownTables">;

export function countVote(request: VoteRequest): VoteOutcome {
  return voteOnProposals({ ...request, ownTables: OWN_HEADERS.results });
}

/** The marks the counted tallies hold, by voter (the roster's name) and proposal; voters who marked nothing left out. */
export function keptMarksOf(outcome: Pick<VoteOutcome, "tallies">, units: readonly Unit[]): KeptMarks {
  const kept = keptMarks(outcome.tallies, createUnitMatcher(units));
  return new Map([...kept].filter(([, marks]) => marks.size > 0));
}

/** What the documents and Đề nghị carry: the vote's nominations once counted, else the proposals'. */
export function nominationsOf(proposals: Proposals | null, vote: Pick<VoteOutcome, "nominations"> | null): readonly Nomination[] {
  return vote?.nominations ?? proposals?.nominations ?? [];
}
