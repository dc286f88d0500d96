import { formatNumber, issueMessage } from "../core/i18n/issues";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/model/issue";
import type { Nomination, Ranking } from "../core/model/result";
import type { CountedVote } from "../core/vote/count-votes";
import type { ImportResult } from "../core/import/import-block";
import { sheetCounts } from "../flow/import";
import { commandLineTodo } from "./missing-values";

const words = {
  vi: {
    checkTitle: "Thi đua — kiểm tra phiếu chấm",
    rankTitle: "Thi đua — tính điểm và xếp hạng",
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
    method: (trimmed: boolean, k: number) =>
      trimmed ? `Trung bình cắt bỏ ${k} điểm cao nhất và ${k} điểm thấp nhất` : "Trung bình cộng các điểm chấm chéo",
    noTrim: (k: number, most: number) =>
      `Trung bình cộng các điểm chấm chéo: không đơn vị nào đủ ${2 * k + 1} phiếu để cắt bỏ ${k} điểm cao nhất và ${k} điểm thấp nhất (nhiều nhất ${most} phiếu), nên dùng trung bình cộng cho mọi đơn vị (SPEC §4). Chọn --trim nhỏ hơn, ví dụ --trim 1.`,
    someNotTrimmed: (k: number, units: string) =>
      `Không đủ ${2 * k + 1} phiếu để cắt bỏ, dùng trung bình cộng cho: ${units}.`,
    columns: ["Hạng", "Đơn vị", "Điểm TB", "Số phiếu", "Bị loại", "Tự chấm", "Chênh lệch"],
    agreement: (w: string, m: number) => `Mức đồng thuận của khối (Kendall's W): ${w}, trên ${m} đơn vị chấm`,
    agreementMeaning: (level: AgreementLevel) =>
      `  (từ 0 đến 1: 0 là các đơn vị chấm xếp thứ tự các đơn vị khác hẳn nhau, 1 là mọi đơn vị chấm xếp cùng một thứ tự; ${
        { low: "mức này là thấp: thứ hạng phụ thuộc nhiều vào đơn vị nào chấm", middle: "mức này là vừa phải", high: "mức này là cao: các đơn vị chấm khá thống nhất" }[level]
      })`,
    nominations: "Đề nghị khen thưởng",
    none: "không có",
    tie: "bằng điểm — khối bỏ phiếu",
    vote: (forVotes: number, voters: number, share: string, passed: boolean) =>
      `${forVotes}/${voters} phiếu đồng ý (${share}): ${passed ? "Đạt" : "Không đạt"}`,
    outvoted: "ít phiếu hơn đơn vị cùng điểm",
    noVote: "chưa có phiếu",
    ownResult: (files: string) => `Đã bỏ qua tệp kết quả của Thi đua: ${files}`,
  },
  en: {
    checkTitle: "Thi đua — scoresheet check",
    rankTitle: "Thi đua — averages and ranking",
    criteria: (file: string, leaves: number, base: number) => `Criteria table: ${file} (${leaves} scored criteria, base ${base})`,
    roster: (n: number, inferred: boolean) =>
      inferred ? `Units: ${n}, inferred from the scoresheets (no roster given) — please check them` : `Roster: ${n} units`,
    totals: (files: number, sheets: number, used: number, errors: number, warnings: number) =>
      `Read ${plural(files, "file")}, ${plural(sheets, "sheet")} (${used} usable); ${plural(errors, "error")}, ${plural(warnings, "warning")}.`,
    fileHeading: (errors: number, warnings: number) => `${plural(errors, "error")}, ${plural(warnings, "warning")}`,
    block: "Whole block",
    error: "ERROR",
    warning: "WARNING",
    clean: "No problems found.",
    method: (trimmed: boolean, k: number) => (trimmed ? `Mean without the ${k} highest and ${k} lowest totals` : "Mean of the cross scores"),
    noTrim: (k: number, most: number) =>
      `Mean of the cross scores: no unit has the ${2 * k + 1} totals needed to drop the ${k} highest and ${k} lowest (${most} at most), so the plain mean is used for every unit (SPEC §4). Choose a smaller --trim, for example --trim 1.`,
    someNotTrimmed: (k: number, units: string) => `Fewer than ${2 * k + 1} totals to trim, the plain mean used for: ${units}.`,
    columns: ["Rank", "Unit", "Average", "Scorers", "Left out", "Self", "Gap"],
    agreement: (w: string, m: number) => `Agreement of the block (Kendall's W): ${w}, over ${m} scorers`,
    agreementMeaning: (level: AgreementLevel) =>
      `  (from 0 to 1: 0 when the scorers order the units quite differently, 1 when they all order them alike; ${
        { low: "this is low: the ranking depends much on who scores", middle: "this is moderate", high: "this is high: the scorers largely agree" }[level]
      })`,
    nominations: "Nominations",
    none: "none",
    tie: "tied — the block votes",
    vote: (forVotes: number, voters: number, share: string, passed: boolean) =>
      `${forVotes}/${voters} votes for (${share}): ${passed ? "passed" : "not passed"}`,
    outvoted: "fewer votes than the unit tied with it",
    noVote: "not voted on",
    ownResult: (files: string) => `Skipped Thi đua's own result files: ${files}`,
  },
};

type AgreementLevel = "low" | "middle" | "high";

/** Kendall's W read in words; the bounds are the usual reading of the coefficient, not a rule of the block. */
const agreementLevel = (w: number): AgreementLevel => (w < 0.3 ? "low" : w < 0.7 ? "middle" : "high");

/** Two decimals always, so a column lines up on its decimal mark: 97,50 over 85,00 over 101,00. */
function fixed2(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
  return lang === "vi" ? text.replace(".", ",") : text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

const count = (issues: readonly Issue[], severity: Issue["severity"]) => issues.filter((i) => i.severity === severity).length;

/** The place of an issue as an officer reads it: `Sheet!E14  [scorer → ratee, I.2.1]`. */
function place(issue: Issue): string {
  // A .docx template's place is a part and a paragraph's first words (`body “Kính gửi: {{noi_nh…”`), not a sheet and a cell.
  const cell = issue.cell ? (issue.cell.startsWith("“") ? ` ${issue.cell}` : `!${issue.cell}`) : "";
  const at = issue.sheet ? `${issue.sheet}${cell}` : "";
  const who = [issue.scorer && issue.ratee ? `${issue.scorer} → ${issue.ratee}` : issue.scorer ?? issue.ratee, issue.criterion]
    .filter(Boolean)
    .join(", ");
  return [at, who ? `[${who}]` : ""].filter(Boolean).join("  ");
}

function heading(title: string, result: ImportResult, issues: readonly Issue[], inputCount: number, lang: Lang): string[] {
  const w = words[lang];
  const { criteria } = result;
  const counts = sheetCounts(result);
  const leaves = criteria.table.criteria.filter((c) => c.isLeaf).length;
  return [
    title,
    w.criteria(criteria.table.source.file, leaves, criteria.table.base),
    w.roster(result.units.length, result.unitsInferred),
    w.totals(inputCount, counts.sheets, counts.used, count(issues, "error"), count(issues, "warning")),
    // One line, however many of our files (the result, the documents) the folder holds.
    ...(result.ownResults.length > 0 ? [w.ownResult(result.ownResults.join(", "))] : []),
  ];
}

/** Each file's issues (errors first), then the block's own. */
function issueLines(issues: readonly Issue[], lang: Lang): string[] {
  const w = words[lang];
  if (issues.length === 0) return ["", w.clean];
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    // Only the block's own issues (a scoresheet missing) have no file.
    const key = issue.file || w.block;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const lines: string[] = [];
  for (const [file, group] of groups) {
    lines.push("", `${file} — ${w.fileHeading(count(group, "error"), count(group, "warning"))}`);
    const ordered = [...group.filter((i) => i.severity === "error"), ...group.filter((i) => i.severity === "warning")];
    for (const issue of ordered) {
      lines.push(`  ${(issue.severity === "error" ? w.error : w.warning).padEnd(9)} ${issue.code}  ${place(issue)}`.trimEnd());
      lines.push(`            ${issueMessage(issue, lang, { missingValueTodo: commandLineTodo })}`);
    }
  }
  return lines;
}

export function formatCheckReport(result: ImportResult, inputCount: number, lang: Lang): string {
  return [...heading(words[lang].checkTitle, result, result.issues, inputCount, lang), ...issueLines(result.issues, lang), ""].join("\n");
}

/** The ranking table, the agreement and the proposals first: what the meeting looks at; then the issues. */
export function formatRankReport(
  result: ImportResult,
  ranking: Ranking,
  nominations: readonly Nomination[],
  issues: readonly Issue[],
  inputCount: number,
  lang: Lang,
  votes?: readonly CountedVote[],
): string {
  const w = words[lang];
  const voteOf = new Map((votes ?? []).map((v) => [`${v.unit}\u0000${v.award}`, v]));
  const voteText = (n: Nomination): string => {
    if (!votes) return "";
    const v = voteOf.get(`${n.unit}\u0000${n.award}`);
    if (!v) return ` — ${w.noVote}`;
    const share = v.share === null ? "—" : `${formatNumber(Math.round(v.share * 1000) / 10, lang)}%`;
    return ` — ${w.vote(v.votesFor, v.voters, share, v.passed)}${v.outvoted ? ` (${w.outvoted})` : ""}`;
  };
  const shown = (n: number | null) => (n === null ? "—" : fixed2(n, lang));
  const rows = ranking.units.map((u) => [
    u.rank === null ? "—" : String(u.rank),
    u.unit,
    shown(u.average),
    String(u.scorers),
    String(u.excluded),
    shown(u.selfScore),
    shown(u.gap),
  ]);
  const table = [w.columns, ...rows];
  const widths = w.columns.map((_, c) => Math.max(...table.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  const { w: kendall } = ranking.agreement;
  const agreement = kendall === null ? "—" : formatNumber(Math.round(kendall * 1000) / 1000, lang);
  const proposals =
    nominations.length === 0
      ? [`  ${w.none}`]
      : nominations.map((n) => `  ${n.awardName}: ${n.unit} (${w.columns[0]} ${n.rank}, ${shown(n.average)})${n.tied ? ` — ${w.tie}` : ""}${voteText(n)}`);
  return [
    ...heading(w.rankTitle, result, issues, inputCount, lang),
    ...methodLines(ranking, lang),
    "",
    ...table.map(line),
    "",
    w.agreement(agreement, ranking.agreement.scorers),
    ...(kendall === null ? [] : [w.agreementMeaning(agreementLevel(kendall))]),
    "",
    `${w.nominations}:`,
    ...proposals,
    ...issueLines(issues, lang),
    "",
  ].join("\n");
}

/**
 * The method as it was applied: SPEC §4 trims a unit's totals only when it
 * has 2K + 1 of them, else takes the plain mean; the report never claims a
 * trim that did not happen.
 */
function methodLines(ranking: Ranking, lang: Lang): string[] {
  const w = words[lang];
  const k = ranking.trim;
  if (ranking.method !== "trimmed" || k === 0) return [w.method(false, k)];
  const scored = ranking.units.filter((u) => u.scorers > 0);
  const short = scored.filter((u) => u.scorers < 2 * k + 1);
  if (scored.length > 0 && short.length === scored.length) return [w.noTrim(k, Math.max(...scored.map((u) => u.scorers)))];
  return [w.method(true, k), ...(short.length > 0 ? [w.someNotTrimmed(k, short.map((u) => `${u.unit} (${u.scorers})`).join(", "))] : [])];
}
