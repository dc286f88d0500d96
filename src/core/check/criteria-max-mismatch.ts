/**
 * `CRITERIA_MAX_MISMATCH` (warning, SPEC §2.2, §3): in the criteria table, a
 * parent whose printed max differs from the sum of its children's maxima
 * (`criteriaMaxMismatches`, which leaves bonus and deduction parents out:
 * their max is a cap), at the parent's max cell, with the criteria table's
 * file and sheet and the criterion's id; params `{ printed, sum }`.
 *
 * The printed total (*Tổng cộng*) is checked too (`criteriaTotalMismatch`):
 * against the sum of the normal sections, at the total's max cell. It is no
 * criterion: the issue has none, and its message names it `TOTAL_LABEL`
 * (`params.criterion`): *Tiêu chí Tổng cộng ghi điểm tối đa 100…*.
 */
import type { Issue } from "../model/issue";
import type { CriteriaTableRead } from "../read/criteria-table";
import { criteriaMaxMismatches, criteriaTotalMismatch } from "../read/criteria-table";
import { makeIssue, TOTAL_LABEL } from "./make-issue";

export function criteriaMaxMismatchIssues(read: Pick<CriteriaTableRead, "table" | "maxCells" | "total">): Issue[] {
  const { file, sheet } = read.table.source;
  const issues = criteriaMaxMismatches(read).map((m) =>
    makeIssue(
      "CRITERIA_MAX_MISMATCH",
      { file, sheet, cell: m.cell, criterion: m.criterionId },
      { printed: m.printed, sum: m.sumOfChildren },
    ),
  );
  const total = criteriaTotalMismatch(read);
  if (total) {
    issues.push(
      makeIssue(
        "CRITERIA_MAX_MISMATCH",
        { file, sheet, cell: total.cell },
        { printed: total.printed, sum: total.sumOfSections, criterion: TOTAL_LABEL },
      ),
    );
  }
  return issues;
}
