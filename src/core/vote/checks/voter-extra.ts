import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import { tallyPlace } from "./place";
import type { VoterLine } from "./voter-duplicate";

/**
 * SPEC §5.1: where the voters are delegates, no more of them are counted than
 * the meeting has (`delegates`): the rows past that number, in the tallies'
 * order, are each VOTER_EXTRA and left out, so padding cannot tilt a vote.
 */
export function voterExtra(lines: readonly VoterLine[], delegates: number | null): { issues: Issue[]; lines: Set<VoterLine> } {
  const extra = new Set<VoterLine>();
  if (delegates === null || lines.length <= delegates) return { issues: [], lines: extra };
  const issues = lines.slice(delegates).map((line) => {
    extra.add(line);
    return makeIssue("VOTER_EXTRA", tallyPlace(line.tally, line.ballot.cell), { voter: line.voter, delegates, rows: lines.length });
  });
  return { issues, lines: extra };
}
