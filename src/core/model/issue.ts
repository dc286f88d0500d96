/** The codes of SPEC §3; other tools read them, so they never change. */
export const ERROR_CODES = [
  "SCORE_NOT_NUMBER",
  "SCORE_ABOVE_MAX",
  "SCORE_NEGATIVE",
  "SCORE_MISSING",
  "GRADE_NOT_ALLOWED",
  "DEDUCTION_ABOVE_MAX",
  "CRITERION_UNKNOWN",
  "UNIT_UNKNOWN",
  "UNIT_AMBIGUOUS",
  "DUPLICATE_SCORESHEET",
  "LAYOUT_UNRECOGNIZED",
  "FILE_UNREADABLE",
  // SPEC §5.1: the vote's tally.
  "VOTE_MARK_UNKNOWN",
  "VOTER_UNKNOWN",
  "VOTER_DUPLICATE",
  "VOTE_PROPOSAL_UNKNOWN",
  // SPEC §7: a template's typo, a template refused, a row mixing two lists, a fill past Excel's last row.
  "TEMPLATE_SYNTAX",
  "TEMPLATE_UNSAFE",
  "TEMPLATE_ROW_MIXED",
  "TEMPLATE_TOO_LARGE",
] as const;

export const WARNING_CODES = [
  "MAX_MISMATCH",
  "SUBTOTAL_MISMATCH",
  "SELF_SCORE_IN_CROSS",
  "SCORESHEET_MISSING",
  "CRITERIA_MAX_MISMATCH",
  "NOMINATION_TIE",
  // SPEC §5: "A registration that matches no award is reported." §3 names no
  // code for it; this one says exactly that.
  "REGISTRATION_UNKNOWN",
  "VOTE_BLANK",
  // SPEC §7: a template's placeholder that names nothing, and a value the block has not given yet.
  "TEMPLATE_PLACEHOLDER_UNKNOWN",
  "TEMPLATE_VALUE_MISSING",
  "TEMPLATE_EXTERNAL_REMOVED",
] as const;

export type IssueCode = (typeof ERROR_CODES)[number] | (typeof WARNING_CODES)[number];

/**
 * `error`: the scorer→ratee sheet that has it is left out of that ratee's
 * average until fixed. `warning`: reported, nothing left out.
 */
export type Severity = "error" | "warning";

/** Values a message interpolates; kept apart so each language words it. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One problem found, with its place, so the officer can go and fix it. */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address of the offending cell, where there is one. */
  readonly cell?: string;
  readonly scorer?: string;
  readonly ratee?: string;
  readonly criterion?: string;
  readonly params: IssueParams;
}
