import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";

import { proposalLabel } from "../proposal-match";
import { markOf, type TallyMarkCell } from "../read-tally";
import { tallyPlace } from "./place";
import type { VoterLine } from "./voter-duplicate";

/** SPEC §5.1: a blank cell on a voter's row is a vote not cast; it does not agree (warning). */
export function voteBlank(line: VoterLine, mark: TallyMarkCell): Issue | null {
  if (markOf(mark) !== "blank") return null;
  return makeIssue("VOTE_BLANK", tallyPlace(line.tally, mark.cell), { voter: line.voter, proposal: proposalLabel(mark.nomination) });
}
