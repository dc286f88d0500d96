/**
 * The one place issues are built: the severity comes from the code (SPEC §3's
 * two tables, `ERROR_CODES` and `WARNING_CODES`), so no rule can give a code
 * the wrong one by accident. Only `LAYOUT_UNRECOGNIZED` overrides it (an
 * error or a warning by the workbook's other sheets).
 */
import type { Issue, IssueCode, IssueParams, Severity } from "../model/issue";
import { WARNING_CODES } from "../model/issue";
import type { ResolvedSheet } from "./rule";
import { sheetPlace } from "./rule";

const WARNINGS: ReadonlySet<IssueCode> = new Set(WARNING_CODES);

/** SPEC §3: errors leave the sheet out of the average; warnings are only reported. */
export function severityOf(code: IssueCode): Severity {
  return WARNINGS.has(code) ? "warning" : "error";
}

/** Where an issue is and whom it concerns; every field optional, none written when undefined. */
export type IssuePlace = Pick<Issue, "file" | "sheet" | "cell" | "scorer" | "ratee" | "criterion">;

/** An issue of `code` at `place`; fields left undefined are not written, so JSON stays clean. */
export function makeIssue(code: IssueCode, place: IssuePlace, params: IssueParams = {}, severity = severityOf(code)): Issue {
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = { severity, code, params };
  if (place.file !== undefined) issue.file = place.file;
  if (place.sheet !== undefined) issue.sheet = place.sheet;
  if (place.cell !== undefined && place.cell !== "") issue.cell = place.cell;
  if (place.scorer !== undefined) issue.scorer = place.scorer;
  if (place.ratee !== undefined) issue.ratee = place.ratee;
  if (place.criterion !== undefined) issue.criterion = place.criterion;
  return issue;
}

/**
 * The name a message gives a total where it expects a criterion: a layout-C
 * total's `SCORE_ABOVE_MAX` / `SCORE_NEGATIVE` (*…tối đa 29 của tiêu chí
 * Tổng cộng*), the criteria table's printed total. It goes in
 * `params.criterion`, which the message prefers to the issue's field (see
 * `issueMessage`), so `issue.criterion` stays absent: a total is no criterion.
 */
export const TOTAL_LABEL = "Tổng cộng";

/** An issue about one resolved sheet: its file, sheet, scorer and ratee, plus the cell and criterion given. */
export function sheetIssue(
  sheet: ResolvedSheet,
  code: IssueCode,
  params: IssueParams,
  cell?: string,
  criterion?: string,
): Issue {
  return makeIssue(code, sheetPlace(sheet, cell, criterion), params);
}
