/**
 * The meeting's units present (SPEC §7): each name matched to the roster as
 * §2.3 matches units, so the minutes' *x/y đơn vị dự họp* and the list of
 * absent units count roster units only, each once. A name that matches no
 * unit, several, or one already named is MEETING_PRESENT_UNKNOWN and is not
 * counted present. With no list given and a tally counted by units, the
 * units present are the tally's valid voters.
 */
import { makeIssue } from "../check/make-issue";
import type { Issue } from "../model/issue";
import type { Unit } from "../model/unit";
import type { VoterKind } from "../model/vote";
import { createUnitMatcher } from "../read/units/unit-match";
import type { MeetingDetails } from "./meeting";

export interface PresentCheck {
  /** The meeting with `present` as roster names, each once; unchanged where there is neither a list nor a tally. */
  readonly meeting: MeetingDetails;
  readonly issues: readonly Issue[];
}

export interface PresentInput {
  readonly meeting: MeetingDetails;
  readonly units: readonly Unit[];
  /** Where the list came from (the `--meeting` file's name), for the issues' place. */
  readonly file?: string;
  /** The vote counted, when there is one: its valid voters and who they are. */
  readonly vote?: { readonly voters: readonly string[]; readonly kind: VoterKind };
}

export function checkPresent(input: PresentInput): PresentCheck {
  const { meeting, units, vote } = input;
  const listed = meeting.present;
  if (listed === undefined) {
    // The tally's voters are the units that came, when units voted; delegates' names say nothing of units.
    if (!vote || vote.kind !== "units" || vote.voters.length === 0) return { meeting, issues: [] };
    const came = new Set(vote.voters);
    return { meeting: { ...meeting, present: units.filter((u) => came.has(u.name)).map((u) => u.name) }, issues: [] };
  }
  const match = createUnitMatcher(units);
  const place = input.file === undefined ? {} : { file: input.file };
  const present: string[] = [];
  const issues: Issue[] = [];
  for (const name of listed) {
    const found = match(name);
    if (found.kind !== "match") {
      const names = found.kind === "ambiguous" ? found.candidates : found.suggestions;
      issues.push(makeIssue("MEETING_PRESENT_UNKNOWN", place, { name, reason: "unknown", suggestions: names.map((u) => u.name).join("; ") }));
    } else if (present.includes(found.unit.name)) {
      issues.push(makeIssue("MEETING_PRESENT_UNKNOWN", place, { name, reason: "repeat", unit: found.unit.name }));
    } else {
      present.push(found.unit.name);
    }
  }
  return { meeting: { ...meeting, present }, issues };
}
