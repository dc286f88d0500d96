import { criteriaMaxMismatchIssues } from "../../../src/core/check/criteria-max-mismatch";
import { makeGrid } from "../../../src/core/model/grid";
import { readCriteriaTable } from "../../../src/core/read/criteria/criteria-table";
import { buildTable, expectIssue, TABLE_FILE, TABLE_SHEET } from "./helpers";

describe("CRITERIA_MAX_MISMATCH", () => {
  test("a parent whose max is not the sum of its children's: at the parent's max cell, in the table's file", () => {
    const table = buildTable([
      { id: "I", max: 25 },
      { id: "I.1", max: 10 },
      { id: "I.2", max: 10 },
      { id: "I.2.1", max: 5 },
      { id: "I.2.2", max: 6 },
      { id: "I.3", max: 4 },
    ]);
    const maxCells = new Map(table.criteria.map((c, i) => [c.id, `C${i + 9}`]));
    const issues = criteriaMaxMismatchIssues({ table, maxCells, total: null });
    expect(issues).toHaveLength(2);
    expectIssue(issues[0], {
      severity: "warning",
      code: "CRITERIA_MAX_MISMATCH",
      file: TABLE_FILE,
      sheet: TABLE_SHEET,
      cell: "C9",
      criterion: "I",
      params: { printed: 25, sum: 24 },
    });
    expectIssue(issues[1], {
      severity: "warning",
      code: "CRITERIA_MAX_MISMATCH",
      file: TABLE_FILE,
      sheet: TABLE_SHEET,
      cell: "C11",
      criterion: "I.2",
      params: { printed: 10, sum: 11 },
    });
  });

  test("a consistent table: none; bonus and deduction caps are no mismatch", () => {
    const table = buildTable([
      { id: "I", max: 10 },
      { id: "I.1", max: 10 },
      { id: "IV", max: 5, kind: "bonus" },
      { id: "IV.1", max: 3 },
      { id: "IV.2", max: 4 },
    ]);
    expect(criteriaMaxMismatchIssues({ table, maxCells: new Map(), total: null })).toEqual([]);
  });

  test("read from a sheet, with a printed total that is not the sum of the sections", () => {
    const grid = makeGrid("tieu-chi-2026.xlsx", "Bảng tiêu chí", [
      ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2026"],
      [],
      ["TT", "Nội dung tiêu chí", "Điểm tối đa"],
      ["I", "CÔNG TÁC CHỈ ĐẠO", 30],
      [1, "Xây dựng kế hoạch", 10],
      [2, "Báo cáo", 15],
      ["II", "CHUYÊN MÔN", 70],
      [1, "Phát triển hội viên", 70],
      [null, "Tổng cộng", 105],
    ]);
    const read = readCriteriaTable(grid);
    expect(read).not.toBeNull();
    const issues = criteriaMaxMismatchIssues(read!);
    expect(issues).toHaveLength(2);
    expectIssue(issues[0], {
      severity: "warning",
      code: "CRITERIA_MAX_MISMATCH",
      file: "tieu-chi-2026.xlsx",
      sheet: "Bảng tiêu chí",
      cell: "C4",
      criterion: "I",
      params: { printed: 30, sum: 25 },
    });
    // The total is no criterion: the message names it, the issue has none.
    expectIssue(issues[1], {
      severity: "warning",
      code: "CRITERIA_MAX_MISMATCH",
      file: "tieu-chi-2026.xlsx",
      sheet: "Bảng tiêu chí",
      cell: "C9",
      params: { printed: 105, sum: 100, criterion: "Tổng cộng" },
    });
  });
});
