import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import type { Nomination } from "../../model/result";
import { proposalLabel } from "../proposal-match";
import type { Tally } from "../read-tally";
import { tallyPlace } from "./place";
import type { VoterLine } from "./voter-duplicate";

/**
 * SPEC §5.1 "A tally not filled yet": a proposal that no counted voter
 * marked is not voted on; it keeps its proposal as if no tally had come.
 * One issue per proposal, at its header in the first tally naming it.
 */
export function voteNotCast(tallies: readonly Tally[], valid: readonly VoterLine[], marked: ReadonlySet<Nomination>): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<Nomination>();
  for (const tally of tallies) {
    for (const proposal of tally.proposals) {
      const n = proposal.nomination;
      if (marked.has(n) || seen.has(n)) continue;
      seen.add(n);
      const blank = valid.filter((l) => l.ballot.marks.some((m) => m.nomination === n)).length;
      issues.push(makeIssue("VOTE_NOT_CAST", tallyPlace(tally, proposal.cell), { proposal: proposalLabel(n), blank }));
    }
  }
  return issues;
}
