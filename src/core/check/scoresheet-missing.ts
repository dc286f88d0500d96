/**
 * `SCORESHEET_MISSING` (SPEC §3), in roster order (scorer, then ratee), with
 * scorer and ratee but no file, sheet or cell.
 *
 * Any cross sheet of the pair counts as given, valid or not (its errors are
 * reported on their own), duplicates included; a layout-C cell left blank
 * does not (`isGiven`). Self scores are never missing: they are optional.
 * Roster units are told apart by name. Linear in roster² + sheets: 64 units
 * are 4 032 lookups in a Set.
 */
import type { Issue } from "../model/issue";
import type { Unit } from "../model/unit";
import { makeIssue } from "./make-issue";
import { isGiven, pairKey } from "./pairs";
import type { ResolvedSheet } from "./rule";

export function missingScoresheets(sheets: readonly ResolvedSheet[], units: readonly Unit[]): Issue[] {
  const given = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.kind === "cross" && isGiven(sheet)) given.add(pairKey(sheet.scorer.name, sheet.ratee.name));
  }
  const issues: Issue[] = [];
  for (const scorer of units) {
    for (const ratee of units) {
      if (scorer.name === ratee.name || given.has(pairKey(scorer.name, ratee.name))) continue;
      issues.push(makeIssue("SCORESHEET_MISSING", { scorer: scorer.name, ratee: ratee.name }));
    }
  }
  return issues;
}
