/**
 * A tiny block by hand, as grids: a criteria table, a roster, one scoresheet
 * per scorer. For the tests of the import (core) and of the pane's session,
 * which must agree on what a block is.
 */
import { makeGrid, type Grid } from "../../src/core/model/grid";
import type { ImportOutcome, WorkbookInput } from "../../src/core/import/import-block";

/** A criteria table with two criteria under one heading, their maxima given. */
export function criteriaTable(file: string, maxima: [number, number] = [10, 10], total = false): Grid {
  return makeGrid(file, "Tiêu chí", [
    ["BẢNG TIÊU CHÍ CHẤM ĐIỂM"],
    ["TT", "Nội dung tiêu chí", "Điểm chuẩn"],
    ["I", "Công tác chuyên môn", maxima[0] + maxima[1]],
    [1, "Hoàn thành kế hoạch", maxima[0]],
    [2, "Báo cáo đúng hạn", maxima[1]],
    ...(total ? [["Tổng cộng", null, maxima[0] + maxima[1]]] : []),
  ]);
}

export const roster = makeGrid("danh-sach.xlsx", "Đơn vị", [
  ["STT", "Tên đơn vị", "Tên viết tắt"],
  [1, "Hội Luật gia tỉnh", "Luật gia"],
  [2, "Hội Nhà báo tỉnh", "Nhà báo"],
]);

export function scoresheet(file: string, scorer: string, ratee: string, scores: [number | string, number | string]): Grid {
  return makeGrid(file, ratee, [
    [`Đơn vị chấm: ${scorer}`],
    [`Đơn vị được chấm: ${ratee}`],
    ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm"],
    ["I", "Công tác chuyên môn", 20, null],
    [1, "Hoàn thành kế hoạch", 10, scores[0]],
    [2, "Báo cáo đúng hạn", 10, scores[1]],
  ]);
}

export const luatGia: WorkbookInput = { file: "luat-gia.xlsx", grids: [scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [9, 8])] };
export const nhaBao: WorkbookInput = { file: "nha-bao.xlsx", grids: [scoresheet("nha-bao.xlsx", "Nhà báo", "Luật gia", [10, 7])] };
export const rosterFile: WorkbookInput = { file: "danh-sach.xlsx", grids: [roster] };

/** What an import made of the block, to compare two imports: each sheet's pair, total and exclusion, and each issue's place. */
export function importSummary(outcome: ImportOutcome) {
  return outcome.ok
    ? {
        sheets: outcome.result.sheets.map((s) => [s.scoresheet.scorer, s.scoresheet.ratee, s.total, s.excluded]),
        issues: outcome.result.issues.map((i) => [i.code, i.file, i.sheet, i.cell]),
      }
    : outcome.reason;
}
