import type { CellValue } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import { buildCriterionIndex } from "../../../../src/core/read/criteria/criterion-index";
import { readCriteriaTable } from "../../../../src/core/read/criteria/criteria-table";
import type { SheetContext } from "../../../../src/core/read/layouts/layout";
import { columnHasNumber, readScoreColumn, readSheetTable } from "../../../../src/core/read/layouts/table-rows";
import { blockContext, body, LEAVES, num, SCORES, sheet, SUBTOTALS } from "./helpers";
import { ReadCache } from "../../../../src/core/read/read-cache";

function contextOf(rows: CellValue[][]): SheetContext {
  const read = readCriteriaTable(makeGrid("tieu-chi.xlsx", "Tiêu chí", rows));
  if (!read) throw new Error("no table");
  const index = buildCriterionIndex(read.table);
  return { table: read.table, criteriaById: index.byId, criteriaByText: index.byText, scorerFromFileName: "", cache: new ReadCache() };
}

function tableOf(rows: CellValue[][], context: SheetContext = blockContext()) {
  const table = readSheetTable(sheet(rows), context);
  if (!table) throw new Error("no table");
  return table;
}

const HEADER = ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm"];

describe("readSheetTable", () => {
  test("null without a criteria header", () => {
    expect(readSheetTable(sheet([["Danh sách"], ["STT", "Tên đơn vị"]]), blockContext())).toBeNull();
  });

  test("rows mapped once per sheet: the same Grid and context give the same object", () => {
    const g = sheet([HEADER, ...body()]);
    const context = blockContext();
    expect(readSheetTable(g, context)).toBe(readSheetTable(g, context));
  });

  test("leaves, parents and the total row, in sheet order", () => {
    const table = tableOf([HEADER, ...body()]);
    expect(table.leaves.map((l) => [l.row, l.criterion.id])).toEqual([
      [3, "I.1.1"],
      [4, "I.1.2"],
      [6, "I.2.a"],
      [7, "I.2.b"],
      [9, "II.1"],
      [10, "II.2"],
      [12, "III.1"],
      [14, "IV.1"],
    ]);
    expect(table.printedRows).toEqual([
      { row: 1, criterionId: "I" },
      { row: 2, criterionId: "I.1" },
      { row: 5, criterionId: "I.2" },
      { row: 8, criterionId: "II" },
      { row: 11, criterionId: "III" },
      { row: 13, criterionId: "IV" },
      { row: 15, criterionId: null },
    ]);
    expect(table.absentLeaves).toEqual([]);
  });

  test("section subtotal rows: Cộng mục II names its section, a plain Cộng sums the section above", () => {
    const rows = [HEADER, ...body((id) => [SCORES[id] ?? null])];
    rows.splice(8, 0, [null, "Cộng", null, 26]); // after I.2.b, before II
    rows.splice(12, 0, [null, "Cộng mục II", null, 64]); // after II.2
    const table = tableOf(rows);
    expect(table.printedRows.filter((p) => p.row === 8 || p.row === 12)).toEqual([
      { row: 8, criterionId: "I" },
      { row: 12, criterionId: "II" },
    ]);
    const column = readScoreColumn(sheet(rows), table, 3, new ReadCache());
    expect(column.printedSubtotals).toEqual([
      { criterionId: "I", cell: "D9", value: 26 },
      { criterionId: "II", cell: "D13", value: 64 },
    ]);
    expect(column.unknownRows).toEqual([]);
  });

  test("a total printed above the bonus and deduction sections is not the sheet's total", () => {
    const rows: CellValue[][] = [HEADER, ...body((id) => [SCORES[id] ?? SUBTOTALS[id] ?? null]).slice(0, 10)];
    rows.push([null, "Tổng cộng (I + II)", 100, 90]);
    rows.push(["III", "ĐIỂM THƯỞNG", 5, 3], [1, "Có mô hình, cách làm mới", 5, 3]);
    rows.push(["IV", "ĐIỂM TRỪ", -5, 2], [1, "Chậm gửi báo cáo", -5, 2]);
    const table = tableOf(rows);
    expect(table.printedRows.some((p) => p.criterionId === null)).toBe(false);
    expect(table.printedMaxima.some((p) => p.criterionId === null)).toBe(false);
    expect(table.leaves.map((l) => l.criterion.id)).toEqual(LEAVES);
    expect(readScoreColumn(sheet(rows), table, 3, new ReadCache()).unknownRows).toEqual([]);

    rows.push([null, "Tổng điểm (I + II + III - IV)", 105, 91]);
    const withTotal = tableOf(rows);
    expect(withTotal.printedRows.filter((p) => p.criterionId === null)).toEqual([{ row: 16, criterionId: null }]);
    expect(withTotal.printedMaxima.at(-1)).toEqual({ criterionId: null, cell: "C17", value: 105 });
  });

  test("a Cộng row and then a Tổng cộng row under the table: the Tổng cộng is the total", () => {
    const rows = [HEADER, ...body((id) => [SCORES[id] ?? null]).slice(0, 15), [null, "Cộng", null, 91], [], [null, "Tổng cộng", 100, 91]];
    const table = tableOf(rows);
    expect(table.printedRows.filter((p) => p.row >= 16)).toEqual([{ row: 18, criterionId: null }]);
  });

  test("rows without numbering: bulleted rows with a max map by their generated ids", () => {
    const official: CellValue[][] = [
      ["TT", "Nội dung", "Điểm tối đa"],
      ["I", "Công tác thi đua", 20],
      [1, "Phong trào", 20],
      ["-", "Tham gia các phong trào", 10],
      ["-", "Ủng hộ các quỹ", 10],
    ];
    const context = contextOf(official);
    const rows = [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm chấm"],
      ["I", "Công tác thi đua", 20],
      [1, "Phong trào", 20],
      ["+", "Tham gia phong trào thi đua", 10, 9], // reworded: by id I.1.(1)
      ["+", "Ủng hộ các quỹ", 10, 8],
    ];
    const table = tableOf(rows, context);
    expect(table.leaves.map((l) => [l.row, l.criterion.id])).toEqual([
      [3, "I.1.(1)"],
      [4, "I.1.(2)"],
    ]);
  });

  test("the same text under two parents: each row takes the one after the criterion above it", () => {
    const official: CellValue[][] = [
      ["TT", "Nội dung", "Điểm chuẩn"],
      ["I", "Công tác văn phòng", 20],
      [1, "Báo cáo năm", 10],
      [2, "Lưu trữ", 10],
      ["II", "Công tác chuyên môn", 20],
      [1, "Báo cáo năm", 10],
      [2, "Hội nghị", 10],
    ];
    const context = contextOf(official);
    // The sheet numbers its criteria without sections, 1 to 4.
    const rows = [
      ["TT", "Nội dung", "Điểm chuẩn", "Điểm chấm"],
      ["A", "Công tác văn phòng", 20],
      [1, "Báo cáo năm", 10, 9],
      [2, "Lưu trữ", 10, 8],
      ["B", "Công tác chuyên môn", 20],
      [3, "Báo cáo năm", 10, 7],
      [4, "Hội nghị", 10, 6],
    ];
    const table = tableOf(rows, context);
    expect(table.leaves.map((l) => [l.row, l.criterion.id])).toEqual([
      [2, "I.1"],
      [3, "I.2"],
      [5, "II.1"],
      [6, "II.2"],
    ]);
  });

  test("unmatched rows keep their numbering and text as printed", () => {
    const rows = [HEADER, ...body()];
    rows.splice(3, 0, ["1.0", "Nội dung thêm  ", 2, "Đạt"]);
    rows.splice(1, 0, [null, "PHẦN CHẤM ĐIỂM"]);
    const table = tableOf(rows);
    expect(table.unmatched.map((u) => u.label)).toEqual(["PHẦN CHẤM ĐIỂM", "1.0 Nội dung thêm"]);
    expect(readScoreColumn(sheet(rows), table, 3, new ReadCache()).unknownRows).toEqual([
      { label: "1.0 Nội dung thêm", cell: "D5", value: { kind: "text", text: "Đạt" } },
    ]);
  });
});

describe("columnHasNumber", () => {
  test("subtotal and total formulas' cached zeros do not count; a leaf's number, typed or as text, does", () => {
    const zeros = (id: string): CellValue[] => [SCORES[id] === undefined ? 0 : null];
    const rows = [HEADER, ...body(zeros)];
    const table = tableOf(rows);
    expect(columnHasNumber(sheet(rows), table, 3)).toBe(false);
    rows[10] = [2, "Hoạt động nhân đạo", 40, " 36,5"];
    expect(columnHasNumber(sheet(rows), table, 3)).toBe(true);
    expect(readScoreColumn(sheet(rows), table, 3, new ReadCache()).scores.find((s) => s.criterionId === "II.2")?.value).toEqual(num(36.5));
  });
});
