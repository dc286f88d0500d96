import type { Issue } from "../model/issue";

/**
 * The fill's issues of several documents filled from the same values (SPEC
 * §7): a value missing is said once for all of them, not once a document; an
 * unknown placeholder once where it stands (its file, sheet and cell).
 */
export function fillIssuesOnce(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = issue.code === "TEMPLATE_VALUE_MISSING" ? `${issue.code} ${issue.params.field}` : `${issue.code} ${issue.file} ${issue.sheet} ${issue.cell} ${issue.params.placeholder}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
