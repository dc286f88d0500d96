import type { CellValue } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import { findLabelledName, findRatee, findScorer, rateeFromSheetName } from "../../../../src/core/read/units/scorer-ratee";
import { RATEE_LABELS, SCORER_LABELS } from "../../../../src/core/read/units/unit-name";
import { blockContext } from "../layouts/helpers";

const grid = (rows: CellValue[][], sheet = "Sheet1") => makeGrid("f.xlsx", sheet, rows);
const scorer = (rows: CellValue[][], before = rows.length) => findLabelledName(grid(rows), SCORER_LABELS, before);
const ratee = (rows: CellValue[][], before = rows.length) => findLabelledName(grid(rows), RATEE_LABELS, before);

describe("findLabelledName", () => {
  test("the name after the colon, in the label's cell", () => {
    const rows = [["PHIẾU CHẤM ĐIỂM"], [null, "Đơn vị chấm: Hội Nhà báo tỉnh"], [null, "Đơn vị được chấm: Hội Luật gia tỉnh"]];
    expect(scorer(rows)).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "B2" });
    expect(ratee(rows)).toEqual({ text: "Hội Luật gia tỉnh", from: "cell", cell: "B3" });
  });

  test.each(["Đơn vị chấm", "Đơn vị chấm điểm", "Đơn vị", "ĐƠN VỊ CHẤM", "Don vi cham diem"])("the scorer label %s", (label) => {
    expect(scorer([[`${label}: Hội Nhà báo tỉnh`]])?.text).toBe("Hội Nhà báo tỉnh");
  });

  test.each(["Đơn vị được chấm", "Tên đơn vị được chấm", "Đơn vị được đánh giá", "DON VI DUOC CHAM"])(
    "the ratee label %s",
    (label) => {
      expect(ratee([[`${label}: Hội Luật gia tỉnh`]])?.text).toBe("Hội Luật gia tỉnh");
    },
  );

  test("a label names only its own role: Đơn vị được chấm is no scorer label", () => {
    expect(scorer([["Đơn vị được chấm: Hội Luật gia tỉnh"]])).toBeNull();
    expect(ratee([["Đơn vị chấm: Hội Nhà báo tỉnh"]])).toBeNull();
  });

  test("the label alone: the name is the next non-empty cell to the right", () => {
    expect(ratee([["Đơn vị được chấm:", null, null, " Hội Luật gia tỉnh "]])).toEqual({
      text: "Hội Luật gia tỉnh",
      from: "cell",
      cell: "D1",
    });
    expect(ratee([["Đơn vị được chấm", "Hội Luật gia tỉnh"]])?.cell).toBe("B1");
  });

  test("a blank form's dots are no name; the search goes on", () => {
    const rows = [["Đơn vị chấm: ………………"], ["Đơn vị chấm:", "............"], ["Đơn vị chấm:", "Hội Nhà báo tỉnh"]];
    expect(scorer(rows)).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "B3" });
  });

  test("the next cell to the right may not be another label", () => {
    expect(scorer([["Đơn vị chấm:", null, "Đơn vị được chấm: Hội Luật gia tỉnh"]])).toBeNull();
    expect(ratee([["Đơn vị chấm:", null, "Đơn vị được chấm: Hội Luật gia tỉnh"]])?.text).toBe("Hội Luật gia tỉnh");
  });

  test("one cell holding both labels, on two lines or set apart on one", () => {
    for (const text of ["Đơn vị chấm: Hội Nhà báo tỉnh\nĐơn vị được chấm: CTĐ", "Đơn vị chấm: Hội Nhà báo tỉnh\tĐơn vị được chấm: CTĐ", "Đơn vị chấm: Hội Nhà báo tỉnh      Đơn vị được chấm: CTĐ"]) {
      expect(scorer([[text]])).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "A1" });
      expect(ratee([[text]])).toEqual({ text: "CTĐ", from: "cell", cell: "A1" });
    }
  });

  test("the name on the line under its label in the same cell", () => {
    expect(scorer([["Đơn vị chấm:\nHội Nhà báo tỉnh"]])).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "A1" });
  });

  test("only rows above the header are searched", () => {
    const rows = [["TT", "Nội dung"], ["Đơn vị chấm: Hội Nhà báo tỉnh"]];
    expect(scorer(rows, 0)).toBeNull();
    expect(scorer(rows, 2)?.text).toBe("Hội Nhà báo tỉnh");
  });

  test("Đơn vị: điểm is a unit of measure, not a name", () => {
    expect(scorer([["Đơn vị: điểm"], ["Đơn vị: Hội Nhà báo tỉnh"]])?.text).toBe("Hội Nhà báo tỉnh");
  });

  test("a title that merely contains the words is no label", () => {
    expect(scorer([["PHIẾU CHẤM ĐIỂM CỦA ĐƠN VỊ CHẤM"], ["Kèm theo: Đơn vị chấm: X"]])).toBeNull();
  });
});

describe("findScorer, findRatee", () => {
  test("fall back on the file's and the sheet's names", () => {
    const g = grid([["PHIẾU CHẤM"], ["TT", "Nội dung"]], "Hội Luật gia");
    expect(findScorer(g, 1, blockContext("Hội Nhà báo"))).toEqual({ text: "Hội Nhà báo", from: "file-name" });
    expect(findRatee(g, 1)).toEqual({ text: "Hội Luật gia", from: "sheet-name" });
  });
});

describe("rateeFromSheetName", () => {
  test.each([
    ["Luật gia", "Luật gia"],
    ["03 - CTĐ", "CTĐ"],
    ["Chấm Hội Nông dân 2026", "Hội Nông dân"],
    ["Tự chấm", "Tự chấm"],
    ["Sheet1", "Sheet1"],
  ])("%s → %s", (sheet, name) => {
    expect(rateeFromSheetName(sheet)).toEqual({ text: name, from: "sheet-name" });
  });
});
