/**
 * `UNIT_UNKNOWN` and `UNIT_AMBIGUOUS` (SPEC §2.3, §3). Made at import, where
 * names are matched (`createUnitMatcher`); built here so the codes and their
 * params live with the other checks.
 *
 * - `UNIT_UNKNOWN`: params `{ name, suggestions }`, the closest roster names
 *   joined by `"; "` (`""` when none: the message then offers none).
 * - `UNIT_AMBIGUOUS`: params `{ name, candidates }`, joined by `"; "`.
 *
 * The place is where the name was read: file, sheet, and the name's cell
 * when it came from a cell or a column header (none for a sheet's or a file's
 * name). `scorer` / `ratee` may carry the names already known (say, the
 * scorer of a sheet whose ratee is unknown), so the officer sees whose sheet
 * it is.
 */
import type { Issue } from "../model/issue";
import type { UnitMatch } from "../read/units/unit-match";
import type { IssuePlace } from "./make-issue";
import { makeIssue } from "./make-issue";

const names = (units: readonly { readonly name: string }[]) => units.map((u) => u.name).join("; ");

/** A match result that calls for an issue. */
export type UnitMismatch = Exclude<UnitMatch, { kind: "match" }>;

/** The issue for `name`, read at `place`, that matched no roster unit or several. */
export function unitIssue(name: string, match: UnitMismatch, place: IssuePlace): Issue {
  const where: IssuePlace = { ...place, criterion: undefined };
  switch (match.kind) {
    case "unknown":
      return makeIssue("UNIT_UNKNOWN", where, { name, suggestions: names(match.suggestions) });
    case "ambiguous":
      return makeIssue("UNIT_AMBIGUOUS", where, { name, candidates: names(match.candidates) });
  }
}
