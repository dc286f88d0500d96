/**
 * `DUPLICATE_SCORESHEET` (error, SPEC §3): two or more sheets of one import
 * give the same scorer→ratee with the same kind. One issue per sheet, no
 * cell, naming the first other sheet of the pair (`params.otherFile`,
 * `params.otherSheet`); all of them are left out of the average until the
 * officer removes the extra ones.
 *
 * A self score given twice (a self-score sheet and a *Tự chấm* column, or a
 * *Tự chấm* column and a cross column where scorer = ratee) is a duplicate
 * too: Thi đua cannot tell which one the unit meant. A cross and a self sheet
 * never share a pair (self means scorer = ratee). A layout-C cell left blank
 * gives no sheet (`isGiven`) and duplicates nothing.
 */
import type { Issue } from "../model/issue";
import { sheetIssue } from "./make-issue";
import { isGiven, pairKey } from "./pairs";
import type { ResolvedSheet } from "./rule";

export interface DuplicateResult {
  readonly issues: Issue[];
  /** Every sheet of a duplicated pair: leave them all out. */
  readonly duplicates: ReadonlySet<ResolvedSheet>;
  /**
   * Each duplicated sheet's own issue. Give a sheet its issue from here, not
   * by its file, sheet and names: two columns of one matrix naming the same
   * ratee share all of those, and would each get both issues.
   */
  readonly bySheet: ReadonlyMap<ResolvedSheet, Issue>;
}

export function duplicateScoresheets(sheets: readonly ResolvedSheet[]): DuplicateResult {
  const groups = new Map<string, ResolvedSheet[]>();
  for (const sheet of sheets) {
    if (!isGiven(sheet)) continue;
    const key = pairKey(sheet.scorer.name, sheet.ratee.name, sheet.kind);
    const group = groups.get(key);
    if (group) group.push(sheet);
    else groups.set(key, [sheet]);
  }
  const issues: Issue[] = [];
  const duplicates = new Set<ResolvedSheet>();
  const bySheet = new Map<ResolvedSheet, Issue>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((sheet, index) => {
      const other = group[index === 0 ? 1 : 0]!;
      duplicates.add(sheet);
      const issue = sheetIssue(sheet, "DUPLICATE_SCORESHEET", { otherFile: other.raw.file, otherSheet: other.raw.sheet });
      issues.push(issue);
      bySheet.set(sheet, issue);
    });
  }
  return { issues, duplicates, bySheet };
}
