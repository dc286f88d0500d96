import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import type { Nomination } from "../../model/result";
import { proposalLabel } from "../proposal-match";
import type { Tally } from "../read-tally";
import { tallyPlace } from "./place";

/** SPEC §5.1: a column (a row, transposed) naming a unit that is not among the proposals is not counted. */
export function voteProposalUnknown(tally: Tally, nominations: readonly Nomination[]): Issue[] {
  const proposals = nominations.map(proposalLabel).join("; ");
  return tally.unknownProposals.map((p) => makeIssue("VOTE_PROPOSAL_UNKNOWN", tallyPlace(tally, p.cell), { header: p.header, proposals }));
}
