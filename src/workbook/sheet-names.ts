import type { Lang } from "../core/i18n/lang";
import type { ResultTable, TableName } from "./ports/sink";

/**
 * SPEC §6's sheet names, a contract: the CLI, the task pane and other tools
 * find our sheets by them (and by their tables' names).
 */
export const SHEET_NAMES: Readonly<Record<Lang, Readonly<Record<ResultTable, string>>>> = {
  vi: {
    tdSettings: "Cài đặt",
    tdUnits: "Đơn vị",
    tdCriteria: "Tiêu chí",
    tdScores: "Điểm chấm",
    tdIssues: "Kiểm tra",
    tdSummary: "Tổng hợp",
    tdNominations: "Đề nghị",
  },
  en: {
    tdSettings: "Settings",
    tdUnits: "Units",
    tdCriteria: "Criteria",
    tdScores: "Scores",
    tdIssues: "Checks",
    tdSummary: "Summary",
    tdNominations: "Nominations",
  },
};

/** The vote's sheets (SPEC §6): the tally `tdVotes` and the printable ballot. */
export const VOTE_SHEET_NAMES: Readonly<Record<Lang, { readonly tdVotes: string; readonly ballot: string }>> = {
  vi: { tdVotes: "Kết quả bỏ phiếu", ballot: "Phiếu bầu" },
  en: { tdVotes: "Votes", ballot: "Ballot" },
};

/** The sheet that holds `table` (`tdScorers` sits on the summary's sheet). */
export function sheetName(table: TableName, lang: Lang): string {
  if (table === "tdVotes") return VOTE_SHEET_NAMES[lang].tdVotes;
  return SHEET_NAMES[lang][table === "tdScorers" ? "tdSummary" : table];
}
