/**
 * Every text of the output sheets (SPEC §6) in one place: the column headers
 * of each table, in Vietnamese and English, and the words written in cells
 * and title lines. Headers are positional: other tools read the tables by
 * column order (the headers follow the user's language), so a column is
 * never inserted in the middle; the per-scorer columns of `tdSummary` come
 * after the fixed ones.
 */
import type { Lang } from "../core/i18n/lang";
import type { AverageMethod } from "../core/model/block";
import type { CriterionKind, CriterionLevel } from "../core/model/criteria";
import type { Severity } from "../core/model/issue";
import type { ScoreKind } from "../core/model/scoresheet";
import type { UnitRole } from "../core/model/unit";
import type { VoteRule } from "../core/model/vote";

type Headers = {
  readonly tdSettings: readonly [key: string, value: string];
  readonly tdUnits: readonly [name: string, aliases: string, registration: string, role: string];
  readonly tdCriteria: readonly [
    id: string,
    level: string,
    parentId: string,
    text: string,
    maxPoints: string,
    kind: string,
    allowedValues: string,
  ];
  readonly tdScores: readonly [
    scorer: string,
    ratee: string,
    criterion: string,
    value: string,
    kind: string,
    file: string,
    sheet: string,
    cell: string,
  ];
  readonly tdIssues: readonly [
    severity: string,
    code: string,
    message: string,
    scorer: string,
    ratee: string,
    criterion: string,
    file: string,
    sheet: string,
    cell: string,
  ];
  /** The fixed columns; one column per scorer follows, headed by its name. */
  readonly tdSummary: readonly [
    rank: string,
    unit: string,
    average: string,
    scorers: string,
    excluded: string,
    selfScore: string,
    gap: string,
  ];
  readonly tdScorers: readonly [scorer: string, given: string, mean: string, leniency: string, outlier: string];
  readonly tdNominations: readonly [
    no: string,
    unit: string,
    average: string,
    rank: string,
    award: string,
    votesFor: string,
    percentage: string,
    passed: string,
    /** *Why not proposed* (SPEC §5): the better-ranked units this proposal passed over, each with its reason. */
    passedOver: string,
  ];
};

export const HEADERS: Readonly<Record<Lang, Headers>> = {
  vi: {
    tdSettings: ["Thông số", "Giá trị"],
    tdUnits: ["Tên đơn vị", "Tên viết tắt, tên gọi khác", "Đăng ký thi đua", "Vai trò"],
    tdCriteria: ["Mã tiêu chí", "Cấp", "Mã mục cha", "Nội dung tiêu chí", "Điểm tối đa", "Loại điểm", "Các mức điểm"],
    tdScores: ["Đơn vị chấm", "Đơn vị được chấm", "Mã tiêu chí", "Điểm", "Loại", "Tệp", "Trang tính", "Ô"],
    tdIssues: ["Mức độ", "Mã", "Nội dung", "Đơn vị chấm", "Đơn vị được chấm", "Tiêu chí", "Tệp", "Trang tính", "Ô"],
    tdSummary: ["Xếp thứ", "Đơn vị", "Điểm trung bình", "Số phiếu tính", "Số phiếu bị loại", "Điểm tự chấm", "Chênh lệch (tự chấm − trung bình)"],
    tdScorers: ["Đơn vị chấm", "Số phiếu chấm chéo", "Điểm trung bình đã chấm", "Độ lệch so với trung bình khối", "Lệch bất thường"],
    tdNominations: ["STT", "Đơn vị", "Điểm trung bình", "Xếp thứ", "Danh hiệu đề nghị", "Số phiếu đồng ý", "Tỷ lệ đồng ý", "Thông qua", "Đơn vị xếp trên không được đề nghị (lý do)"],
  },
  en: {
    tdSettings: ["Setting", "Value"],
    tdUnits: ["Unit", "Aliases", "Registration", "Role"],
    tdCriteria: ["Criterion id", "Level", "Parent id", "Criterion", "Max points", "Kind", "Allowed values"],
    tdScores: ["Scorer", "Ratee", "Criterion id", "Value", "Kind", "File", "Sheet", "Cell"],
    tdIssues: ["Severity", "Code", "Message", "Scorer", "Ratee", "Criterion", "File", "Sheet", "Cell"],
    tdSummary: ["Rank", "Unit", "Average", "Scorers used", "Sheets left out", "Self score", "Gap (self − average)"],
    tdScorers: ["Scorer", "Cross totals given", "Mean given", "Leniency (vs. block mean)", "Outlier"],
    tdNominations: ["No.", "Unit", "Average", "Rank", "Award", "Votes for", "Percentage", "Passed", "Better-ranked units not proposed (reason)"],
  },
};

export interface Words {
  readonly severity: Readonly<Record<Severity, string>>;
  readonly scoreKind: Readonly<Record<ScoreKind, string>>;
  readonly criterionKind: Readonly<Record<CriterionKind, string>>;
  readonly level: Readonly<Record<CriterionLevel, string>>;
  readonly role: Readonly<Record<UnitRole, string>>;
  readonly yes: string;
  readonly no: string;
  readonly settings: {
    readonly blockName: string;
    readonly year: string;
    readonly method: string;
    readonly trim: string;
    readonly rounding: string;
    readonly award: (n: number) => string;
    readonly voteThreshold: string;
  };
  readonly method: (method: AverageMethod, k: number) => string;
  readonly award: (quota: string, minAverage: string | null, requiresRegistration: boolean) => string;
  readonly quotaPercent: (percent: string) => string;
  readonly voteThreshold: (percent: string, rule: VoteRule) => string;
  /** The Đề nghị sheet's result of the vote (SPEC §5.1: *Đạt* / *Không đạt*). */
  readonly voteResult: { readonly passed: string; readonly failed: string };
  readonly titles: {
    readonly block: (name: string, year: number | null) => string | null;
    readonly settings: string;
    readonly units: (n: number) => string;
    readonly criteria: (leaves: number, base: string) => string;
    readonly scores: (n: number, sheets: number, excluded: number) => string;
    readonly scoresHowTo: string;
    readonly issues: (errors: number, warnings: number) => string;
    readonly issuesHowTo: string;
    readonly summary: string;
    readonly summaryMethod: (method: string) => string;
    readonly agreement: (w: string | null, scorers: number, units: number) => string;
    readonly blockMean: (mean: string | null) => string;
    readonly scorersCaption: string;
    readonly nominations: string;
    readonly nominationsTie: (units: string, award: string) => string;
    readonly nominationsVotes: string;
    readonly nominationsOutvoted: (units: string, award: string) => string;
  };
  readonly chartTitle: string;
  readonly scoreValidation: {
    readonly promptTitle: string;
    readonly prompt: string;
    readonly errorTitle: string;
    readonly error: string;
  };
}

export const WORDS: Readonly<Record<Lang, Words>> = {
  vi: {
    severity: { error: "Lỗi", warning: "Cảnh báo" },
    scoreKind: { cross: "Chấm chéo", self: "Tự chấm" },
    criterionKind: { normal: "Điểm chấm", bonus: "Điểm thưởng", deduction: "Điểm trừ" },
    level: { section: "Phần", criterion: "Tiêu chí", subcriterion: "Tiêu chí con", item: "Nội dung" },
    role: { leader: "Trưởng khối", deputy: "Phó trưởng khối" },
    yes: "Có",
    no: "Không",
    settings: {
      blockName: "Tên khối thi đua",
      year: "Năm",
      method: "Cách tính điểm trung bình",
      trim: "Số điểm cao nhất và thấp nhất bị loại (k)",
      rounding: "Số chữ số thập phân hiển thị",
      award: (n) => `Danh hiệu ${n}`,
      voteThreshold: "Tỷ lệ phiếu đồng ý cần đạt",
    },
    method: (method, k) =>
      method === "trimmed"
        ? `Trung bình sau khi loại ${k} điểm cao nhất và ${k} điểm thấp nhất (khi còn đủ điểm); không tính điểm tự chấm`
        : "Trung bình cộng các điểm chấm chéo; không tính điểm tự chấm",
    award: (quota, minAverage, requiresRegistration) =>
      [`chỉ tiêu ${quota}`, minAverage === null ? null : `điểm trung bình tối thiểu ${minAverage}`, requiresRegistration ? "phải đăng ký" : "không cần đăng ký"]
        .filter((p) => p !== null)
        .join(", "),
    quotaPercent: (percent) => `${percent} số đơn vị được xếp thứ`,
    voteThreshold: (percent, rule) => (rule === "at-least" ? `từ ${percent} số phiếu trở lên` : `trên ${percent} số phiếu`),
    voteResult: { passed: "Đạt", failed: "Không đạt" },
    titles: {
      block: (name, year) => (name || year !== null ? [name ? `Khối thi đua: ${name}` : null, year !== null ? `năm ${year}` : null].filter(Boolean).join(" — ") : null),
      settings: "CÀI ĐẶT TÍNH ĐIỂM VÀ XÉT KHEN THƯỞNG",
      units: (n) => `DANH SÁCH ĐƠN VỊ — ${n} đơn vị`,
      criteria: (leaves, base) => `BẢNG TIÊU CHÍ CHẤM ĐIỂM — ${leaves} tiêu chí được chấm, điểm chuẩn ${base}`,
      scores: (n, sheets, excluded) => `ĐIỂM CHẤM ĐÃ ĐỌC TỪ CÁC PHIẾU — ${n} điểm, ${sheets} phiếu (${excluded} phiếu bị loại vì có lỗi hoặc trùng)`,
      scoresHowTo:
        "Mã tiêu chí để trống: điểm tổng của phiếu dạng bảng tổng hợp. Chữ ở cột Điểm: ô trong phiếu không phải là số. Muốn sửa điểm, sửa trong phiếu gốc rồi nhập lại.",
      issues: (errors, warnings) => `KẾT QUẢ KIỂM TRA PHIẾU CHẤM — ${errors} lỗi, ${warnings} cảnh báo`,
      issuesHowTo: "Phiếu có lỗi không được tính vào điểm trung bình cho đến khi sửa. Bấm vào ô ở cột Ô để đến dòng điểm đó trong trang Điểm chấm.",
      summary: "BẢNG TỔNG HỢP ĐIỂM CHẤM CHÉO VÀ XẾP THỨ",
      summaryMethod: (method) => `Cách tính: ${method}.`,
      agreement: (w, scorers, units) =>
        w === null
          ? "Mức đồng thuận giữa các đơn vị chấm (Kendall's W): chưa tính được (cần ít nhất 2 đơn vị chấm cùng chấm ít nhất 3 đơn vị)."
          : `Mức đồng thuận giữa các đơn vị chấm (Kendall's W, 0 = không thống nhất, 1 = cùng thứ tự): ${w} — ${scorers} đơn vị chấm, ${units} đơn vị được chấm.`,
      blockMean: (mean) =>
        `Điểm trung bình chung của khối: ${mean ?? "—"}. Độ lệch của từng đơn vị chấm so với mức chung: bảng dưới bảng xếp thứ.`,
      scorersCaption: "ĐỘ LỆCH CỦA CÁC ĐƠN VỊ CHẤM (dương: chấm rộng tay hơn mức chung; âm: chấm chặt hơn)",
      nominations: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
      nominationsTie: (units, award) => `${units} bằng điểm ở vị trí cuối của chỉ tiêu ${award}: khối bỏ phiếu để quyết định.`,
      nominationsVotes: "Cột số phiếu để trống cho đến khi có kết quả bỏ phiếu.",
      nominationsOutvoted: (units, award) => `${units}: bằng điểm ở vị trí cuối của chỉ tiêu ${award} nhưng ít phiếu đồng ý hơn, nên không đạt.`,
    },
    chartTitle: "Điểm trung bình chấm chéo",
    scoreValidation: {
      promptTitle: "Điểm đọc từ phiếu chấm",
      prompt: "Điểm này được chép từ phiếu gốc (xem các cột Tệp, Trang tính, Ô). Muốn sửa, sửa trong phiếu gốc rồi nhập lại: trang này được ghi lại mỗi lần tính.",
      errorTitle: "Điểm phải là số",
      error: "Ô điểm nên chứa một số. Bạn vẫn muốn nhập giá trị này?",
    },
  },
  en: {
    severity: { error: "Error", warning: "Warning" },
    scoreKind: { cross: "Cross", self: "Self" },
    criterionKind: { normal: "Normal", bonus: "Bonus", deduction: "Deduction" },
    level: { section: "Section", criterion: "Criterion", subcriterion: "Sub-criterion", item: "Item" },
    role: { leader: "Leader", deputy: "Deputy leader" },
    yes: "Yes",
    no: "No",
    settings: {
      blockName: "Emulation block",
      year: "Year",
      method: "Average method",
      trim: "Highest and lowest totals dropped (k)",
      rounding: "Decimals shown",
      award: (n) => `Award ${n}`,
      voteThreshold: "Share of agreeing votes needed",
    },
    method: (method, k) =>
      method === "trimmed"
        ? `Mean without the ${k} highest and ${k} lowest totals (when enough remain); self scores excluded`
        : "Mean of the cross scores; self scores excluded",
    award: (quota, minAverage, requiresRegistration) =>
      [`quota ${quota}`, minAverage === null ? null : `minimum average ${minAverage}`, requiresRegistration ? "registration required" : "no registration required"]
        .filter((p) => p !== null)
        .join(", "),
    quotaPercent: (percent) => `${percent} of the ranked units`,
    voteThreshold: (percent, rule) => (rule === "at-least" ? `at least ${percent} of the votes` : `more than ${percent} of the votes`),
    voteResult: { passed: "Passed", failed: "Not passed" },
    titles: {
      block: (name, year) => (name || year !== null ? [name ? `Emulation block: ${name}` : null, year !== null ? String(year) : null].filter(Boolean).join(" — ") : null),
      settings: "SCORING AND AWARD SETTINGS",
      units: (n) => `UNITS — ${n}`,
      criteria: (leaves, base) => `CRITERIA — ${leaves} scored criteria, base ${base}`,
      scores: (n, sheets, excluded) => `SCORES READ FROM THE SCORESHEETS — ${n} scores, ${sheets} sheets (${excluded} left out for errors or duplicates)`,
      scoresHowTo:
        "A blank criterion id is a sheet's total (totals layout). Text in the Value column: the source cell is not a number. To correct a score, correct the source sheet and import again.",
      issues: (errors, warnings) => `SCORESHEET CHECKS — ${errors} errors, ${warnings} warnings`,
      issuesHowTo: "A sheet with an error is left out of the averages until it is fixed. Click the Cell column to go to that score in the Scores sheet.",
      summary: "CROSS-SCORE AVERAGES AND RANKING",
      summaryMethod: (method) => `Method: ${method}.`,
      agreement: (w, scorers, units) =>
        w === null
          ? "Agreement between scorers (Kendall's W): not computable (it needs at least 2 scorers who scored at least 3 units in common)."
          : `Agreement between scorers (Kendall's W, 0 = none, 1 = the same order): ${w} — ${scorers} scorers, ${units} units.`,
      blockMean: (mean) => `Block mean of all cross totals: ${mean ?? "—"}. Each scorer's leniency against it: the table under the ranking.`,
      scorersCaption: "SCORERS' LENIENCY (above 0: more lenient than the block; below 0: more severe)",
      nominations: "NOMINATIONS",
      nominationsTie: (units, award) => `${units} tie at the last place of the quota for ${award}: the block decides by vote.`,
      nominationsVotes: "The vote columns stay blank until the votes are recorded.",
      nominationsOutvoted: (units, award) => `${units}: tied at the last place of the quota for ${award} but with fewer votes for, so not passed.`,
    },
    chartTitle: "Cross-score average",
    scoreValidation: {
      promptTitle: "Score read from a scoresheet",
      prompt: "This score is a copy of the source cell (see File, Sheet, Cell). To change it, correct the source sheet and import again: this sheet is rewritten on every run.",
      errorTitle: "A score is a number",
      error: "A score cell should hold a number. Keep this value anyway?",
    },
  },
};
