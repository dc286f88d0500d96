/**
 * Use case 6, the issues so far: the one list Kiểm tra and `--json` show,
 * in one order for the pane and the command (docs/ARCHITECTURE.md, "decided
 * once"): the import's checks, then the vote's (ties it left and its own
 * checks) or, before a vote, the proposals', then the meeting's units
 * present, then the documents' fill.
 */
import type { Issue } from "../core/model/issue";

export interface IssuesSoFar {
  readonly imported: readonly Issue[];
  readonly proposals?: { readonly issues: readonly Issue[] } | null;
  readonly vote?: { readonly issues: readonly Issue[] } | null;
  /** The meeting's units present checked against the roster (MEETING_PRESENT_UNKNOWN). */
  readonly present?: readonly Issue[];
  /** The documents' fill issues, while the documents hold for the nominations of now. */
  readonly documents?: readonly Issue[] | null;
}

export function issuesSoFar(run: IssuesSoFar): Issue[] {
  return [...run.imported, ...(run.vote?.issues ?? run.proposals?.issues ?? []), ...(run.present ?? []), ...(run.documents ?? [])];
}
