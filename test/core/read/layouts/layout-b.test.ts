import { columnLetters } from "../../../../src/core/model/address";
import type { CellValue } from "../../../../src/core/model/grid";
import { layoutA } from "../../../../src/core/read/layouts/layout-a";
import { layoutB } from "../../../../src/core/read/layouts/layout-b";
import type { RawScoresheet } from "../../../../src/core/read/layouts/layout";
import { blank, blockContext, body, LEAVES, num, SCORES, sheet, SIGNATURE, SUBTOTALS, TABLE, TITLE } from "./helpers";

const RATEES = [
  "Hội Luật gia tỉnh",
  "CTĐ",
  "Hội Nông dân",
  "LHPN",
  "Hội Cựu chiến binh tỉnh",
  "Hội VHNT",
  "Liên hiệp các Hội KH&KT",
  "Hội Người mù",
  "Hội Đông y",
  "Hội Nạn nhân chất độc da cam/dioxin",
];

function readB(rows: CellValue[][], options: Parameters<typeof sheet>[1] = {}): RawScoresheet[] {
  const result = layoutB.read(sheet(rows, options), blockContext("Hội Nhà báo"));
  if (!result) throw new Error("not layout B");
  return result;
}

/** Ratee k's score of a leaf: SCORES minus k/10, so every column differs. */
const scoreOf = (k: number, id: string): CellValue => {
  const s = SCORES[id];
  if (s !== undefined) return Math.round((s - k / 10) * 100) / 100;
  const sub = SUBTOTALS[id];
  return sub === undefined ? null : sub;
};

describe("layout B: a matrix", () => {
  // Rows: 0-2 title, 3 scorer, 4 blank, 5 header, 6… body (I at 6, total at 20).
  // Columns: A TT | B Nội dung | C Điểm chuẩn | D Tự chấm | E…N ten ratees | O Ghi chú
  function matrix(): CellValue[][] {
    return [
      ...TITLE,
      ["Đơn vị chấm:", null, "Hội Nhà báo tỉnh"],
      [],
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Tự chấm", ...RATEES, "Ghi chú"],
      ...body((id) => [scoreOf(0, id), ...RATEES.map((_, k) => scoreOf(k + 1, id)), id === "I.2.a" ? "nộp muộn" : null]),
      ...SIGNATURE,
    ];
  }

  test("one cross sheet per ratee column and the self sheet, in column order", () => {
    const result = readB(matrix());
    expect(result).toHaveLength(11);
    expect(result.map((r) => [r.column, r.kind, r.ratee?.text ?? null])).toEqual([
      ["D", "self", null],
      ...RATEES.map((name, k) => [columnLetters(4 + k), "cross", name]),
    ]);
    for (const r of result) {
      expect(r.layout).toBe("B");
      expect(r.scorer).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "C4" });
      expect(r.absentLeaves).toEqual([]);
      expect(r.unknownRows).toEqual([]);
      expect(r.scores.map((s) => s.criterionId)).toEqual(LEAVES);
    }
  });

  test("each ratee's name comes with its header cell; each column's scores are its own", () => {
    const result = readB(matrix());
    const luatGia = result[1]!;
    expect(luatGia.ratee).toEqual({ text: "Hội Luật gia tỉnh", from: "column", cell: "E6" });
    expect(luatGia.scores[0]).toEqual({ criterionId: "I.1.1", cell: "E9", value: num(4.9) });
    const daCam = result[10]!;
    expect(daCam.ratee).toEqual({ text: "Hội Nạn nhân chất độc da cam/dioxin", from: "column", cell: "N6" });
    expect(daCam.scores[7]).toEqual({ criterionId: "IV.1", cell: "N20", value: num(1) });
    expect(daCam.printedSubtotals.at(-1)).toEqual({ criterionId: null, cell: "N21", value: 91 });
    expect(result[0]!.scores[0]).toEqual({ criterionId: "I.1.1", cell: "D9", value: num(5) });
  });

  test("printed maxima are the sheet's, shared by every column", () => {
    const result = readB(matrix());
    expect(result[3]!.printedMaxima).toEqual([
      ...TABLE.map((r, i) => ({ criterionId: r.id, cell: `C${7 + i}`, value: r.max })),
      { criterionId: null, cell: "C21", value: 100 },
    ]);
  });

  test("layout A leaves it alone", () => {
    expect(layoutA.read(sheet(matrix()), blockContext())).toBeNull();
  });

  test("a blank Tự chấm column gives no self sheet; a blank ratee column is still a sheet, all blank", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Tự chấm", "CTĐ", "Luật gia"],
      ...body((id) => [null, scoreOf(1, id), null]),
    ];
    const result = readB(rows);
    expect(result.map((r) => r.ratee?.text)).toEqual(["CTĐ", "Luật gia"]);
    expect(result[1]!.scores.every((s) => s.value.kind === "blank")).toBe(true);
  });

  test("a hidden ratee column is read; hidden Ghi chú and unlabelled columns are not", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "CTĐ", null, "Luật gia", "Ghi chú", "Nhà báo"],
      ...body((id) => [scoreOf(1, id), 1, scoreOf(2, id), 1, scoreOf(3, id)]),
    ];
    const result = readB(rows, { hiddenColumns: [4, 5, 6] });
    expect(result.map((r) => [r.column, r.ratee?.text])).toEqual([
      ["D", "CTĐ"],
      ["F", "Luật gia"],
      ["H", "Nhà báo"],
    ]);
  });

  test("a hidden Kết quả 2025 column in a matrix names no ratee", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Kết quả 2025", "CTĐ", "Luật gia"],
      ...body((id) => [scoreOf(5, id), scoreOf(1, id), scoreOf(2, id)]),
    ];
    expect(readB(rows, { hiddenColumns: [3] }).map((r) => r.ratee?.text)).toEqual(["CTĐ", "Luật gia"]);
  });

  test("a two-row header: the names under a merged Điểm chấm các đơn vị, the max under Điểm", () => {
    // Rows: 0 header, 1 sub-header, 2… body (I.1.1 at 4).
    const rows: CellValue[][] = [
      ["TT", "Nội dung tiêu chí", "Điểm", null, "Điểm chấm các đơn vị", null, null, null, "Ghi chú"],
      [null, null, "Tối đa", "Tự chấm", "CTĐ", "Luật gia", "Nhà báo", null],
      ...body((id) => [scoreOf(0, id), scoreOf(1, id), scoreOf(2, id), scoreOf(3, id), null, null]),
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 0, right: 7 },
      { top: 0, left: 8, bottom: 1, right: 8 },
    ];
    const result = readB(rows, { merges });
    expect(result.map((r) => [r.column, r.kind, r.ratee])).toEqual([
      ["D", "self", null],
      ["E", "cross", { text: "CTĐ", from: "column", cell: "E2" }],
      ["F", "cross", { text: "Luật gia", from: "column", cell: "F2" }],
      ["G", "cross", { text: "Nhà báo", from: "column", cell: "G2" }],
    ]);
    expect(result[1]!.scores[0]).toEqual({ criterionId: "I.1.1", cell: "E5", value: num(4.9) });
    expect(result[1]!.printedMaxima[0]).toEqual({ criterionId: "I", cell: "C3", value: 30 });
  });

  test("a cross-labelled column in a matrix names no ratee and is not read", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Khối chấm", "CTĐ", "Luật gia"],
      ...body((id) => [null, scoreOf(1, id), scoreOf(2, id)]),
    ];
    expect(readB(rows).map((r) => r.ratee?.text)).toEqual(["CTĐ", "Luật gia"]);
  });

  test("bonus and deduction leaves left blank stay blank", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "CTĐ"],
      ...body((id) => [id === "III.1" || id === "IV.1" ? null : scoreOf(1, id)]),
    ];
    const scores = readB(rows)[0]!.scores;
    expect(scores.slice(-2)).toEqual([
      { criterionId: "III.1", cell: "D13", value: blank },
      { criterionId: "IV.1", cell: "D15", value: blank },
    ]);
  });
});

describe("layout B: not this layout", () => {
  test("a per-ratee sheet", () => {
    const rows = [["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm", "Ghi chú"], ...body((id) => [scoreOf(1, id), null])];
    expect(layoutB.read(sheet(rows), blockContext())).toBeNull();
  });

  test("the criteria table alone", () => {
    expect(layoutB.read(sheet([["TT", "Nội dung tiêu chí", "Điểm chuẩn"], ...body()]), blockContext())).toBeNull();
  });
});

describe("sheets of neither layout", () => {
  const cases: [string, CellValue[][]][] = [
    [
      "prose",
      [
        ["BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2026"],
        [],
        ["Năm 2026, Hội Luật gia tỉnh đã triển khai các nội dung thi đua…"],
        ["1. Công tác chỉ đạo: 30 điểm"],
      ],
    ],
    [
      "a roster",
      [
        ["DANH SÁCH ĐƠN VỊ"],
        ["STT", "Tên đơn vị", "Tên viết tắt", "Đăng ký thi đua", "Vai trò"],
        [1, "Hội Luật gia tỉnh", "Luật gia", "Cờ CP", "Trưởng khối"],
        [2, "Hội Chữ thập đỏ tỉnh", "CTĐ", "Bằng khen", null],
      ],
    ],
    [
      "a layout-C totals table",
      [
        ["BẢNG TỔNG HỢP ĐIỂM CHẤM CHÉO"],
        ["TT", "Đơn vị được chấm", "Luật gia", "CTĐ", "Nhà báo", "Tự chấm", "Trung bình", "Xếp hạng"],
        [1, "Hội Luật gia tỉnh", null, 92, 90, 95, 91, 1],
        [2, "Hội Chữ thập đỏ tỉnh", 88, null, 87, 93, 87.5, 2],
        [3, "Hội Nhà báo tỉnh", 85, 86, null, 90, 85.5, 3],
      ],
    ],
    ["an empty sheet", []],
  ];
  test.each(cases)("%s", (_, rows) => {
    expect(layoutA.read(sheet(rows), blockContext())).toBeNull();
    expect(layoutB.read(sheet(rows), blockContext())).toBeNull();
  });
});
