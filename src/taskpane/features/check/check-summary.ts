import type { ImportOutcome } from "../../../core/import/import-block";
import type { Issue, Severity } from "../../../core/model/issue";

/** Kiểm tra's counts, the command line's own (`Đã đọc 17 tệp, 120 phiếu (107 phiếu dùng được); 19 lỗi, 45 cảnh báo`). */
export interface CheckSummary {
  readonly files: number;
  /** Null without a block (no criteria table): no scoresheet was read as one. */
  readonly sheets: number | null;
  /** The sheets no error leaves out of an average. */
  readonly usable: number | null;
  readonly errors: number;
  readonly warnings: number;
}

export function checkSummary(files: number, outcome: ImportOutcome | null, issues: readonly Issue[]): CheckSummary {
  const count = (severity: Severity) => issues.filter((i) => i.severity === severity).length;
  const sheets = outcome?.ok ? outcome.result.sheets : null;
  return {
    files,
    sheets: sheets ? sheets.length : null,
    usable: sheets ? sheets.filter((s) => !s.excluded).length : null,
    errors: count("error"),
    warnings: count("warning"),
  };
}

/** Kiểm tra's filter: the errors alone (what leaves sheets out), the warnings alone, or everything. */
export type IssueFilter = "error" | "warning" | "all";

export function firstFilter(summary: CheckSummary): IssueFilter {
  return summary.errors > 0 ? "error" : "all";
}

export function passes(filter: IssueFilter, issue: Issue): boolean {
  return filter === "all" || issue.severity === filter;
}
