import type { IssueJson } from "../../src/core/report/result-json";

const FIELDS = ["severity", "code", "file", "sheet", "cell", "scorer", "ratee", "criterion"] as const;
type Field = (typeof FIELDS)[number];
export type ExpectedIssue = Partial<Record<Field, string>>;

/**
 * Matches the issues found against the oracle's, one to one. The oracle
 * states only the fields it asserts (a place it leaves out is not checked);
 * every stated field must be equal. Returns what is missing and what is extra,
 * each as readable lines, so a failure says exactly which issue went wrong.
 */
export function compareIssues(expected: readonly ExpectedIssue[], actual: readonly IssueJson[]) {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const want of expected) {
    const fields = FIELDS.filter((f) => want[f] !== undefined && want[f] !== "");
    const hit = actual.findIndex((got, n) => !used.has(n) && fields.every((f) => (got[f] ?? undefined) === want[f]));
    if (hit < 0) missing.push(describe(want));
    else used.add(hit);
  }
  const extra = actual.filter((_, n) => !used.has(n)).map((got) => `${describe(got)} — ${got.message}`);
  return { missing, extra };
}

function describe(issue: Partial<Record<Field, string | null>>): string {
  return FIELDS.filter((f) => issue[f]).map((f) => `${f}=${issue[f]}`).join(" ");
}
