import { issueMessage } from "../core/i18n/issues";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/model/issue";
import type { ImportResult } from "../core/read/import-block";

const words = {
  vi: {
    title: "Thi đua — kiểm tra phiếu chấm",
    criteria: (file: string, leaves: number, base: number) => `Bảng tiêu chí: ${file} (${leaves} tiêu chí chấm điểm, điểm chuẩn ${base})`,
    roster: (n: number, inferred: boolean) =>
      inferred ? `Đơn vị: ${n}, suy ra từ các phiếu chấm (không có danh sách đơn vị) — hãy kiểm tra lại` : `Danh sách đơn vị: ${n} đơn vị`,
    totals: (files: number, sheets: number, used: number, errors: number, warnings: number) =>
      `Đã đọc ${files} tệp, ${sheets} phiếu (${used} phiếu dùng được); ${errors} lỗi, ${warnings} cảnh báo.`,
    fileHeading: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    block: "Toàn khối",
    error: "LỖI",
    warning: "CẢNH BÁO",
    clean: "Không có lỗi nào.",
  },
  en: {
    title: "Thi đua — scoresheet check",
    criteria: (file: string, leaves: number, base: number) => `Criteria table: ${file} (${leaves} scored criteria, base ${base})`,
    roster: (n: number, inferred: boolean) =>
      inferred ? `Units: ${n}, inferred from the scoresheets (no roster given) — please check them` : `Roster: ${n} units`,
    totals: (files: number, sheets: number, used: number, errors: number, warnings: number) =>
      `Read ${files} files, ${sheets} sheets (${used} usable); ${errors} errors, ${warnings} warnings.`,
    fileHeading: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    block: "Whole block",
    error: "ERROR",
    warning: "WARNING",
    clean: "No problems found.",
  },
};

const count = (issues: readonly Issue[], severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;

/** The place of an issue as an officer reads it: `Sheet!E14  [scorer → ratee, I.2.1]`. */
function place(issue: Issue): string {
  const at = issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}` : "";
  const who = [issue.scorer && issue.ratee ? `${issue.scorer} → ${issue.ratee}` : issue.scorer ?? issue.ratee, issue.criterion]
    .filter(Boolean)
    .join(", ");
  return [at, who ? `[${who}]` : ""].filter(Boolean).join("  ");
}

/** Counts first, then each file's issues (errors first), then the block's own. */
export function formatCheckReport(result: ImportResult, inputCount: number, lang: Lang): string {
  const w = words[lang];
  const { issues, sheets, criteria } = result;
  const leaves = criteria.table.criteria.filter((c) => c.isLeaf).length;
  const lines = [
    w.title,
    w.criteria(criteria.table.source.file, leaves, criteria.table.base),
    w.roster(result.units.length, result.unitsInferred),
    w.totals(inputCount, sheets.length, sheets.filter((s) => !s.excluded).length, count(issues, "error"), count(issues, "warning")),
  ];
  if (issues.length === 0) return [...lines, "", w.clean, ""].join("\n");

  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = issue.file ?? w.block;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  for (const [file, group] of groups) {
    lines.push("", `${file} — ${w.fileHeading(count(group, "error"), count(group, "warning"))}`);
    const ordered = [...group.filter((i) => i.severity === "error"), ...group.filter((i) => i.severity === "warning")];
    for (const issue of ordered) {
      lines.push(`  ${(issue.severity === "error" ? w.error : w.warning).padEnd(9)} ${issue.code}  ${place(issue)}`);
      lines.push(`            ${issueMessage(issue, lang)}`);
    }
  }
  return [...lines, ""].join("\n");
}
