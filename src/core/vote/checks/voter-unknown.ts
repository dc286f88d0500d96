import { makeIssue } from "../../check/make-issue";
import type { Issue } from "../../model/issue";
import type { UnitMatch } from "../../read/units/unit-match";
import type { Ballot, Tally } from "../read-tally";
import { tallyPlace } from "./place";

/**
 * SPEC §5.1: where the voters are the roster's units, a voter whose name
 * matches none (or several) is not counted. Null when the voter is known.
 */
export function voterUnknown(tally: Tally, ballot: Ballot, match: UnitMatch): Issue | null {
  if (match.kind === "match") return null;
  const names = match.kind === "ambiguous" ? match.candidates : match.suggestions;
  return makeIssue("VOTER_UNKNOWN", tallyPlace(tally, ballot.cell), { voter: ballot.voter, suggestions: names.map((u) => u.name).join("; ") });
}
