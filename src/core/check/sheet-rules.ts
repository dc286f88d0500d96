/**
 * Every rule of SPEC §3 over one resolved sheet, in the order their issues
 * are listed: errors about values (in reading order of the rules), then the
 * warnings. The checks across sheets (`duplicateScoresheets`,
 * `missingScoresheets`), of the criteria table (`criteriaMaxMismatchIssues`)
 * and of the import (`unitIssue`, `layoutUnrecognized`) have their own signatures and are called by the
 * pipeline. `NOMINATION_TIE` belongs to the nominations.
 */
import type { Issue } from "../model/issue";
import { criterionUnknown } from "./criterion-unknown";
import { deductionAboveMax } from "./deduction-above-max";
import { gradeNotAllowed } from "./grade-not-allowed";
import { maxMismatch } from "./max-mismatch";
import type { CheckContext, ResolvedSheet, SheetRule } from "./rule";
import { scoreAboveMax } from "./score-above-max";
import { scoreMissing } from "./score-missing";
import { scoreNegative } from "./score-negative";
import { scoreNotNumber } from "./score-not-number";
import { selfScoreInCross } from "./self-score-in-cross";
import { subtotalMismatch } from "./subtotal-mismatch";

export const SHEET_RULES: readonly SheetRule[] = [
  // errors
  scoreNotNumber,
  scoreMissing,
  scoreNegative,
  scoreAboveMax,
  gradeNotAllowed,
  deductionAboveMax,
  criterionUnknown,
  // warnings
  maxMismatch,
  subtotalMismatch,
  selfScoreInCross,
];

/** The issues of one sheet, every rule applied. */
export function checkSheet(sheet: ResolvedSheet, context: CheckContext): Issue[] {
  return SHEET_RULES.flatMap((rule) => rule(sheet, context));
}

/** Whether any issue is an error: the sheet is then left out of the average (SPEC §3). */
export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
