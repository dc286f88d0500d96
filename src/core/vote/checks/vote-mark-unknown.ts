import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import { markText } from "../marks";
import { proposalLabel } from "../proposal-match";
import { markOf, type TallyMarkCell } from "../read-tally";
import { tallyPlace } from "./place";
import type { VoterLine } from "./voter-duplicate";

/** SPEC §5.1: a cell that is none of the marks is not counted (the voter still is). */
export function voteMarkUnknown(line: VoterLine, mark: TallyMarkCell): Issue | null {
  if (markOf(mark) !== "unknown") return null;
  return makeIssue("VOTE_MARK_UNKNOWN", tallyPlace(line.tally, mark.cell), {
    voter: line.voter,
    proposal: proposalLabel(mark.nomination),
    raw: markText(mark.value),
    ...(mark.uncomputed ? { reason: "uncomputed-formula" } : {}),
  });
}
