import type { CellValue } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import { findCriteriaHeader } from "../../../../src/core/read/criteria/criteria-header";

const TITLE: CellValue[][] = [
  ["UBND TỈNH YÊN BÁI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["KHỐI CÁC HỘI ĐẶC THÙ", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2026"],
];

function grid(rows: CellValue[][], merges: { top: number; left: number; bottom: number; right: number }[] = []) {
  return makeGrid("khoi.xlsx", "Tiêu chí", rows, { merges });
}

describe("findCriteriaHeader", () => {
  test("two-row merged header: Điểm over Tối đa | Tự chấm | Khối chấm", () => {
    const rows: CellValue[][] = [
      ...TITLE,
      [],
      ["TT", "Nội dung tiêu chí", "Điểm", null, null, "Ghi chú"],
      [null, null, "Tối đa", "Tự chấm", "Khối chấm", null],
      ["I", "CÔNG TÁC CHỈ ĐẠO", 30, null, null, null],
    ];
    const merges = [
      { top: 3, left: 0, bottom: 3, right: 5 },
      { top: 5, left: 0, bottom: 6, right: 0 },
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 5, left: 2, bottom: 5, right: 4 },
      { top: 5, left: 5, bottom: 6, right: 5 },
    ];
    expect(findCriteriaHeader(grid(rows, merges))).toEqual({
      headerRow: 5,
      lastHeaderRow: 6,
      firstDataRow: 7,
      numberColumn: 0,
      textColumn: 1,
      maxColumn: 2,
      otherColumns: [
        { column: 3, label: { top: "Điểm", sub: "Tự chấm", text: "Tự chấm" } },
        { column: 4, label: { top: "Điểm", sub: "Khối chấm", text: "Khối chấm" } },
        { column: 5, label: { top: "Ghi chú", text: "Ghi chú" } },
      ],
    });
  });

  test("two-row header without merges: a blank top cell takes the label on its left", () => {
    const rows: CellValue[][] = [
      ["STT", "Nội dung", "Điểm", null, null],
      [null, null, "Tự chấm", "Tối đa", "Khối chấm"],
      ["1", "Kế hoạch", null, 10, null],
    ];
    const header = findCriteriaHeader(grid(rows));
    expect(header).toMatchObject({ headerRow: 0, lastHeaderRow: 1, textColumn: 1, maxColumn: 3, numberColumn: 0 });
    expect(header?.otherColumns).toEqual([
      { column: 2, label: { top: "Điểm", sub: "Tự chấm", text: "Tự chấm" } },
      { column: 4, label: { top: "Điểm", sub: "Khối chấm", text: "Khối chấm" } },
    ]);
  });

  test("one-row header: text, max, score columns; the first data row is not a sub-header", () => {
    const rows: CellValue[][] = [
      ...TITLE,
      ["STT", "Nội dung chấm điểm", "Điểm chuẩn", "Điểm tự chấm", "Điểm khối chấm", "Ghi chú"],
      ["I", "Công tác chỉ đạo", 30, null, null, null],
    ];
    expect(findCriteriaHeader(grid(rows))).toEqual({
      headerRow: 4,
      lastHeaderRow: 4,
      firstDataRow: 5,
      numberColumn: 0,
      textColumn: 1,
      maxColumn: 2,
      otherColumns: [
        { column: 3, label: { top: "Điểm tự chấm", text: "Điểm tự chấm" } },
        { column: 4, label: { top: "Điểm khối chấm", text: "Điểm khối chấm" } },
        { column: 5, label: { top: "Ghi chú", text: "Ghi chú" } },
      ],
    });
  });

  test("two-row header with the max in the top row: Điểm chuẩn beside a merged Điểm chấm over Tự chấm | Khối chấm", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung", "Điểm chuẩn", "Điểm chấm", null],
      [null, null, null, "Tự chấm", "Khối chấm"],
      ["I", "Công tác chỉ đạo", 30, null, null],
    ];
    const header = findCriteriaHeader(grid(rows, [{ top: 0, left: 3, bottom: 0, right: 4 }]));
    expect(header).toMatchObject({ headerRow: 0, lastHeaderRow: 1, firstDataRow: 2, maxColumn: 2 });
    expect(header?.otherColumns.map((c) => c.label)).toEqual([
      { top: "Điểm chấm", sub: "Tự chấm", text: "Tự chấm" },
      { top: "Điểm chấm", sub: "Khối chấm", text: "Khối chấm" },
    ]);
  });

  test("a section heading merged across the first data row is no sub-header", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm chấm"],
      ["I. CÔNG TÁC CHỈ ĐẠO", null, null, null],
    ];
    const header = findCriteriaHeader(grid(rows, [{ top: 1, left: 0, bottom: 1, right: 3 }]));
    expect(header).toMatchObject({ headerRow: 0, lastHeaderRow: 0, firstDataRow: 1 });
  });

  test("a text column merged over two cells for width is one column: its right half is no other column", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung tiêu chí", null, "Điểm chuẩn", "CTĐ", "Nhà báo"],
      ["I", "CÔNG TÁC CHỈ ĐẠO", null, 30, 28, 27],
    ];
    const merges = [
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ];
    const header = findCriteriaHeader(grid(rows, merges));
    expect(header?.textColumn).toBe(1);
    expect(header?.otherColumns.map((c) => c.label.text)).toEqual(["CTĐ", "Nhà báo"]);
  });

  test("the same under a two-row header: the text merged over two cells and two rows", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung tiêu chí", null, "Điểm", null, null],
      [null, null, null, "Tối đa", "Tự chấm", "Khối chấm"],
      ["I", "CÔNG TÁC CHỈ ĐẠO", null, 30, null, null],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
    ];
    expect(findCriteriaHeader(grid(rows, merges))?.otherColumns.map((c) => c.label.text)).toEqual(["Tự chấm", "Khối chấm"]);
  });

  test("every text label synonym", () => {
    for (const label of ["Nội dung", "Tiêu chí", "Nội dung tiêu chí", "Nội dung chấm điểm", "Nội dung đánh giá"]) {
      expect(findCriteriaHeader(grid([["TT", label, "Điểm chuẩn"]]))?.textColumn).toBe(1);
    }
  });

  test("every max label synonym", () => {
    for (const label of ["Điểm chuẩn", "Điểm tối đa", "Thang điểm", "Điểm quy định", "Số điểm tối đa"]) {
      expect(findCriteriaHeader(grid([["TT", "Nội dung", "Ghi chú", label]]))?.maxColumn).toBe(3);
    }
  });

  test("labels ignore case, diacritics, spacing and trailing colons", () => {
    const header = findCriteriaHeader(grid([["SO TT:", "  NOI   DUNG TIEU CHI: ", "DIEM TOI DA:", "DIEM TU CHAM"]]));
    expect(header).toMatchObject({ numberColumn: 0, textColumn: 1, maxColumn: 2 });
    const upper = findCriteriaHeader(grid([["STT", "NỘI DUNG", "ĐIỂM", null], [null, null, "TỐI ĐA", "TỰ CHẤM"]]));
    expect(upper).toMatchObject({ textColumn: 1, maxColumn: 2, lastHeaderRow: 1 });
  });

  test("a parenthesised remark is ignored: Điểm chuẩn (điểm)", () => {
    expect(findCriteriaHeader(grid([["TT", "Nội dung", "Điểm chuẩn (điểm)"]]))?.maxColumn).toBe(2);
  });

  test("labels match whole strings, not substrings: a title is no header", () => {
    const rows: CellValue[][] = [
      ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA", "Thang điểm tối đa áp dụng"],
      ["TT", "Nội dung các tiêu chí thi đua năm 2026", "Điểm chuẩn"],
    ];
    expect(findCriteriaHeader(grid(rows))).toBeNull();
  });

  test("Điểm alone is not a max column", () => {
    expect(findCriteriaHeader(grid([["TT", "Nội dung", "Điểm"], ["1", "Kế hoạch", 10]]))).toBeNull();
    expect(findCriteriaHeader(grid([["TT", "Nội dung", "Điểm", null], [null, null, "Tự chấm", "Khối chấm"]]))).toBeNull();
  });

  test("the header is found within the first 20 rows: on row 18, yes; on row 21, no", () => {
    const pad = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? [`Dòng ${i}`] : []));
    const at18 = grid([...pad(17), ["STT", "Nội dung", "Điểm tối đa"], ["1", "Kế hoạch", 10]]);
    expect(findCriteriaHeader(at18)?.headerRow).toBe(17);
    const at20 = grid([...pad(19), ["STT", "Nội dung", "Điểm tối đa"], ["1", "Kế hoạch", 10]]);
    expect(findCriteriaHeader(at20)?.headerRow).toBe(19);
    const at21 = grid([...pad(20), ["STT", "Nội dung", "Điểm tối đa"], ["1", "Kế hoạch", 10]]);
    expect(findCriteriaHeader(at21)).toBeNull();
  });

  test("numbering column: the labelled one (TT, STT, Số TT, Mã), else the column left of the text", () => {
    for (const label of ["TT", "STT", "Số TT", "Mã"]) {
      expect(findCriteriaHeader(grid([[label, "Ghi chú", "Nội dung", "Điểm chuẩn"]]))?.numberColumn).toBe(0);
    }
    expect(findCriteriaHeader(grid([["Ghi chú", null, "Nội dung", "Điểm chuẩn"]]))?.numberColumn).toBe(1);
    expect(findCriteriaHeader(grid([["Nội dung", "Điểm chuẩn"]]))?.numberColumn).toBeNull();
  });

  test("allowed-values column: Giá trị cho phép, Mức điểm, Thang đánh giá", () => {
    for (const label of ["Giá trị cho phép", "Mức điểm", "Thang đánh giá"]) {
      const header = findCriteriaHeader(grid([["TT", "Nội dung", "Điểm chuẩn", label, "Ghi chú"]]));
      expect(header?.allowedColumn).toBe(3);
      expect(header?.otherColumns.map((c) => c.column)).toEqual([4]);
    }
    expect(findCriteriaHeader(grid([["TT", "Nội dung", "Điểm chuẩn"]]))).not.toHaveProperty("allowedColumn");
  });

  test("the text label may stand in the sub row under a merged Điểm", () => {
    const rows: CellValue[][] = [
      [null, null, "Điểm", null],
      ["TT", "Nội dung", "Tối đa", "Tự chấm"],
      ["1", "Kế hoạch", 10, null],
    ];
    expect(findCriteriaHeader(grid(rows, [{ top: 0, left: 2, bottom: 0, right: 3 }]))).toMatchObject({
      headerRow: 0,
      lastHeaderRow: 1,
      textColumn: 1,
      maxColumn: 2,
      numberColumn: 0,
    });
  });

  test("a row of column numbers under the header is skipped: firstDataRow", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung", "Điểm chuẩn", "Tự chấm"],
      ["(1)", "(2)", "(3)", "(4)"],
      ["I", "Công tác", 30, null],
    ];
    expect(findCriteriaHeader(grid(rows))).toMatchObject({ lastHeaderRow: 0, firstDataRow: 2 });
    const numbers = grid([["TT", "Nội dung", "Điểm chuẩn"], ["A", "B", 1], ["I", "Công tác", 30]]);
    expect(findCriteriaHeader(numbers)?.firstDataRow).toBe(2);
    const data = grid([["TT", "Nội dung", "Điểm chuẩn"], [1, "Công tác", 30]]);
    expect(findCriteriaHeader(data)?.firstDataRow).toBe(1);
  });

  test("no header: null", () => {
    expect(findCriteriaHeader(grid([["Tên đơn vị", "Viết tắt"], ["Hội Luật gia tỉnh", "HLG"]]))).toBeNull();
    expect(findCriteriaHeader(grid([]))).toBeNull();
  });
});
