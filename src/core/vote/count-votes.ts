/**
 * Counting the tallies (SPEC §5.1): each ballot's voter resolved, the five
 * checks run, then per proposal `votesFor`, `voters`, `share` and `passed`.
 */
import type { BlockSettings } from "../model/block";
import type { Issue } from "../model/issue";
import type { Nomination } from "../model/result";
import { type ProposalVote, votePasses, voteShare } from "../model/vote";
import type { UnitMatcher } from "../read/units/unit-match";
import { unitKey } from "../read/units/unit-match";
import { voteBlank } from "./checks/vote-blank";
import { voteMarkUnknown } from "./checks/vote-mark-unknown";
import { voteProposalUnknown } from "./checks/vote-proposal-unknown";
import { voterDuplicate, type VoterLine } from "./checks/voter-duplicate";
import { voterUnknown } from "./checks/voter-unknown";
import { readMark } from "./marks";
import type { Tally } from "./read-tally";

/** A proposal's votes with what follows from them. */
export interface CountedVote extends ProposalVote {
  /** votesFor / voters; null when nobody could vote. */
  readonly share: number | null;
  readonly passed: boolean;
}

export interface VoteTally {
  readonly votes: readonly CountedVote[];
  readonly issues: readonly Issue[];
}

export interface CountContext {
  readonly matchUnit: UnitMatcher;
  readonly nominations: readonly Nomination[];
  readonly settings: Pick<BlockSettings, "voteThreshold" | "voteRule">;
}

/**
 * Voters are the roster's units when most names on the tallies are roster
 * units (then one that is not is VOTER_UNKNOWN); otherwise they are the
 * delegates present, told apart by their names.
 */
function votersAreUnits(tallies: readonly Tally[], matchUnit: UnitMatcher): boolean {
  const names = tallies.flatMap((t) => t.ballots.map((b) => b.voter));
  const units = names.filter((n) => matchUnit(n).kind === "match").length;
  return names.length > 0 && units * 2 >= names.length;
}

export function countVotes(tallies: readonly Tally[], context: CountContext): VoteTally {
  const issues: Issue[] = tallies.flatMap((t) => voteProposalUnknown(t, context.nominations));
  const byUnits = votersAreUnits(tallies, context.matchUnit);

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
  const { issues: duplicateIssues, duplicates } = voterDuplicate(lines);
  issues.push(...duplicateIssues);
  const valid = lines.filter((l) => !duplicates.has(l));

  const votesFor = new Map<Nomination, number>();
  const voters = new Map<Nomination, number>();
  for (const line of valid) {
    for (const mark of line.ballot.marks) {
      voters.set(mark.nomination, (voters.get(mark.nomination) ?? 0) + 1);
      if (readMark(mark.value) === "for") votesFor.set(mark.nomination, (votesFor.get(mark.nomination) ?? 0) + 1);
      const problem = voteMarkUnknown(line, mark) ?? voteBlank(line, mark);
      if (problem) issues.push(problem);
    }
  }

  const named = new Set(tallies.flatMap((t) => t.proposals.map((p) => p.nomination)));
  const votes = context.nominations
    .filter((n) => named.has(n))
    .map((n): CountedVote => {
      const vote = { unit: n.unit, award: n.award, votesFor: votesFor.get(n) ?? 0, voters: voters.get(n) ?? 0 };
      const share = voteShare(vote);
      return { ...vote, share, passed: share !== null && votePasses(share, context.settings.voteThreshold, context.settings.voteRule) };
    });
  return { votes, issues };
}
