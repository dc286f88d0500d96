import type { CellRange, CellValue } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import { criteriaMaxMismatches, criteriaTotalMismatch } from "../../../../src/core/check/criteria-max-mismatch";
import { buildCriterionIndex, findCriteriaByText } from "../../../../src/core/read/criteria/criterion-index";
import { parseAllowedValues } from "../../../../src/core/read/criteria/allowed-values";
import { readCriteriaTable } from "../../../../src/core/read/criteria/criteria-table";
import type { CriteriaTableRead } from "../../../../src/core/read/criteria/criteria-table";

// Columns: A TT | B Nội dung tiêu chí | C Điểm: Tối đa | D Tự chấm | E Khối chấm | F Mức điểm | G Ghi chú
const HEADER_ROW = 6;
function standardRows(): CellValue[][] {
  return [
    ["UBND TỈNH YÊN BÁI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["KHỐI CÁC HỘI ĐẶC THÙ", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2026"],
    ["(Kèm theo Kế hoạch số 12/KH-KTĐ ngày 15/01/2026)"],
    [],
    ["TT", "Nội dung tiêu chí", "Điểm", null, null, "Mức điểm", "Ghi chú"], // row 7 (index 6)
    [null, null, "Tối đa", "Tự chấm", "Khối chấm", null, null],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 30], // index 8
    [1, "Xây dựng  kế hoạch\nthi đua", 10],
    [1.1, " Ban hành kế hoạch năm ", 5],
    [1.2, "Tổ chức triển khai", 5],
    [2, "Chế độ thông tin, báo cáo", 20],
    ["a)", "Báo cáo 6 tháng", 10],
    ["b)", "Báo cáo năm", 10],
    ["II", "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", 50], // index 15
    [1, "Phát triển hội viên", 25],
    ["(Tính theo số liệu đến 30/11)"], // a note inside the table
    [2, "Hoạt động nhân đạo", 25],
    ["2.1", "Vận động nguồn lực", 15],
    ["a", "Tiền mặt", 10],
    ["b", "Hiện vật", 5],
    ["2.2", "Cứu trợ khẩn cấp", 10],
    ["III", "CÔNG TÁC KHÁC", 20], // index 23
    [1, "Xếp loại tổ chức hội", 4, null, null, "Tốt 4 / Khá 3 / TB 2 / Yếu 0"],
    [2, "Công tác thi đua, khen thưởng", 16],
    ["-", "Tham gia các phong trào", 8],
    ["+", "Ủng hộ các quỹ", 8],
    [], // a single blank row inside the table
    ["IV", "ĐIỂM THƯỞNG", 5], // index 29
    [1, "Có mô hình, cách làm mới", 3],
    [2, "Được khen thưởng cấp trên", 2],
    ["V", "ĐIỂM TRỪ", -5], // index 32
    [1, "Chậm gửi báo cáo", -2],
    [2, "Vi phạm kỷ luật", "−3"],
    [null, "Tổng cộng", 100], // index 35
    [],
    [null, null, null, "Yên Bái, ngày … tháng … năm 2026"],
    ["NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
    [],
    [],
    ["Nguyễn Văn A", null, 99],
  ];
}
const STANDARD_MERGES: CellRange[] = [
  { top: 3, left: 0, bottom: 3, right: 6 },
  { top: 6, left: 0, bottom: 7, right: 0 },
  { top: 6, left: 1, bottom: 7, right: 1 },
  { top: 6, left: 2, bottom: 6, right: 4 },
  { top: 6, left: 5, bottom: 7, right: 5 },
  { top: 6, left: 6, bottom: 7, right: 6 },
];

const STANDARD_IDS = [
  "I", "I.1", "I.1.1", "I.1.2", "I.2", "I.2.a", "I.2.b",
  "II", "II.1", "II.2", "II.2.1", "II.2.1.a", "II.2.1.b", "II.2.2",
  "III", "III.1", "III.2", "III.2.(1)", "III.2.(2)",
  "IV", "IV.1", "IV.2",
  "V", "V.1", "V.2",
];

function read(rows: CellValue[][], merges: CellRange[] = []): CriteriaTableRead {
  const result = readCriteriaTable(makeGrid("bang-tieu-chi.xlsx", "Tiêu chí", rows, { merges }));
  if (!result) throw new Error("no table");
  return result;
}

const standard = () => read(standardRows(), STANDARD_MERGES);
const byId = (r: CriteriaTableRead, id: string) => {
  const c = r.table.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

/** The same table as officers type it without diacritics, in capitals. */
function asciiUpper(rows: CellValue[][]): CellValue[][] {
  return rows.map((row) =>
    row.map((v) =>
      typeof v === "string"
        ? v.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toUpperCase()
        : v,
    ),
  );
}

describe("readCriteriaTable: a realistic table", () => {
  test("hierarchy and ids are paths from the numbering", () => {
    const r = standard();
    expect(r.table.criteria.map((c) => c.id)).toEqual(STANDARD_IDS);
    expect(byId(r, "I")).toMatchObject({ level: "section", parentId: null, number: "I" });
    expect(byId(r, "I.1")).toMatchObject({ level: "criterion", parentId: "I", number: "1" });
    expect(byId(r, "I.1.2")).toMatchObject({ level: "subcriterion", parentId: "I.1", number: "1.2" });
    expect(byId(r, "I.2.a")).toMatchObject({ level: "item", parentId: "I.2", number: "a)" });
    expect(byId(r, "II.2.1")).toMatchObject({ level: "subcriterion", parentId: "II.2" });
    expect(byId(r, "II.2.1.a")).toMatchObject({ level: "item", parentId: "II.2.1", number: "a" });
    expect(byId(r, "II.2.2")).toMatchObject({ level: "subcriterion", parentId: "II.2" });
  });

  test("isLeaf: rows without children", () => {
    const r = standard();
    const leaves = r.table.criteria.filter((c) => c.isLeaf).map((c) => c.id);
    expect(leaves).toEqual([
      "I.1.1", "I.1.2", "I.2.a", "I.2.b", "II.1", "II.2.1.a", "II.2.1.b", "II.2.2",
      "III.1", "III.2.(1)", "III.2.(2)", "IV.1", "IV.2", "V.1", "V.2",
    ]);
  });

  test("maxima are read, deductions as magnitudes (-5 and −3 → 5 and 3)", () => {
    const r = standard();
    expect(byId(r, "I").maxPoints).toBe(30);
    expect(byId(r, "I.1.1").maxPoints).toBe(5);
    expect(byId(r, "V").maxPoints).toBe(5);
    expect(byId(r, "V.1").maxPoints).toBe(2);
    expect(byId(r, "V.2").maxPoints).toBe(3);
  });

  test("bonus and deduction sections by their text; children inherit the kind", () => {
    const r = standard();
    const kinds = Object.fromEntries(r.table.criteria.map((c) => [c.id, c.kind]));
    expect(kinds).toMatchObject({ I: "normal", "I.2.a": "normal", III: "normal", IV: "bonus", "IV.1": "bonus", V: "deduction", "V.2": "deduction" });
  });

  test("base: the printed Tổng cộng", () => {
    const r = standard();
    expect(r.table.base).toBe(100);
    expect(r.total).toEqual({ row: 35, cell: "C36", printed: 100 });
    expect(criteriaTotalMismatch(r)).toBeNull();
  });

  test("the table ends at the total row: the signature block below is not read", () => {
    const r = standard();
    expect(Math.max(...r.rows.values())).toBe(34);
    expect(r.table.criteria.some((c) => /Nguyễn|LẬP BIỂU/i.test(c.text))).toBe(false);
  });

  test("a row without numbering but with a max continues below the last numbered row: III.2.(1), III.2.(2)", () => {
    const r = standard();
    expect(byId(r, "III.2.(1)")).toMatchObject({ level: "subcriterion", parentId: "III.2", number: "", text: "Tham gia các phong trào", maxPoints: 8 });
    expect(byId(r, "III.2.(2)")).toMatchObject({ parentId: "III.2", text: "Ủng hộ các quỹ" });
    expect(byId(r, "III.2").isLeaf).toBe(false);
  });

  test("headings and notes inside the table are skipped and reading goes on", () => {
    const r = standard();
    expect(r.table.criteria.some((c) => c.text.startsWith("(Tính theo"))).toBe(false);
    expect(byId(r, "II.2").text).toBe("Hoạt động nhân đạo");
  });

  test("a single blank row inside the table is skipped", () => {
    expect(standard().rows.get("IV")).toBe(29);
  });

  test("allowed values: the numbers of the allowed column", () => {
    const r = standard();
    expect(byId(r, "III.1").allowedValues).toEqual([4, 3, 2, 0]);
    expect(byId(r, "III.2").allowedValues).toBeNull();
  });

  test("levels in the criterion's text or a Các mức column are its allowed values only when the largest is its max (SPEC §2.2)", () => {
    const r = read([
      ["STT", "Nội dung", "Điểm chuẩn", "Các mức"],
      ["I", "Công tác báo cáo", 14],
      [1, "Chấp hành chế độ báo cáo (Tốt 4 / Khá 3 / TB 2 / Yếu 0)", 4],
      [2, "Báo cáo đúng hạn: Tốt: 4 điểm; Khá: 3 điểm; Yếu: 0 điểm", 5],
      [3, "Tham gia hội nghị", 3, "Mức 1: 3 điểm; Mức 2: 1 điểm; Mức 3: 0 điểm"],
      [4, "Ủng hộ quỹ", 2, "Tốt 4 / Khá 3"],
    ]);
    expect(byId(r, "I.1").allowedValues).toEqual([4, 3, 2, 0]);
    // Levels up to 4 under a max of 5: some other numbers, not taken.
    expect(byId(r, "I.2").allowedValues).toBeNull();
    expect(byId(r, "I.3").allowedValues).toEqual([3, 1, 0]);
    expect(byId(r, "I.4").allowedValues).toBeNull();
    expect(r.header.allowedColumn).toBe(3);
  });

  test("source: the text cell; text trimmed and whitespace-collapsed", () => {
    const r = standard();
    expect(byId(r, "I.1").source).toEqual({ file: "bang-tieu-chi.xlsx", sheet: "Tiêu chí", cell: "B10" });
    expect(byId(r, "I.1").text).toBe("Xây dựng kế hoạch thi đua");
    expect(byId(r, "I.1.1").text).toBe("Ban hành kế hoạch năm");
    expect(r.table.source).toEqual({ file: "bang-tieu-chi.xlsx", sheet: "Tiêu chí" });
  });

  test("rows and maxCells give each criterion's row and max cell", () => {
    const r = standard();
    expect(r.rows.get("I")).toBe(8);
    expect(r.rows.get("II.2.1.a")).toBe(20);
    expect(r.maxCells.get("I.2")).toBe("C13");
    expect(r.header).toMatchObject({ headerRow: HEADER_ROW, lastHeaderRow: HEADER_ROW + 1, allowedColumn: 5 });
  });

  test("no mismatch in a consistent table", () => {
    expect(criteriaMaxMismatches(standard())).toEqual([]);
  });

  test("the same table without diacritics and in upper case reads the same", () => {
    const plain = standard();
    const upper = read(asciiUpper(standardRows()), STANDARD_MERGES);
    expect(upper.table.criteria.map((c) => [c.id, c.level, c.parentId, c.maxPoints, c.kind, c.isLeaf])).toEqual(
      plain.table.criteria.map((c) => [c.id, c.level, c.parentId, c.maxPoints, c.kind, c.isLeaf]),
    );
    expect(upper.table.base).toBe(100);
  });

  test("numbering as text (1., 2), 1.1.) reads like numbering as numbers", () => {
    const rows = standardRows().map((row) => {
      const [n, ...rest] = row;
      if (typeof n === "number") return [Number.isInteger(n) ? `${n}.` : `${n}.`, ...rest];
      if (n === "a)") return ["a.", ...rest];
      if (n === "2.1") return ["2.1)", ...rest];
      return row;
    });
    expect(read(rows, STANDARD_MERGES).table.criteria.map((c) => c.id)).toEqual(STANDARD_IDS);
    expect(byId(read(rows, STANDARD_MERGES), "I.1").number).toBe("1.");
  });
});

describe("readCriteriaTable: rules one by one", () => {
  const head: CellValue[][] = [["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm"]];

  test("no header: null", () => {
    expect(readCriteriaTable(makeGrid("x.xlsx", "S", [["Tên đơn vị"], ["Hội Luật gia"]]))).toBeNull();
  });

  test("no sections: ids start at the criterion (2, 2.1, 2.1.a)", () => {
    const r = read([
      ...head,
      [1, "Kế hoạch", 10],
      [2, "Báo cáo", 20],
      ["2.1", "Báo cáo quý", 20],
      ["a)", "Quý I", 10],
      ["b)", "Quý II", 10],
    ]);
    expect(r.table.criteria.map((c) => [c.id, c.parentId])).toEqual([
      ["1", null],
      ["2", null],
      ["2.1", "2"],
      ["2.1.a", "2.1"],
      ["2.1.b", "2.1"],
    ]);
  });

  test("base without a printed total: the sum of the normal sections' maxima", () => {
    const r = read([...head, ["I", "A", 40], [1, "x", 40], ["II", "B", 60], [1, "y", 60], ["III", "Điểm thưởng", 10], [1, "z", 10]]);
    expect(r.table.base).toBe(100);
    expect(r.total).toBeNull();
  });

  test("base without sections: the sum of the top-level normal criteria; a section without max counts its children", () => {
    expect(read([...head, [1, "x", 30], [2, "y", 70], [3, "Điểm cộng", 5]]).table.base).toBe(100);
    expect(read([...head, ["I", "A", null], [1, "x", 30], [2, "y", 20]]).table.base).toBe(50);
  });

  test("bonus: điểm thưởng or điểm cộng; deduction: điểm trừ; words in order in the normalised text", () => {
    const r = read([
      ...head,
      ["I", "Nội dung chính", 100],
      [1, "x", 100],
      ["II", "Các tiêu chí điểm cộng (tối đa 5 điểm)", 5],
      [1, "y", 5],
      ["III", "Điểm thưởng", 5],
      ["IV", "CÁC TRƯỜNG HỢP BỊ ĐIỂM TRỪ", 10],
      [1, "z", 10],
      ["V", "Điểm công tác phối hợp", 10],
      ["VI", "DIEM THUONG – TOI DA 5 DIEM", 5],
    ]);
    expect(r.table.criteria.map((c) => c.kind)).toEqual([
      "normal", "normal", "bonus", "bonus", "bonus", "deduction", "deduction", "normal", "bonus",
    ]);
  });

  test("a section saying both (Điểm thưởng, điểm trừ) stays normal; its criteria take their own kinds and it is left out of the base", () => {
    const r = read([
      ...head,
      ["I", "Nội dung chính", 100],
      [1, "x", 100],
      ["II", "ĐIỂM THƯỞNG, ĐIỂM TRỪ", 10],
      [1, "Điểm thưởng", 5],
      ["a", "Sáng kiến", 5],
      [2, "Điểm trừ", 5],
    ]);
    expect(r.table.criteria.map((c) => [c.id, c.kind])).toEqual([
      ["I", "normal"],
      ["I.1", "normal"],
      ["II", "normal"],
      ["II.1", "bonus"],
      ["II.1.a", "bonus"],
      ["II.2", "deduction"],
    ]);
    expect(r.table.base).toBe(100);
  });

  test("deduction maxima written as 5 or −5 are both 5", () => {
    const r = read([...head, ["I", "Điểm trừ", "-5"], [1, "a", 5], [2, "b", -5], [3, "c", "−5"]]);
    expect(r.table.criteria.map((c) => c.maxPoints)).toEqual([5, 5, 5, 5]);
  });

  test("table end: Tổng điểm / Tổng số điểm in the numbering cell", () => {
    for (const label of ["Tổng điểm", "TỔNG SỐ ĐIỂM", "Tổng cộng (I+II)"]) {
      const r = read([...head, [1, "x", 60], [2, "y", 40], [label, null, 100], [3, "after", 5]]);
      expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
      expect(r.table.base).toBe(100);
      expect(r.total?.row).toBe(3);
    }
  });

  test("table end: a Tổng cộng above bonus and deduction sections does not end it, and is the base", () => {
    const r = read([
      ...head,
      ["I", "A", 60],
      ["II", "B", 40],
      [null, "Tổng cộng", 100],
      ["III", "Điểm thưởng", 5],
      ["IV", "Điểm trừ", 5],
      [null, "Tổng điểm (gồm thưởng, trừ)", 105],
    ]);
    expect(r.table.criteria.map((c) => [c.id, c.kind])).toEqual([["I", "normal"], ["II", "normal"], ["III", "bonus"], ["IV", "deduction"]]);
    expect(r.table.base).toBe(100);
    expect(r.total?.row).toBe(3);
  });

  test("a total in the numbering cell merged across the text cell", () => {
    const r = read([...head, [1, "x", 60], [2, "y", 40], ["TỔNG CỘNG", null, 100, 95], [3, "after", 5]], [
      { top: 3, left: 0, bottom: 3, right: 1 },
    ]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
    expect(r.total).toEqual({ row: 3, cell: "C4", printed: 100 });
  });

  test("hidden rows are read like the others", () => {
    const rows = [...head, [1, "x", 10], [2, "y", 10]];
    const r = readCriteriaTable(makeGrid("f.xlsx", "S", rows, { hiddenRows: new Set([2]) }));
    expect(r?.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
  });

  test("subtotal rows (Cộng mục I) are no criteria and do not end the table", () => {
    const r = read([...head, ["I", "A", 30], [1, "x", 30], [null, "Cộng mục I", 30], ["II", "B", 70], [null, "Cộng", 70], [null, "Tổng cộng", 100]]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["I", "I.1", "II"]);
    expect(r.table.base).toBe(100);
  });

  test("table end: a run of two blank rows", () => {
    const r = read([...head, [1, "x", 10], [], [2, "y", 10], [], [], [3, "z", 10]]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
    expect(r.table.base).toBe(20);
  });

  test("blank rows between the header and the body are not the end", () => {
    expect(read([...head, [], [], [1, "x", 10]]).table.criteria.map((c) => c.id)).toEqual(["1"]);
  });

  test("the lower rows of a merged text are not blank rows", () => {
    const r = read([...head, [1, "Một tiêu chí dài", 10], [], [], [2, "y", 10]], [{ top: 1, left: 1, bottom: 3, right: 1 }]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
  });

  test("table end: a signature block or a date line", () => {
    for (const line of [
      "Người lập biểu",
      "THỦ TRƯỞNG ĐƠN VỊ",
      "Xác nhận của Trưởng khối",
      "Yên Bái, ngày 20 tháng 12 năm 2026",
      "Yen Bai, ngay ... thang ... nam 2026",
      "Ngày 20/12/2026",
      "TM. KHỐI THI ĐUA",
    ]) {
      const r = read([...head, [1, "x", 10], [null, null, null, line], [2, "y", 10]]);
      expect(r.table.criteria.map((c) => c.id)).toEqual(["1"]);
    }
  });

  test("a note mentioning a date is no date line", () => {
    for (const note of ["(Báo cáo gửi trước ngày 15 tháng 12 năm 2026 để tổng hợp)", "Số liệu tính đến ngày 30 tháng 11 năm 2026"]) {
      const r = read([...head, [1, "x", 10], [null, note], [2, "y", 10]]);
      expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "2"]);
    }
  });

  test("missing numbering column: the numbering is read from the column left of the text", () => {
    const r = read([["Ghi chú", "", "Nội dung", "Điểm tối đa"], [null, "I", "A", 10], [null, "1", "x", 10]]);
    expect(r.header.numberColumn).toBe(1);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["I", "I.1"]);
  });

  test("numbering inside the text cell, when the numbering cell is blank or merged with the text", () => {
    const r = read(
      [["Nội dung", "Điểm chuẩn"], ["I. CÔNG TÁC CHỈ ĐẠO", 20], ["1. Kế hoạch", 20], ["a) Ban hành", 10], ["b) Triển khai", 10]],
    );
    expect(r.table.criteria.map((c) => [c.id, c.number, c.text])).toEqual([
      ["I", "I.", "CÔNG TÁC CHỈ ĐẠO"],
      ["I.1", "1.", "Kế hoạch"],
      ["I.1.a", "a)", "Ban hành"],
      ["I.1.b", "b)", "Triển khai"],
    ]);
    const merged = read([...head, ["II. CÔNG TÁC KHÁC", null, 10], [1, "x", 10]], [{ top: 1, left: 0, bottom: 1, right: 1 }]);
    expect(merged.table.criteria.map((c) => [c.id, c.text])).toEqual([["II", "CÔNG TÁC KHÁC"], ["II.1", "x"]]);
  });

  test("a row with a max but no numbering under a criterion, an item and a section", () => {
    const r = read([...head, ["I", "S", 30], [null, "under section", 10], [1, "c", 20], ["a", "item", 20], [null, "under item", 20]]);
    expect(r.table.criteria.map((c) => [c.id, c.level, c.parentId])).toEqual([
      ["I", "section", null],
      ["I.(1)", "criterion", "I"],
      ["I.1", "criterion", "I"],
      ["I.1.a", "item", "I.1"],
      ["I.1.a.(1)", "item", "I.1.a"],
    ]);
  });

  test("ids are unique: a repeated numbering gets #2", () => {
    const r = read([...head, [1, "x", 10], ["a", "a", 2], ["b", "b", 2], ["c", "c", 2], ["d", "d", 2], ["d", "dd", 2]]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "1.a", "1.b", "1.c", "1.d", "1.d#2"]);
  });

  test("đ is an item between d and e", () => {
    const r = read([...head, [1, "x", 10], ["d)", "d", 5], ["đ)", "đ", 5]]);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["1", "1.d", "1.đ"]);
  });

  test("lower-case i) after h) is an item; upper-case I after H) too", () => {
    const letters = "abcdefghi".split("");
    const lower = read([...head, [1, "x", 9], ...letters.map((l) => [`${l})`, l, 1])]);
    expect(lower.table.criteria.at(-1)).toMatchObject({ id: "1.i", level: "item", parentId: "1" });
    const upper = read([...head, [1, "x", 9], ...letters.map((l) => [`${l.toUpperCase()})`, l, 1])]);
    expect(upper.table.criteria.at(-1)).toMatchObject({ id: "1.i", level: "item", parentId: "1" });
  });

  test("sub-criterion parents: the nearest dotted prefix (2.3.1 under 2.3), else the criterion, else the section", () => {
    const r = read([...head, ["I", "S", 10], [2, "c", 10], ["2.3", "s", 10], ["2.3.1", "ss", 10], ["I", "dup section", 1]]);
    expect(r.table.criteria.map((c) => [c.id, c.parentId])).toEqual([
      ["I", null],
      ["I.2", "I"],
      ["I.2.3", "I.2"],
      ["I.2.3.1", "I.2.3"],
      ["I#2", null],
    ]);
    const orphan = read([...head, ["I", "S", 10], ["1.1", "s", 10]]);
    expect(orphan.table.criteria.map((c) => [c.id, c.parentId])).toEqual([["I", null], ["I.1.1", "I"]]);
  });

  test("upper-case parts (A. Phần chấm điểm, B. Điểm thưởng) are sections; a part heading Roman sections is dropped", () => {
    const r = read([
      ...head,
      ["A", "PHẦN CHẤM ĐIỂM", 100],
      ["I", "S1", 60],
      [1, "x", 60],
      ["II", "S2", 40],
      ["B", "ĐIỂM THƯỞNG", 5],
      [1, "y", 5],
      ["C", "ĐIỂM TRỪ", 5],
      [1, "z", 5],
    ]);
    expect(r.table.criteria.map((c) => [c.id, c.kind])).toEqual([
      ["I", "normal"],
      ["I.1", "normal"],
      ["II", "normal"],
      ["B", "bonus"],
      ["B.1", "bonus"],
      ["C", "deduction"],
      ["C.1", "deduction"],
    ]);
    expect(r.table.base).toBe(100);
  });

  test("a numbered row with neither text nor max is skipped", () => {
    expect(read([...head, [1, "x", 10], [2, null, null], [3, "z", 5]]).table.criteria.map((c) => c.id)).toEqual(["1", "3"]);
  });

  test("a max typed as text: 9,5 and 10 điểm", () => {
    const r = read([...head, [1, "x", "9,5"], [2, "y", "10 điểm"], [3, "z", "(0,5đ)"]]);
    expect(r.table.criteria.map((c) => c.maxPoints)).toEqual([9.5, 10, 0.5]);
  });

  test("header on row 18", () => {
    const pad: CellValue[][] = Array.from({ length: 17 }, (_, i) => [i === 3 ? "BẢNG TIÊU CHÍ CHẤM ĐIỂM" : null]);
    const r = read([...pad, ["STT", "Nội dung", "Điểm tối đa"], ["I", "S", 10], [1, "x", 10]]);
    expect(r.header.headerRow).toBe(17);
    expect(r.table.criteria.map((c) => c.id)).toEqual(["I", "I.1"]);
    expect(r.rows.get("I.1")).toBe(19);
  });
});

describe("criteriaMaxMismatches", () => {
  test("a parent whose max differs from the sum of its children, with the parent's max cell", () => {
    const rows = standardRows();
    rows[8] = ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 35];
    rows[12] = [2, "Chế độ thông tin, báo cáo", 18];
    const r = read(rows, STANDARD_MERGES);
    expect(criteriaMaxMismatches(r)).toEqual([
      { criterionId: "I", cell: "C9", printed: 35, sumOfChildren: 28 },
      { criterionId: "I.2", cell: "C13", printed: 18, sumOfChildren: 20 },
    ]);
  });

  test("only when both exist; a child without max counts its own children; within 0.001 is equal", () => {
    const r = read([
      ["STT", "Nội dung", "Điểm chuẩn"],
      ["I", "A", 10],
      [1, "no max, children 4+5", null],
      ["1.1", "x", 4],
      ["1.2", "y", 5],
      ["II", "no max", null],
      [1, "z", 3],
      ["III", "rounding", 1],
      [1, "t", 0.3333],
      [2, "u", 0.6667],
      ["IV", "unknown child", 10],
      [1, "graded, no max", null],
    ]);
    expect(criteriaMaxMismatches(r)).toEqual([{ criterionId: "I", cell: "C2", printed: 10, sumOfChildren: 9 }]);
  });

  test("bonus and deduction sections are caps, not sums", () => {
    const r = read([["STT", "Nội dung", "Điểm chuẩn"], ["I", "Điểm thưởng", 5], [1, "x", 3], [2, "y", 3]]);
    expect(criteriaMaxMismatches(r)).toEqual([]);
  });

  test("criteriaTotalMismatch: a printed total against the sum of the sections", () => {
    const r = read([["STT", "Nội dung", "Điểm chuẩn"], ["I", "A", 60], ["II", "B", 30], [null, "Tổng cộng", 100]]);
    expect(r.table.base).toBe(100);
    expect(criteriaTotalMismatch(r)).toEqual({ cell: "C4", printed: 100, sumOfSections: 90 });
  });
});

describe("parseAllowedValues", () => {
  test("the numbers in the cell", () => {
    expect(parseAllowedValues("4; 3; 2; 0")).toEqual([4, 3, 2, 0]);
    expect(parseAllowedValues("Tốt 4 / Khá 3 / TB 2 / Yếu 0")).toEqual([4, 3, 2, 0]);
    expect(parseAllowedValues("1,5; 1; 0,5")).toEqual([1.5, 1, 0.5]);
    expect(parseAllowedValues("4, 3, 2, 0")).toEqual([4, 3, 2, 0]);
    expect(parseAllowedValues("Đạt: 2 - Không đạt: 0")).toEqual([2, 0]);
    expect(parseAllowedValues(5)).toEqual([5]);
    expect(parseAllowedValues("Tốt / Khá")).toBeNull();
    expect(parseAllowedValues(null)).toBeNull();
  });
});

describe("buildCriterionIndex / findCriteriaByText", () => {
  test("finds criteria by normalised text, also without diacritics or with a numbering prefix", () => {
    const index = buildCriterionIndex(standard().table);
    expect(index.byId.get("II.2.1")?.text).toBe("Vận động nguồn lực");
    expect(findCriteriaByText(index, "VAN DONG NGUON LUC").map((c) => c.id)).toEqual(["II.2.1"]);
    expect(findCriteriaByText(index, "a) Báo cáo 6 tháng").map((c) => c.id)).toEqual(["I.2.a"]);
    expect(findCriteriaByText(index, "không có")).toEqual([]);
    expect(index.children.get("I.2")?.map((c) => c.id)).toEqual(["I.2.a", "I.2.b"]);
  });
});

describe("readCriteriaTable: a numbering column gone wrong never overflows the stack", () => {
  test("1, 1.1, 1.1.1 … nested 7 000 deep, maxima only on the deepest row: read, base from the chain", () => {
    const rows: CellValue[][] = [["TT", "Nội dung", "Điểm chuẩn"]];
    let numbering = "1";
    for (let i = 0; i < 7_000; i++) {
      rows.push([numbering, `Tiêu chí ${i}`, i === 6_999 ? 7 : null]);
      numbering += ".1";
    }
    const read = readCriteriaTable(makeGrid("tieu-chi.xlsx", "TC", rows));
    expect(read?.table.criteria).toHaveLength(7_000);
    expect(read?.table.base).toBe(7);
  });
});
