import { issueMessage } from "../i18n/issues";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../model/issue";

/** The JSON contract of SPEC §8; other tools read it, so field names never change. */
export const RESULT_SCHEMA = "thidua.result/1";

export interface IssueJson {
  readonly severity: Issue["severity"];
  readonly code: Issue["code"];
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly scorer: string | null;
  readonly ratee: string | null;
  readonly criterion: string | null;
  readonly message: string;
}

/** Every field present (null when the issue has no such place), so readers need no guessing. */
export function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    file: issue.file ?? null,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    scorer: issue.scorer ?? null,
    ratee: issue.ratee ?? null,
    criterion: issue.criterion ?? null,
    message: issueMessage(issue, lang),
  };
}

/** What `thidua check` writes: the schema and the issues. */
export function checkResultJson(issues: readonly Issue[], lang: Lang) {
  return { schema: RESULT_SCHEMA, issues: issues.map((issue) => issueJson(issue, lang)) };
}
