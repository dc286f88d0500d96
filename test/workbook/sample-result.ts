/**
 * A small ranked block, built by hand, for the output sheets' tests: four
 * units (three with names that look like formulas), a criteria table with a
 * bonus section and a graded criterion, layout-A sheets, one layout-C total,
 * a sheet left out for a text score, and issues with and without a cell.
 */
import { DEFAULT_SETTINGS } from "../../src/core/model/defaults";
import type { Criterion, CriteriaTable } from "../../src/core/model/criteria";
import type { Issue } from "../../src/core/model/issue";
import type { LayoutId, ScoreEntry, Scoresheet } from "../../src/core/model/scoresheet";
import type { Unit } from "../../src/core/model/unit";
import { proposeAwards } from "../../src/core/nominate/propose-awards";
import { rankBlock } from "../../src/core/rank/rank-block";
import type { ResultInput, ResultSheetInput } from "../../src/workbook/result-sheets";
import type { DocumentInput } from "../../src/core/documents/values";
import type { MeetingDetails } from "../../src/core/documents/meeting";

export const LUAT_GIA = "Hội Luật gia tỉnh";
export const FORMULA_UNIT = '=HYPERLINK("http://x","Hội Nhà báo")';
export const PLUS_UNIT = "+84 Hội Cựu chiến binh";
export const MINUS_UNIT = "-Hội Chữ thập đỏ";

export const units: Unit[] = [
  { name: LUAT_GIA, aliases: ["Luật gia", "HLG"], registration: "Cờ CP", role: "leader" },
  { name: FORMULA_UNIT, aliases: [], registration: "Cờ tỉnh", role: "deputy" },
  { name: PLUS_UNIT, aliases: ["@x"], registration: "Bằng khen" },
  { name: MINUS_UNIT, aliases: [] },
];

const src = { file: "bang-tieu-chi.xlsx", sheet: "Tiêu chí" };
const criterion = (c: Partial<Criterion> & Pick<Criterion, "id" | "level" | "text">): Criterion => ({
  parentId: null,
  number: c.id,
  maxPoints: null,
  kind: "normal",
  allowedValues: null,
  isLeaf: true,
  source: src,
  ...c,
});

export const criteria: CriteriaTable = {
  base: 20,
  source: src,
  criteria: [
    criterion({ id: "I", level: "section", text: "Công tác chuyên môn", maxPoints: 20, isLeaf: false }),
    criterion({ id: "I.1", level: "criterion", parentId: "I", text: "=SUM(1,2) hoàn thành kế hoạch", maxPoints: 10 }),
    criterion({ id: "I.2", level: "criterion", parentId: "I", text: "Báo cáo đúng hạn", maxPoints: 10, allowedValues: [10, 7.5, 0] }),
    criterion({ id: "II", level: "section", text: "Điểm thưởng", maxPoints: 5, kind: "bonus", isLeaf: false }),
    criterion({ id: "II.1", level: "criterion", parentId: "II", text: "Sáng kiến", maxPoints: 5, kind: "bonus" }),
  ],
};

function sheet(
  scorer: string,
  ratee: string,
  file: string,
  sheetName: string,
  scores: readonly [criterionId: string | null, value: number | string | null, cell: string][],
  options: { excluded?: boolean; layout?: LayoutId } = {},
): ResultSheetInput {
  const kind = scorer === ratee ? "self" : "cross";
  const entries: ScoreEntry[] = scores.map(([criterionId, value, cell]) => ({
    scorer,
    ratee,
    criterionId,
    value: typeof value === "number" ? value : null,
    raw: value === null ? "" : String(value),
    kind,
    source: { file, sheet: sheetName, cell },
  }));
  const scoresheet: Scoresheet = { scorer, ratee, kind, layout: options.layout ?? "A", source: { file, sheet: sheetName }, entries };
  const total = entries.reduce((sum, e) => sum + (e.value ?? 0), 0);
  return { scoresheet, excluded: options.excluded ?? false, total: options.excluded ? null : total };
}

const a = (scorer: string, ratee: string, file: string, sheetName: string, v: [number, number, number]) =>
  sheet(scorer, ratee, file, sheetName, [
    ["I.1", v[0], "E8"],
    ["I.2", v[1], "E9"],
    ["II.1", v[2], "E11"],
  ]);

export const sheets: ResultSheetInput[] = [
  a(LUAT_GIA, FORMULA_UNIT, "luat-gia.xlsx", "Nhà báo", [9, 10, 1]),
  a(LUAT_GIA, PLUS_UNIT, "luat-gia.xlsx", "Cựu chiến binh", [8, 7.5, 0]),
  a(LUAT_GIA, MINUS_UNIT, "luat-gia.xlsx", "Chữ thập đỏ", [7, 7.5, 0]),
  a(LUAT_GIA, LUAT_GIA, "luat-gia.xlsx", "Tự chấm", [10, 10, 2]),
  a(FORMULA_UNIT, LUAT_GIA, "nha-bao.xlsx", "Luật gia", [9.5, 10, 2]),
  a(FORMULA_UNIT, PLUS_UNIT, "nha-bao.xlsx", "CCB", [8.25, 10, 0]),
  a(FORMULA_UNIT, MINUS_UNIT, "nha-bao.xlsx", "CTĐ", [6, 7.5, 0]),
  // A layout-C totals sheet: the criterion id is null.
  sheet(PLUS_UNIT, LUAT_GIA, "tong-hop.xlsx", "Tổng hợp", [[null, 20.5, "C5"]], { layout: "C" }),
  sheet(PLUS_UNIT, FORMULA_UNIT, "tong-hop.xlsx", "Tổng hợp", [[null, 18, "C6"]], { layout: "C" }),
  // Left out: a text score.
  sheet(MINUS_UNIT, LUAT_GIA, "chu-thap-do.xlsx", "Luật gia", [
    ["I.1", "Đạt", "D8"],
    ["I.2", 10, "D9"],
    ["II.1", null, "D11"],
  ], { excluded: true }),
];

export const issues: Issue[] = [
  {
    severity: "error",
    code: "SCORE_NOT_NUMBER",
    file: "chu-thap-do.xlsx",
    sheet: "Luật gia",
    cell: "D8",
    scorer: MINUS_UNIT,
    ratee: LUAT_GIA,
    criterion: "I.1",
    params: { raw: "Đạt" },
  },
  {
    severity: "warning",
    code: "MAX_MISMATCH",
    file: "nha-bao.xlsx",
    sheet: "CCB",
    cell: "C8",
    scorer: FORMULA_UNIT,
    ratee: PLUS_UNIT,
    criterion: "I.1",
    params: { printed: 15, max: 10 },
  },
  { severity: "warning", code: "SCORESHEET_MISSING", scorer: MINUS_UNIT, ratee: PLUS_UNIT, params: {} },
];

export const settings = { ...DEFAULT_SETTINGS, blockName: "Khối các Hội đặc thù", year: 2025 };

export function sampleInput(overrides: Partial<ResultInput> = {}): ResultInput {
  const ranking = rankBlock(units, sheets, settings);
  const proposals = proposeAwards(ranking, units, settings.awards);
  return {
    settings,
    units,
    criteria,
    sheets,
    issues: [...issues, ...proposals.issues],
    ranking,
    nominations: proposals.nominations,
    ...overrides,
  };
}

/** The averages by hand: the cross totals each unit received from valid sheets. */
export const EXPECTED_AVERAGES: Record<string, number> = {
  [LUAT_GIA]: (21.5 + 20.5) / 2,
  [FORMULA_UNIT]: (20 + 18) / 2,
  [PLUS_UNIT]: (15.5 + 18.25) / 2,
  [MINUS_UNIT]: (14.5 + 13.5) / 2,
};

/** The sample's ranking and proposals with a meeting: what the documents are filled from (SPEC §7). */
export function sampleDocumentInput(meeting: MeetingDetails): DocumentInput {
  const result = sampleInput();
  return { settings: result.settings, units, ranking: result.ranking as NonNullable<ResultInput["ranking"]>, nominations: result.nominations, meeting };
}
