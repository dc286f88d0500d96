/**
 * Counting the tallies (SPEC §5.1): each ballot's voter resolved by who votes
 * (the block's setting, never guessed from the names), the checks run, then
 * per proposal `votesFor`, `voters`, `share` and `passed`.
 */
import type { BlockSettings } from "../model/block";
import type { Issue } from "../model/issue";
import type { Nomination } from "../model/result";
import { type ProposalVote, votePasses, voteShare } from "../model/vote";
import type { UnitMatcher } from "../read/units/unit-match";
import { unitKey } from "../read/units/unit-match";
import { voteBlank } from "./checks/vote-blank";
import { voteMarkUnknown } from "./checks/vote-mark-unknown";
import { voteNotCast } from "./checks/vote-not-cast";
import { voteProposalUnknown } from "./checks/vote-proposal-unknown";
import { voterDuplicate, type VoterLine } from "./checks/voter-duplicate";
import { voterExtra } from "./checks/voter-extra";
import { voterUnknown } from "./checks/voter-unknown";
import { markOf, type Tally } from "./read-tally";

/** A proposal's votes with what follows from them. */
export interface CountedVote extends ProposalVote {
  /** votesFor / voters; null when nobody could vote. */
  readonly share: number | null;
  readonly passed: boolean;
}

export interface VoteTally {
  /** One per proposal some tally names and some voter marked (VOTE_NOT_CAST leaves the others out). */
  readonly votes: readonly CountedVote[];
  readonly issues: readonly Issue[];
  /** The voters counted, as counted (the roster's names where the voters are units), in the tallies' order. */
  readonly voters: readonly string[];
  /** The voters' rows read, counted or not. */
  readonly rows: number;
}

export interface CountContext {
  readonly matchUnit: UnitMatcher;
  readonly nominations: readonly Nomination[];
  readonly settings: Pick<BlockSettings, "voteThreshold" | "voteRule" | "voters" | "delegates">;
}

/** The ballots as voters: roster units (a name that is none is VOTER_UNKNOWN), or delegates by their names. */
function voterLines(tallies: readonly Tally[], context: CountContext, issues: Issue[]): VoterLine[] {
  const byUnits = (context.settings.voters ?? "units") === "units";
  const lines: VoterLine[] = [];
  for (const tally of tallies) {
    for (const ballot of tally.ballots) {
      if (!byUnits) {
        lines.push({ tally, ballot, voter: ballot.voter, key: unitKey(ballot.voter) });
        continue;
      }
      const match = context.matchUnit(ballot.voter);
      const unknown = voterUnknown(tally, ballot, match);
      if (unknown) issues.push(unknown);
      else if (match.kind === "match") lines.push({ tally, ballot, voter: match.unit.name, key: match.unit.name });
    }
  }
  return lines;
}

export function countVotes(tallies: readonly Tally[], context: CountContext): VoteTally {
  const issues: Issue[] = tallies.flatMap((t) => voteProposalUnknown(t, context.nominations));
  const lines = voterLines(tallies, context, issues);
  const { issues: duplicateIssues, duplicates } = voterDuplicate(lines);
  issues.push(...duplicateIssues);
  const distinct = lines.filter((l) => !duplicates.has(l));
  const delegates = context.settings.voters === "delegates" ? context.settings.delegates : null;
  const extra = voterExtra(distinct, delegates ?? null);
  issues.push(...extra.issues);
  const valid = distinct.filter((l) => !extra.lines.has(l));

  // A proposal no valid voter marked is not voted on: its blanks are one VOTE_NOT_CAST, not a unanimous no.
  const marked = new Set(valid.flatMap((l) => l.ballot.marks.filter((m) => ["for", "against"].includes(markOf(m))).map((m) => m.nomination)));
  const votesFor = new Map<Nomination, number>();
  const voters = new Map<Nomination, number>();
  for (const line of valid) {
    for (const mark of line.ballot.marks) {
      voters.set(mark.nomination, (voters.get(mark.nomination) ?? 0) + 1);
      if (markOf(mark) === "for") votesFor.set(mark.nomination, (votesFor.get(mark.nomination) ?? 0) + 1);
      const problem = voteMarkUnknown(line, mark) ?? (marked.has(mark.nomination) ? voteBlank(line, mark) : null);
      if (problem) issues.push(problem);
    }
  }

  const named = new Set(tallies.flatMap((t) => t.proposals.map((p) => p.nomination)));
  issues.push(...voteNotCast(tallies, valid, marked));
  const votes = context.nominations
    .filter((n) => named.has(n) && marked.has(n))
    .map((n): CountedVote => {
      const vote = { unit: n.unit, award: n.award, votesFor: votesFor.get(n) ?? 0, voters: voters.get(n) ?? 0 };
      const share = voteShare(vote);
      return { ...vote, share, passed: share !== null && votePasses(share, context.settings.voteThreshold, context.settings.voteRule) };
    });
  const rows = tallies.reduce((sum, t) => sum + t.ballots.length, 0);
  return { votes, issues, voters: valid.map((l) => l.voter), rows };
}
