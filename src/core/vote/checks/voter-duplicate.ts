import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import type { Ballot, Tally } from "../read-tally";
import { tallyPlace } from "./place";

/** A ballot with the voter it was taken for (the roster's name, or the delegate's as written). */
export interface VoterLine {
  readonly tally: Tally;
  readonly ballot: Ballot;
  readonly voter: string;
  /** How voters are told apart: the roster name, or the normalised delegate name. */
  readonly key: string;
}

/**
 * SPEC §5.1: one voter with two rows, in one tally or across tallies: both
 * are left out, each row reported with where the other is.
 */
export function voterDuplicate(lines: readonly VoterLine[]): { issues: Issue[]; duplicates: Set<VoterLine> } {
  const byKey = new Map<string, VoterLine[]>();
  for (const line of lines) byKey.set(line.key, [...(byKey.get(line.key) ?? []), line]);
  const issues: Issue[] = [];
  const duplicates = new Set<VoterLine>();
  for (const line of lines) {
    const same = byKey.get(line.key) ?? [];
    if (same.length < 2) continue;
    const other = same.find((l) => l !== line) as VoterLine;
    duplicates.add(line);
    issues.push(
      makeIssue("VOTER_DUPLICATE", tallyPlace(line.tally, line.ballot.cell), {
        voter: line.voter,
        otherFile: other.tally.file,
        otherSheet: other.tally.sheet,
        otherCell: other.ballot.cell,
      }),
    );
  }
  return { issues, duplicates };
}
