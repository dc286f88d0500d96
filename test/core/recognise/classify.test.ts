import type { CellRange, CellValue, Grid } from "../../../src/core/model/grid";
import { makeGrid } from "../../../src/core/model/grid";
import { classifyFiles, classifyWorkbook } from "../../../src/core/recognise/classify";

const range = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

const TITLE: CellValue[][] = [
  ["UBND TỈNH YÊN BÁI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2026"],
  [],
];

/** The criteria as every table lists them: TT, text, max. */
const CRITERIA: [string, string, number][] = [
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 30],
  ["1", "Xây dựng kế hoạch thi đua", 10],
  ["2", "Tổ chức phát động phong trào", 20],
  ["II", "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", 70],
  ["1", "Hoàn thành chỉ tiêu được giao", 40],
  ["2", "Báo cáo đúng hạn", 30],
];

/**
 * The leader's blank table: a merged *Điểm* over *Tối đa | Tự chấm | Khối
 * chấm*, the maxima filled, the score columns empty but for the total row's
 * SUM formulas caching 0.
 */
function blankTable(file: string, sheet = "Tiêu chí"): Grid {
  const rows: CellValue[][] = [
    ...TITLE,
    ["TT", "Nội dung tiêu chí", "Điểm", null, null, "Ghi chú"],
    [null, null, "Tối đa", "Tự chấm", "Khối chấm", null],
    ...CRITERIA.map(([tt, text, max]): CellValue[] => [tt, text, max, null, null, null]),
    [null, "Tổng cộng", 100, 0, 0, null],
  ];
  const merges = [range(5, 0, 6, 0), range(5, 1, 6, 1), range(5, 2, 5, 4), range(5, 5, 6, 5)];
  return makeGrid(file, sheet, rows, { merges });
}

/** A member's matrix (layout B) header over the criteria; `scores` fills the unit columns. */
function matrix(file: string, units: string[], scores: (row: number, unit: number) => CellValue): Grid {
  const rows: CellValue[][] = [
    ["Đơn vị chấm: Hội Luật gia tỉnh"],
    ["TT", "Nội dung tiêu chí", "Điểm chuẩn", ...units, "Tự chấm"],
    ...CRITERIA.map(([tt, text, max], r): CellValue[] => [tt, text, max, ...units.map((_, u) => scores(r, u)), scores(r, units.length)]),
  ];
  return makeGrid(file, "Chấm chéo", rows);
}

/** One layout-A sheet: the table plus one *Điểm chấm* column, the ratee named above. */
function perRatee(file: string, ratee: string, filled: boolean): Grid {
  const rows: CellValue[][] = [
    ["PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2026"],
    ["Đơn vị được chấm:", ratee],
    ["Đơn vị chấm: Hội Nhà báo tỉnh"],
    ["STT", "Nội dung chấm điểm", "Điểm chuẩn", "Điểm chấm", "Ghi chú"],
    ...CRITERIA.map(([tt, text, max]): CellValue[] => [tt, text, max, filled ? (tt.length > 1 ? null : `${max - 1},5`) : null, null]),
  ];
  return makeGrid(file, ratee.slice(0, 31), rows);
}

const RATEES = [
  "Hội Chữ thập đỏ tỉnh",
  "Hội Luật gia tỉnh",
  "Hội Khuyến học tỉnh",
  "Hội Đông y tỉnh",
  "Hội Người mù tỉnh",
  "Hội Cựu TNXP tỉnh",
  "Liên minh HTX tỉnh",
  "Hội Văn học nghệ thuật tỉnh",
  "Liên hiệp các Hội KH&KT tỉnh",
  "Hội Nạn nhân CĐDC tỉnh",
];

function roster(file: string, sheet = "Danh sách"): Grid {
  return makeGrid(file, sheet, [
    ["DANH SÁCH ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA NĂM 2026"],
    [],
    ["STT", "Tên đơn vị", "Tên viết tắt", "Đăng ký thi đua", "Vai trò"],
    [1, "Hội Chữ thập đỏ tỉnh", "CTĐ", "Cờ thi đua của Chính phủ", "Trưởng khối"],
    [2, "Hội Luật gia tỉnh", "HLG; Luật gia", "Cờ thi đua của UBND tỉnh", "Phó trưởng khối"],
    [3, "Hội Nhà báo tỉnh", null, "Bằng khen", null],
    [4, "Hội Khuyến học tỉnh", null, "Bằng khen", null],
  ]);
}

function totals(file: string): Grid {
  return makeGrid(file, "Tổng hợp", [
    ["BẢNG TỔNG HỢP ĐIỂM CHẤM CHÉO"],
    ["STT", "Đơn vị được chấm", "CTĐ", "Luật gia", "Nhà báo", "Tự chấm", "Trung bình", "Xếp hạng"],
    [1, "Hội Chữ thập đỏ tỉnh", "x", "92,5", 90, 96, 91.25, 2],
    [2, "Hội Luật gia tỉnh", 93, "x", 94, 97, 93.5, 1],
    [3, "Hội Nhà báo tỉnh", 88, 89, "x", 90, 88.5, 3],
  ]);
}

const prose = (file: string) =>
  makeGrid(file, "Sheet1", [
    ["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ"],
    ["Kính gửi: Các đơn vị thành viên"],
    ["Đề nghị các đơn vị gửi phiếu chấm điểm về Hội Chữ thập đỏ tỉnh trước ngày 15/12/2026."],
  ]);

const scoreAt = (row: number, unit: number) => 5 + row + unit;

describe("classifyWorkbook", () => {
  test("the leader's blank table is the criteria table (zeros from SUM formulas are no scores)", () => {
    const grid = blankTable("Bang tieu chi 2026.xlsx");
    expect(classifyWorkbook([grid])).toEqual({ kind: "criteria", sheet: grid });
  });

  test("a roster", () => {
    const grid = roster("Danh sach don vi.xlsx");
    expect(classifyWorkbook([grid])).toEqual({ kind: "roster", sheet: grid });
  });

  test("scoresheets: layout A (many sheets, one left blank), layout B, layout C", () => {
    const a = RATEES.map((r, i) => perRatee("Hoi Nha bao.xlsx", r, i !== 3));
    expect(classifyWorkbook(a)).toEqual({ kind: "scoresheets" });
    expect(classifyWorkbook([matrix("Hoi Luat gia.xlsx", ["CTĐ", "Nhà báo", "Khuyến học"], scoreAt)])).toEqual({
      kind: "scoresheets",
    });
    expect(classifyWorkbook([totals("Tong hop.xlsx")])).toEqual({ kind: "scoresheets" });
  });

  test("a member's per-ratee workbook sent back blank is a scoresheet workbook, not a criteria table", () => {
    const blank = RATEES.map((r) => perRatee("Hoi Dong y.xlsx", r, false));
    expect(classifyWorkbook(blank)).toEqual({ kind: "scoresheets" });
  });

  test("criteria and roster in one workbook: both found", () => {
    const table = blankTable("Khoi thi dua 2026.xlsx");
    const list = roster("Khoi thi dua 2026.xlsx");
    expect(classifyWorkbook([table, list])).toEqual({ kind: "criteria", sheet: table, roster: list });
  });

  test("a hidden sheet of scores does not make the leader's table a scoresheet", () => {
    const table = blankTable("Bang tieu chi.xlsx");
    const old = { ...totals("Bang tieu chi.xlsx"), hidden: true };
    expect(classifyWorkbook([table, old])).toEqual({ kind: "criteria", sheet: table });
  });

  test("prose, an empty workbook and an empty sheet are unknown", () => {
    expect(classifyWorkbook([prose("Cong van.xlsx")])).toEqual({ kind: "unknown" });
    expect(classifyWorkbook([])).toEqual({ kind: "unknown" });
    expect(classifyWorkbook([makeGrid("x.xlsx", "Sheet1", [])])).toEqual({ kind: "unknown" });
  });
});

describe("classifyFiles", () => {
  test("a whole folder: the blank table, the roster, three scoresheets (A, B, C) and a stray file", () => {
    const table = blankTable("Bang tieu chi cham diem 2026.xlsx");
    const list = roster("Danh sach khoi.xlsx");
    const files = [
      { file: "Hoi Nha bao.xlsx", grids: RATEES.map((r) => perRatee("Hoi Nha bao.xlsx", r, true)) },
      { file: "Danh sach khoi.xlsx", grids: [list] },
      { file: "Cong van gui phieu.xlsx", grids: [prose("Cong van gui phieu.xlsx")] },
      { file: "Bang tieu chi cham diem 2026.xlsx", grids: [table] },
      { file: "Hoi Luat gia.xlsx", grids: [matrix("Hoi Luat gia.xlsx", ["CTĐ", "Nhà báo", "Khuyến học"], scoreAt)] },
      { file: "Tong hop CTD.xlsx", grids: [totals("Tong hop CTD.xlsx")] },
    ];
    expect(classifyFiles(files)).toEqual({
      criteria: { file: "Bang tieu chi cham diem 2026.xlsx", grid: table },
      roster: { file: "Danh sach khoi.xlsx", grid: list },
      scoresheetFiles: ["Hoi Nha bao.xlsx", "Hoi Luat gia.xlsx", "Tong hop CTD.xlsx"],
      unknown: ["Cong van gui phieu.xlsx"],
      conflicts: [],
    });
  });

  test("two blank tables: the one whose name says tiêu chí wins, the other is read as a scoresheet, the conflict is reported", () => {
    const member = blankTable("Hoi Khuyen hoc.xlsx", "Phiếu chấm");
    const leader = blankTable("Thang diem thi dua 2026.xlsx");
    const result = classifyFiles([
      { file: "Hoi Khuyen hoc.xlsx", grids: [member] },
      { file: "Thang diem thi dua 2026.xlsx", grids: [leader] },
    ]);
    expect(result.criteria).toEqual({ file: "Thang diem thi dua 2026.xlsx", grid: leader });
    expect(result.scoresheetFiles).toEqual(["Hoi Khuyen hoc.xlsx"]);
    expect(result.conflicts).toEqual([
      {
        kind: "criteria",
        candidates: [
          { file: "Hoi Khuyen hoc.xlsx", grid: member },
          { file: "Thang diem thi dua 2026.xlsx", grid: leader },
        ],
        chosen: { file: "Thang diem thi dua 2026.xlsx", grid: leader },
        reason: "file-name",
      },
    ]);
  });

  test("two blank tables, neither named: a member's blank matrix (one column per ratee) loses to the table with fewer score columns", () => {
    // Without a unit named above it, the member's matrix still loses: on its score columns.
    const unnamed = (g: Grid): Grid => ({ ...g, rows: g.rows.slice(1), rowCount: g.rowCount - 1 });
    const bare = classifyFiles([
      { file: "Hoi Luat gia.xlsx", grids: [unnamed(matrix("Hoi Luat gia.xlsx", ["CTĐ", "Nhà báo", "Khuyến học", "Đông y"], () => null))] },
      { file: "Khoi Hoi dac thu.xlsx", grids: [blankTable("Khoi Hoi dac thu.xlsx")] },
    ]);
    expect(bare.conflicts.map((c) => [c.kind, c.reason, c.chosen.file])).toEqual([["criteria", "fewer-score-columns", "Khoi Hoi dac thu.xlsx"]]);
    const member = matrix("Hoi Luat gia.xlsx", ["CTĐ", "Nhà báo", "Khuyến học", "Đông y"], () => null);
    const leader = blankTable("Khoi Hoi dac thu.xlsx");
    const result = classifyFiles([
      { file: "Hoi Luat gia.xlsx", grids: [member] },
      { file: "Khoi Hoi dac thu.xlsx", grids: [leader] },
    ]);
    expect(result.criteria?.file).toBe("Khoi Hoi dac thu.xlsx");
    // The member's matrix names its scorer above the header, which decides before the score columns are counted.
    expect(result.conflicts.map((c) => [c.kind, c.reason])).toEqual([["criteria", "names-no-unit"]]);
    expect(result.scoresheetFiles).toEqual(["Hoi Luat gia.xlsx"]);
  });

  test("a member's blank per-ratee sheets that sort first and tie on every other rule: the table naming no unit wins", () => {
    const named = (grid: Grid, lines: CellValue[][]): Grid => ({ ...grid, rows: [...lines, ...grid.rows], rowCount: grid.rowCount + lines.length, merges: [] });
    const memberSheets = [
      named(blankTable("bao-cao-nha-bao.xlsx", "1"), [["Đơn vị chấm: Hội Nhà báo tỉnh"], ["Đơn vị được chấm:", null, "Hội Luật gia tỉnh"]]),
      named(blankTable("bao-cao-nha-bao.xlsx", "2"), [["Đơn vị chấm: Hội Nhà báo tỉnh"], ["Đơn vị được chấm: Hội Chữ thập đỏ tỉnh"]]),
    ];
    const leader = named(blankTable("criteria.xlsx"), [["Đơn vị chấm: ………………"], ["Đơn vị được chấm: ………………"]]);
    const result = classifyFiles([
      { file: "bao-cao-nha-bao.xlsx", grids: memberSheets },
      { file: "criteria.xlsx", grids: [leader] },
    ]);
    expect(result.criteria).toEqual({ file: "criteria.xlsx", grid: leader });
    expect(result.scoresheetFiles).toEqual(["bao-cao-nha-bao.xlsx"]);
    expect(result.conflicts.map((c) => [c.kind, c.reason])).toEqual([["criteria", "names-no-unit"]]);
  });

  test("an English file name says criteria too", () => {
    const result = classifyFiles([
      { file: "a.xlsx", grids: [blankTable("a.xlsx")] },
      { file: "criteria.xlsx", grids: [blankTable("criteria.xlsx")] },
    ]);
    expect(result.criteria?.file).toBe("criteria.xlsx");
  });

  test("two identical blank tables: the first wins, reason first", () => {
    const a = blankTable("A.xlsx");
    const b = blankTable("B.xlsx");
    const result = classifyFiles([
      { file: "A.xlsx", grids: [a] },
      { file: "B.xlsx", grids: [b] },
    ]);
    expect(result.criteria?.file).toBe("A.xlsx");
    expect(result.conflicts[0]).toMatchObject({ kind: "criteria", reason: "first" });
  });

  test("criteria and roster in one workbook: both come from that file", () => {
    const table = blankTable("Khoi thi dua 2026.xlsx");
    const list = roster("Khoi thi dua 2026.xlsx");
    const result = classifyFiles([
      { file: "Khoi thi dua 2026.xlsx", grids: [table, list] },
      { file: "Hoi Luat gia.xlsx", grids: [matrix("Hoi Luat gia.xlsx", ["CTĐ", "Nhà báo"], scoreAt)] },
    ]);
    expect(result.criteria).toEqual({ file: "Khoi thi dua 2026.xlsx", grid: table });
    expect(result.roster).toEqual({ file: "Khoi thi dua 2026.xlsx", grid: list });
    expect(result.scoresheetFiles).toEqual(["Hoi Luat gia.xlsx"]);
    expect(result.conflicts).toEqual([]);
  });

  test("a roster file beside a roster sheet in the criteria workbook: the roster file wins, the conflict is reported", () => {
    const table = blankTable("Khoi thi dua 2026.xlsx");
    const inside = roster("Khoi thi dua 2026.xlsx");
    const own = roster("DS khoi.xlsx");
    const result = classifyFiles([
      { file: "Khoi thi dua 2026.xlsx", grids: [table, inside] },
      { file: "DS khoi.xlsx", grids: [own] },
    ]);
    expect(result.roster).toEqual({ file: "DS khoi.xlsx", grid: own });
    expect(result.conflicts).toEqual([
      {
        kind: "roster",
        candidates: [
          { file: "Khoi thi dua 2026.xlsx", grid: inside },
          { file: "DS khoi.xlsx", grid: own },
        ],
        chosen: { file: "DS khoi.xlsx", grid: own },
        reason: "standalone",
      },
    ]);
  });

  test("the criteria workbook holding a roster wins a tie over a bare blank table", () => {
    const bare = blankTable("Hoi Dong y.xlsx");
    const withRoster = blankTable("Khoi 2026.xlsx");
    const result = classifyFiles([
      { file: "Hoi Dong y.xlsx", grids: [bare] },
      { file: "Khoi 2026.xlsx", grids: [withRoster, roster("Khoi 2026.xlsx")] },
    ]);
    expect(result.criteria?.file).toBe("Khoi 2026.xlsx");
    expect(result.conflicts[0]).toMatchObject({ kind: "criteria", reason: "with-roster" });
  });

  test("no criteria table in the folder: criteria is null, every scored file is a scoresheet", () => {
    const result = classifyFiles([{ file: "Tong hop.xlsx", grids: [totals("Tong hop.xlsx")] }]);
    expect(result).toEqual({ criteria: null, roster: null, scoresheetFiles: ["Tong hop.xlsx"], unknown: [], conflicts: [] });
  });
});
