import type { CellRange, CellValue } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import type { RawScoresheet, SheetContext } from "../../../../src/core/read/layouts/layout";
import { layoutC, readTotalsTable } from "../../../../src/core/read/layouts/layout-c";
import { ReadCache } from "../../../../src/core/read/read-cache";

const FILE = "tong-hop-cham-cheo-2026.xlsx";
const SHEET = "Tổng hợp";

const CONTEXT: SheetContext = {
  table: { criteria: [], base: 100, source: { file: "bang-tieu-chi.xlsx" } },
  criteriaById: new Map(),
  criteriaByText: new Map(),
  scorerFromFileName: "tong hop",
  cache: new ReadCache(),
};

const range = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/**
 * The leader's consolidated table: title rows, a two-row header (a merged
 * *Đơn vị chấm điểm* over the scorers), `x` / `-` where a unit meets
 * itself, a blank, numbers typed as text, a total row, a signature block,
 * a hidden *Ghi chú* column.
 */
const LEADER_ROWS: CellValue[][] = [
  ["UBND TỈNH YÊN BÁI", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHÉO NĂM 2026"],
  [],
  ["STT", "Đơn vị được chấm", "Đơn vị chấm điểm", null, null, null, "Tự chấm", "Trung bình", "Xếp hạng", "Ghi chú"],
  [null, null, "CTĐ", "Luật gia", "Nhà báo", "Hội Khuyến học tỉnh", null, null, null, null],
  [1, "Hội Chữ thập đỏ tỉnh", "x", "92,5", 90, 91, 96, 91.1667, 2, null],
  [2, "Hội Luật gia tỉnh", 93, "-", 94, 92, 97, 93, 1, null],
  [3, "Hội Nhà báo tỉnh", 88, null, "X", " 89 ", null, 88.5, 3, "Luật gia chưa gửi phiếu"],
  [4, "Hội Khuyến học tỉnh", 85, 86, 84, "x", 90, 85, 4, null],
  ["Tổng cộng", null, 266, 270.5, 268, 272, 283, null, null, null],
  [],
  [null, null, null, null, null, "Yên Bái, ngày 20 tháng 12 năm 2026"],
  [null, "NGƯỜI LẬP BIỂU", null, null, null, "TRƯỞNG KHỐI"],
  [],
  [null, "Nguyễn Văn A", null, null, null, "Trần Thị B"],
];
const LEADER_MERGES = [
  range(0, 0, 0, 2),
  range(3, 0, 3, 9),
  range(5, 0, 6, 0),
  range(5, 1, 6, 1),
  range(5, 2, 5, 5),
  range(5, 6, 6, 6),
  range(5, 7, 6, 7),
  range(5, 8, 6, 8),
  range(5, 9, 6, 9),
  range(11, 0, 11, 1),
];

const leaderGrid = () =>
  makeGrid(FILE, SHEET, LEADER_ROWS, { merges: LEADER_MERGES, hiddenColumns: new Set([9]) });

/** `scorer → ratee @cell = value` lines, for compact expectations. */
function summary(sheets: readonly RawScoresheet[]): string[] {
  return sheets.map((s) => {
    const v = s.scores[0]!.value;
    const value = v.kind === "number" ? String(v.value) : v.kind === "text" ? `"${v.text}"` : v.kind;
    return `${s.kind} ${s.scorer.text} → ${s.ratee?.text ?? "(self)"} @${s.column} = ${value}`;
  });
}

describe("layout C: the leader's consolidated table", () => {
  const sheets = layoutC.read(leaderGrid(), CONTEXT)!;

  test("one sheet per (unit row, scorer column); Tự chấm as self; Trung bình, Xếp hạng, Ghi chú ignored", () => {
    expect(summary(sheets)).toEqual([
      "cross CTĐ → Hội Chữ thập đỏ tỉnh @C8 = blank",
      "cross Luật gia → Hội Chữ thập đỏ tỉnh @D8 = 92.5",
      "cross Nhà báo → Hội Chữ thập đỏ tỉnh @E8 = 90",
      "cross Hội Khuyến học tỉnh → Hội Chữ thập đỏ tỉnh @F8 = 91",
      "self Hội Chữ thập đỏ tỉnh → (self) @G8 = 96",
      "cross CTĐ → Hội Luật gia tỉnh @C9 = 93",
      "cross Luật gia → Hội Luật gia tỉnh @D9 = blank",
      "cross Nhà báo → Hội Luật gia tỉnh @E9 = 94",
      "cross Hội Khuyến học tỉnh → Hội Luật gia tỉnh @F9 = 92",
      "self Hội Luật gia tỉnh → (self) @G9 = 97",
      "cross CTĐ → Hội Nhà báo tỉnh @C10 = 88",
      "cross Luật gia → Hội Nhà báo tỉnh @D10 = blank",
      "cross Nhà báo → Hội Nhà báo tỉnh @E10 = blank",
      "cross Hội Khuyến học tỉnh → Hội Nhà báo tỉnh @F10 = 89",
      "cross CTĐ → Hội Khuyến học tỉnh @C11 = 85",
      "cross Luật gia → Hội Khuyến học tỉnh @D11 = 86",
      "cross Nhà báo → Hội Khuyến học tỉnh @E11 = 84",
      "self Hội Khuyến học tỉnh → (self) @G11 = 90",
    ]);
  });

  test("a cross sheet: names with their cells, one total, the other lists empty", () => {
    expect(sheets[1]).toEqual({
      layout: "C",
      file: FILE,
      sheet: SHEET,
      scorer: { text: "Luật gia", from: "column", cell: "D7" },
      ratee: { text: "Hội Chữ thập đỏ tỉnh", from: "row", cell: "B8" },
      kind: "cross",
      column: "D8",
      scores: [{ criterionId: null, cell: "D8", value: { kind: "number", value: 92.5 } }],
      absentLeaves: [],
      printedMaxima: [],
      printedSubtotals: [],
      unknownRows: [],
    });
  });

  test("a self sheet: the row's unit scores itself, ratee null", () => {
    expect(sheets[4]).toMatchObject({
      scorer: { text: "Hội Chữ thập đỏ tỉnh", from: "row", cell: "B8" },
      ratee: null,
      kind: "self",
      column: "G8",
      scores: [{ criterionId: null, cell: "G8", value: { kind: "number", value: 96 } }],
    });
  });

  test("x where the header and the row name are the same text is skipped; a blank Tự chấm is no self score", () => {
    const cells = sheets.map((s) => s.column);
    expect(cells).not.toContain("F11");
    expect(cells).not.toContain("G10");
  });

  test("the Tổng cộng row and the signature block are not units", () => {
    const ratees = new Set(sheets.map((s) => s.ratee?.text ?? s.scorer.text));
    expect([...ratees]).toEqual(["Hội Chữ thập đỏ tỉnh", "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "Hội Khuyến học tỉnh"]);
  });

  test("the hidden Ghi chú column is ignored; a hidden scorer column is still read", () => {
    expect(sheets.some((s) => s.column.startsWith("J"))).toBe(false);
    const hiddenScorer = readTotalsTable(
      makeGrid(FILE, SHEET, LEADER_ROWS, { merges: LEADER_MERGES, hiddenColumns: new Set([4, 9]) }),
    )!;
    expect(hiddenScorer.filter((s) => s.scorer.text === "Nhà báo")).toHaveLength(4);
  });

  test("the same table with a centred-across (unmerged) heading reads the same", () => {
    const unmerged = readTotalsTable(makeGrid(FILE, SHEET, LEADER_ROWS));
    expect(summary(unmerged!)).toEqual(summary(sheets));
  });
});

describe("layout C: one-row headers and table ends", () => {
  const grid = (rows: CellValue[][], extra: Parameters<typeof makeGrid>[3] = {}) => makeGrid(FILE, "Sheet1", rows, extra);

  test("Tên đơn vị, full names as headers, a column-number row, a section row; ends at the first blank name", () => {
    const rows: CellValue[][] = [
      ["BẢNG TỔNG HỢP ĐIỂM"],
      ["TT", "Tên đơn vị", "Hội Chữ thập đỏ tỉnh", "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", null, "Điểm trung bình", "Thứ hạng"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", null, "(6)", "(7)"],
      ["I", "Các Hội đặc thù", null, null, null, null, null, null],
      [1, "Hội Chữ thập đỏ tỉnh", "–", "90,25", 91, 5, 90.6, 2],
      [2, "Hội Luật gia tỉnh", 92, 99, { error: "#REF!" }, 7, 92, 1],
      [3, "Hội Nhà báo tỉnh", "không chấm", 88, "/", 9, 88, 3],
      [null, null, 270, 277, 180, null, null, null],
      [4, "Ghi chú ở dưới", 1, 2, 3, null, null, null],
    ];
    const sheets = readTotalsTable(grid(rows, { hiddenColumns: new Set([5]) }))!;
    expect(summary(sheets)).toEqual([
      "cross Hội Luật gia tỉnh → Hội Chữ thập đỏ tỉnh @D5 = 90.25",
      "cross Hội Nhà báo tỉnh → Hội Chữ thập đỏ tỉnh @E5 = 91",
      "cross Hội Chữ thập đỏ tỉnh → Hội Luật gia tỉnh @C6 = 92",
      "cross Hội Luật gia tỉnh → Hội Luật gia tỉnh @D6 = 99",
      "cross Hội Nhà báo tỉnh → Hội Luật gia tỉnh @E6 = error",
      `cross Hội Chữ thập đỏ tỉnh → Hội Nhà báo tỉnh @C7 = "không chấm"`,
      "cross Hội Luật gia tỉnh → Hội Nhà báo tỉnh @D7 = 88",
    ]);
    expect(sheets[0]!.scorer).toEqual({ text: "Hội Luật gia tỉnh", from: "column", cell: "D2" });
  });

  test("plain Đơn vị heads the ratee column; a numbering typed before a name is cut off", () => {
    const rows: CellValue[][] = [
      ["Đơn vị:", "Hội Nhà báo tỉnh"],
      [],
      ["Đơn vị", "CTĐ", "LG", "NB", "Xếp thứ"],
      ["1. Hội Chữ thập đỏ tỉnh", null, 90, 91, 1],
      ["2) Hội Luật gia tỉnh", 89, null, 92, 2],
    ];
    const sheets = readTotalsTable(grid(rows))!;
    expect(summary(sheets)).toEqual([
      "cross CTĐ → Hội Chữ thập đỏ tỉnh @B4 = blank",
      "cross LG → Hội Chữ thập đỏ tỉnh @C4 = 90",
      "cross NB → Hội Chữ thập đỏ tỉnh @D4 = 91",
      "cross CTĐ → Hội Luật gia tỉnh @B5 = 89",
      "cross LG → Hội Luật gia tỉnh @C5 = blank",
      "cross NB → Hội Luật gia tỉnh @D5 = 92",
    ]);
    expect(sheets[0]!.ratee).toEqual({ text: "Hội Chữ thập đỏ tỉnh", from: "row", cell: "A4" });
  });

  test("ends at a signature in the name column and at an average row", () => {
    const base: CellValue[][] = [
      ["STT", "Đơn vị được chấm", "CTĐ", "Luật gia"],
      [1, "Hội Chữ thập đỏ tỉnh", null, 90],
      [2, "Hội Luật gia tỉnh", 91, null],
    ];
    const signature = readTotalsTable(grid([...base, [null, "Người lập biểu", 1, 2], [3, "Hội Nhà báo tỉnh", 1, 2]]))!;
    expect(new Set(signature.map((s) => s.ratee?.text))).toEqual(new Set(["Hội Chữ thập đỏ tỉnh", "Hội Luật gia tỉnh"]));
    const average = readTotalsTable(grid([...base, [null, "Điểm trung bình", 91, 90], [3, "Hội Nhà báo tỉnh", 1, 2]]))!;
    expect(average).toHaveLength(4);
    const union = readTotalsTable(grid([...base, [3, "Công đoàn Viên chức tỉnh", 88, 87]]))!;
    expect(union.map((s) => s.ratee?.text)).toContain("Công đoàn Viên chức tỉnh");
  });

  test("a text column between the scorers (a registration) is ignored", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Danh hiệu đề xuất", "CTĐ", "Luật gia"],
      [1, "Hội Chữ thập đỏ tỉnh", "Cờ thi đua của Chính phủ", null, 90],
      [2, "Hội Luật gia tỉnh", "Bằng khen", 91, null],
    ];
    const sheets = readTotalsTable(grid(rows))!;
    expect(sheets.map((s) => s.scorer.text)).toEqual(["CTĐ", "Luật gia", "CTĐ", "Luật gia"]);
  });
});

describe("layout C: a member's own totals, one scorer column", () => {
  test("Đơn vị được chấm, the member's name over its column, x on its own row, its Tự chấm", () => {
    const rows: CellValue[][] = [
      ["KẾT QUẢ CHẤM ĐIỂM CHÉO NĂM 2026"],
      [],
      ["STT", "Đơn vị được chấm", "Hội Luật gia tỉnh", "Tự chấm", "Ghi chú"],
      [1, "Hội Chữ thập đỏ tỉnh", 91, null, null],
      [2, "Hội Luật gia tỉnh", "x", 96, null],
      [3, "Hội Nhà báo tỉnh", "92,5", null, null],
    ];
    const sheets = readTotalsTable(makeGrid("lg.xlsx", "Điểm", rows)) ?? [];
    expect(sheets.map((s) => [s.kind, s.scorer.text, s.ratee?.text ?? null, s.column])).toEqual([
      ["cross", "Hội Luật gia tỉnh", "Hội Chữ thập đỏ tỉnh", "C4"],
      ["self", "Hội Luật gia tỉnh", null, "D5"],
      ["cross", "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "C6"],
    ]);
  });

  test("Tên đơn vị with a filled Tự chấm column beside the one scorer column", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "CTĐ", "Tự chấm"],
      [1, "Hội Chữ thập đỏ tỉnh", "-", 95],
      [2, "Hội Nhà báo tỉnh", 90, null],
    ];
    // The `-` under CTĐ comes as a blank: the pipeline, once CTĐ is matched, sees it is the diagonal.
    expect((readTotalsTable(makeGrid("ctd.xlsx", "S", rows)) ?? []).map((s) => [s.column, s.scores[0]?.value.kind])).toEqual([
      ["C2", "blank"],
      ["D2", "number"],
      ["C3", "number"],
    ]);
  });
});

describe("layout C: not a totals table", () => {
  test("a roster (Tên đơn vị, Đăng ký thi đua, Vai trò) is not", () => {
    const rows: CellValue[][] = [
      ["DANH SÁCH ĐƠN VỊ THÀNH VIÊN"],
      ["STT", "Tên đơn vị", "Tên viết tắt", "Đăng ký thi đua", "Vai trò", "Số hội viên"],
      [1, "Hội Chữ thập đỏ tỉnh", "CTĐ", "Cờ thi đua của Chính phủ", "Trưởng khối", 1200],
      [2, "Hội Luật gia tỉnh", "HLG", "Bằng khen", "Phó trưởng khối", 350],
      [3, "Hội Nhà báo tỉnh", null, "Bằng khen", null, 420],
    ];
    expect(layoutC.read(makeGrid("danh-sach.xlsx", "DS", rows), CONTEXT)).toBeNull();
  });

  test("a roster whose unlabelled extra columns hold text is not", () => {
    const rows: CellValue[][] = [
      ["TT", "Đơn vị", "Địa chỉ", "Điện thoại"],
      [1, "Hội Luật gia tỉnh", "Số 1 đường Hòa Bình", "0216 385 2123"],
      [2, "Hội Nhà báo tỉnh", "Số 5 đường Đinh Tiên Hoàng", "0216 385 2456"],
    ];
    expect(readTotalsTable(makeGrid("danh-sach.xlsx", "DS", rows))).toBeNull();
  });

  test("a criteria table, even a scored matrix (layout B) with unit columns, is not", () => {
    const rows: CellValue[][] = [
      ["Đơn vị chấm: Hội Luật gia tỉnh"],
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Tên đơn vị", "CTĐ", "Nhà báo"],
      ["I", "Công tác chỉ đạo", 30, null, 28, 27],
      ["1", "Kế hoạch", 10, null, 9, 9],
    ];
    expect(readTotalsTable(makeGrid("hoi-luat-gia.xlsx", "Ma trận", rows))).toBeNull();
  });

  test("fewer than two scorer columns holding numbers", () => {
    const one: CellValue[][] = [
      ["STT", "Đơn vị được chấm", "Điểm chấm", "Ghi chú"],
      [1, "Hội Chữ thập đỏ tỉnh", 90, null],
      [2, "Hội Nhà báo tỉnh", 91, null],
    ];
    expect(readTotalsTable(makeGrid(FILE, "S", one))).toBeNull();
    const blankTemplate: CellValue[][] = [
      ["STT", "Đơn vị được chấm", "CTĐ", "Luật gia", "Nhà báo", "Trung bình"],
      [1, "Hội Chữ thập đỏ tỉnh", null, null, null, 0],
      [2, "Hội Nhà báo tỉnh", null, null, null, 0],
    ];
    expect(readTotalsTable(makeGrid(FILE, "S", blankTemplate))).toBeNull();
  });

  test("one scorer column headed by a bare score label, or beside a plain Tên đơn vị and no self score, is not", () => {
    const roster: CellValue[][] = [
      ["STT", "Tên đơn vị", "Số hội viên"],
      [1, "Hội Chữ thập đỏ tỉnh", 1200],
      [2, "Hội Nhà báo tỉnh", 420],
    ];
    expect(readTotalsTable(makeGrid("danh-sach.xlsx", "DS", roster))).toBeNull();
  });

  test("no ratee header within the first 20 rows; prose; an empty sheet", () => {
    const late: CellValue[][] = [...Array.from({ length: 20 }, () => [] as CellValue[]), ["STT", "Đơn vị được chấm", "A", "B"], [1, "X", 1, 2]];
    expect(readTotalsTable(makeGrid(FILE, "S", late))).toBeNull();
    expect(readTotalsTable(makeGrid(FILE, "S", [["Kính gửi: các đơn vị trong khối"], ["Đề nghị gửi phiếu chấm trước ngày 15/12."]]))).toBeNull();
    expect(readTotalsTable(makeGrid(FILE, "S", []))).toBeNull();
  });
});
