import { type CellValue, makeGrid } from "../../../../src/core/model/grid";
import { looksLikeRoster, parseRole, readRoster, readRosterText, splitAliases } from "../../../../src/core/read/units/roster";

const FILE = "danh-sach-khoi.xlsx";
const SHEET = "Đơn vị";

/** The roster of a block of 11, as an officer makes it: titles, STT, a signature block. */
const ROSTER_ROWS: CellValue[][] = [
  ["UBND TỈNH YÊN BÁI", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["DANH SÁCH ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA NĂM 2026"],
  [],
  ["STT", "Tên đơn vị", "Tên viết tắt", "Đăng ký thi đua", "Vai trò", "Ghi chú"],
  [1, "Hội Chữ thập đỏ tỉnh", "CTĐ; Chữ thập đỏ", "Cờ thi đua của Chính phủ", "Truong khoi", null],
  [2, "Hội Luật gia tỉnh", "HLG, Luật gia", "Cờ UBND tỉnh", "pho truong khoi", null],
  [3, "Hội Nhà báo tỉnh", null, "Bằng khen", null, null],
  [4, "Hội Văn học nghệ thuật tỉnh", "VHNT", "Bằng khen", "Thành viên", null],
  [5, "  Liên hiệp các Hội Khoa học\nvà Kỹ thuật tỉnh ", "Liên hiệp Hội; LHH KH&KT", "Bằng khen", null, null],
  [6, "Hội Người mù tỉnh", null, null, null, "Không đăng ký"],
  [7, "Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Hội NNCĐDC", "Bằng khen", null, null],
  [8, "Hội Đông y tỉnh", null, "Bằng khen", null, null],
  [9, "Hội Khuyến học tỉnh", null, "Bằng khen", null, null],
  [10, "Hội Cựu thanh niên xung phong tỉnh", "Cựu TNXP", "Bằng khen", null, null],
  [11, "Liên minh Hợp tác xã tỉnh", "Liên minh HTX", "Bằng khen", null, null],
  [],
  [null, null, null, "Yên Bái, ngày 10 tháng 01 năm 2026"],
  [null, "NGƯỜI LẬP BIỂU", null, "TRƯỞNG KHỐI"],
  [],
  [],
  [null, "Nguyễn Văn A", null, "Trần Thị B"],
];

const grid = (rows: CellValue[][], extra: Parameters<typeof makeGrid>[3] = {}) => makeGrid(FILE, SHEET, rows, extra);

describe("readRoster", () => {
  const read = readRoster(grid(ROSTER_ROWS))!;

  test("the header is found below the title rows; all 11 units are read, in order", () => {
    expect(read.units.map((u) => u.name)).toEqual([
      "Hội Chữ thập đỏ tỉnh",
      "Hội Luật gia tỉnh",
      "Hội Nhà báo tỉnh",
      "Hội Văn học nghệ thuật tỉnh",
      "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
      "Hội Người mù tỉnh",
      "Hội Nạn nhân chất độc da cam/dioxin tỉnh",
      "Hội Đông y tỉnh",
      "Hội Khuyến học tỉnh",
      "Hội Cựu thanh niên xung phong tỉnh",
      "Liên minh Hợp tác xã tỉnh",
    ]);
    expect(read.duplicates).toEqual([]);
  });

  test("the STT column is ignored; names are trimmed and their line breaks become spaces", () => {
    expect(read.units[4]!.name).toBe("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh");
  });

  test("each unit's source is the file, the sheet and the name's cell", () => {
    expect(read.units[0]!.source).toEqual({ file: FILE, sheet: SHEET, cell: "B7" });
    expect(read.units[10]!.source).toEqual({ file: FILE, sheet: SHEET, cell: "B17" });
  });

  test("aliases split on ; and ,", () => {
    expect(read.units[0]!.aliases).toEqual(["CTĐ", "Chữ thập đỏ"]);
    expect(read.units[1]!.aliases).toEqual(["HLG", "Luật gia"]);
    expect(read.units[4]!.aliases).toEqual(["Liên hiệp Hội", "LHH KH&KT"]);
    expect(read.units[2]!.aliases).toEqual([]);
  });

  test("registrations are kept as written; blank is none", () => {
    expect(read.units[0]!.registration).toBe("Cờ thi đua của Chính phủ");
    expect(read.units[1]!.registration).toBe("Cờ UBND tỉnh");
    expect(read.units[5]!.registration).toBeUndefined();
    expect("registration" in read.units[5]!).toBe(false);
  });

  test("roles without diacritics: Trưởng khối → leader, Phó trưởng khối → deputy; others none", () => {
    expect(read.units[0]!.role).toBe("leader");
    expect(read.units[1]!.role).toBe("deputy");
    expect(read.units[3]!.role).toBeUndefined();
    expect(read.units[2]!.role).toBeUndefined();
  });

  test("the signature block ends the table", () => {
    expect(read.units.map((u) => u.name)).not.toContain("NGƯỜI LẬP BIỂU");
    expect(read.units.map((u) => u.name)).not.toContain("Nguyễn Văn A");
  });

  test("header labels in capitals, without diacritics, with a colon", () => {
    const rows: CellValue[][] = [
      ["STT:", "TEN DON VI:", "VIET TAT", "DANG KY DANH HIEU", "VAI TRO"],
      [1, "Hội Luật gia tỉnh", "HLG", "Bang khen", "PHÓ TRƯỞNG KHỐI"],
    ];
    const [u] = readRoster(grid(rows))!.units;
    expect(u).toMatchObject({ name: "Hội Luật gia tỉnh", aliases: ["HLG"], registration: "Bang khen", role: "deputy" });
  });

  test("the other name labels: Đơn vị, Tên cơ quan, đơn vị", () => {
    expect(readRoster(grid([["TT", "Đơn vị"], [1, "Hội Đông y tỉnh"]]))!.units[0]!.name).toBe("Hội Đông y tỉnh");
    expect(readRoster(grid([["Tên cơ quan, đơn vị", "Tên gọi khác"], ["Hội Đông y tỉnh", "Đông y"]]))!.units[0]).toMatchObject({
      name: "Hội Đông y tỉnh",
      aliases: ["Đông y"],
    });
  });

  test("Đăng ký alone is the registration column", () => {
    const [u] = readRoster(grid([["Tên đơn vị", "Đăng ký"], ["Hội Đông y tỉnh", "Cờ tỉnh"]]))!.units;
    expect(u!.registration).toBe("Cờ tỉnh");
  });

  test("no name column in the first 20 rows: not a roster", () => {
    expect(readRoster(grid([["STT", "Nội dung", "Điểm chuẩn"], [1, "Tiêu chí", 10]]))).toBeNull();
    const late: CellValue[][] = [...Array.from({ length: 20 }, () => []), ["Tên đơn vị"], ["Hội Luật gia tỉnh"]];
    expect(readRoster(grid(late))).toBeNull();
  });

  test("a header with nothing under it: an empty roster", () => {
    expect(readRoster(grid([["STT", "Tên đơn vị"]]))).toEqual({ units: [], duplicates: [] });
  });

  test("rows with a blank name are skipped; two blank rows end the table", () => {
    const rows: CellValue[][] = [
      ["Tên đơn vị", "Ghi chú"],
      ["Hội Luật gia tỉnh"],
      [null, "chuyển sang khối khác"],
      [],
      ["Hội Nhà báo tỉnh"],
      [],
      [],
      ["Hội Đông y tỉnh"],
    ];
    expect(readRoster(grid(rows))!.units.map((u) => u.name)).toEqual(["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh"]);
  });

  test("the column-number row under the header (1) (2) (3) is skipped", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Viết tắt"],
      ["(1)", "(2)", "(3)"],
      [1, "Hội Luật gia tỉnh", "HLG"],
    ];
    expect(readRoster(grid(rows))!.units.map((u) => u.name)).toEqual(["Hội Luật gia tỉnh"]);
  });

  test("a section row (I, II in the STT column) is skipped", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị"],
      ["I", "Các Hội đặc thù"],
      [1, "Hội Luật gia tỉnh"],
      ["II.", "Các tổ chức kinh tế"],
      [2, "Liên minh Hợp tác xã tỉnh"],
    ];
    expect(readRoster(grid(rows))!.units.map((u) => u.name)).toEqual(["Hội Luật gia tỉnh", "Liên minh Hợp tác xã tỉnh"]);
  });

  test("a Tổng cộng row ends the table", () => {
    const rows: CellValue[][] = [["STT", "Tên đơn vị"], [1, "Hội Luật gia tỉnh"], ["Tổng cộng", "11 đơn vị"]];
    expect(readRoster(grid(rows))!.units).toHaveLength(1);
  });

  test("a signature caption in the name column, right under the table, ends it", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị"],
      [1, "Hội Luật gia tỉnh"],
      [null, "TRƯỞNG KHỐI"],
      [null, "Nguyễn Văn A"],
    ];
    expect(readRoster(grid(rows))!.units.map((u) => u.name)).toEqual(["Hội Luật gia tỉnh"]);
  });

  test("a role written after the name", () => {
    const rows: CellValue[][] = [
      ["Tên đơn vị"],
      ["Hội Luật gia tỉnh (Trưởng khối)"],
      ["Hội Nhà báo tỉnh - Phó trưởng khối"],
      ["Hội Nạn nhân chất độc da cam/dioxin tỉnh (NNCĐDC)"],
    ];
    const units = readRoster(grid(rows))!.units;
    expect(units.map((u) => [u.name, u.role])).toEqual([
      ["Hội Luật gia tỉnh", "leader"],
      ["Hội Nhà báo tỉnh", "deputy"],
      ["Hội Nạn nhân chất độc da cam/dioxin tỉnh (NNCĐDC)", undefined],
    ]);
  });

  test("duplicates: the first row is kept, every cell reported", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị"],
      [1, "Hội Luật gia tỉnh"],
      [2, "Hội Nhà báo tỉnh"],
      [3, "HOI LUAT GIA TINH"],
      [4, "Hội Luật gia  tỉnh"],
    ];
    const read2 = readRoster(grid(rows))!;
    expect(read2.units.map((u) => u.name)).toEqual(["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh"]);
    expect(read2.duplicates).toEqual([{ name: "Hội Luật gia tỉnh", cells: ["B2", "B4", "B5"] }]);
  });

  test("a header merged over two rows with its sub-labels in the second", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Thông tin", null],
      [null, null, "Viết tắt", "Đăng ký"],
      [1, "Hội Luật gia tỉnh", "HLG", "Cờ tỉnh"],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ];
    const read2 = readRoster(grid(rows, { merges }))!;
    expect(read2.units).toHaveLength(1);
    expect(read2.units[0]).toMatchObject({ name: "Hội Luật gia tỉnh", aliases: ["HLG"], registration: "Cờ tỉnh" });
    expect(read2.units[0]!.source?.cell).toBe("B3");
  });

  test("an alias equal to the name, or given twice, is dropped", () => {
    const rows: CellValue[][] = [["Tên đơn vị", "Tên viết tắt"], ["Hội Luật gia tỉnh", "HLG; hội luật gia tỉnh, hlg; ;"]];
    expect(readRoster(grid(rows))!.units[0]!.aliases).toEqual(["HLG"]);
  });
});

describe("parseRole", () => {
  test("Trưởng khối / Phó trưởng khối, any case, with or without diacritics; cụm for khối", () => {
    expect(parseRole("Trưởng khối")).toBe("leader");
    expect(parseRole("TRUONG KHOI")).toBe("leader");
    expect(parseRole("Khối trưởng")).toBe("leader");
    expect(parseRole("Phó Trưởng Khối")).toBe("deputy");
    expect(parseRole("pho truong cum")).toBe("deputy");
    expect(parseRole("Thành viên")).toBeUndefined();
    expect(parseRole("")).toBeUndefined();
  });
});

describe("splitAliases", () => {
  test("; and , separate, blanks go", () => {
    expect(splitAliases("CTĐ; Chữ thập đỏ,  Hội CTĐ ;;")).toEqual(["CTĐ", "Chữ thập đỏ", "Hội CTĐ"]);
  });
});

describe("looksLikeRoster", () => {
  test("a roster sheet is one", () => {
    expect(looksLikeRoster(grid(ROSTER_ROWS))).toBe(true);
  });
  test("a criteria table is not", () => {
    expect(looksLikeRoster(grid([["TT", "Nội dung tiêu chí", "Điểm chuẩn"], ["I", "Công tác", 20]]))).toBe(false);
  });
  test("a header speaking of scores is not (Tên đơn vị beside Điểm tự chấm)", () => {
    const rows: CellValue[][] = [["STT", "Tên đơn vị", "Điểm tự chấm", "Trung bình"], [1, "Hội Luật gia tỉnh", 95, 92]];
    expect(looksLikeRoster(grid(rows))).toBe(false);
  });
  test("a totals sheet whose columns are scorers is not", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "CTĐ", "Luật gia", "Nhà báo"],
      [1, "Hội Chữ thập đỏ tỉnh", null, 92, 93.5],
      [2, "Hội Luật gia tỉnh", 90, null, "91,5"],
      [3, "Hội Nhà báo tỉnh", 88, 89, null],
    ];
    expect(looksLikeRoster(grid(rows))).toBe(false);
  });
  test("a roster with one count column is still one", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên đơn vị", "Số hội viên", "Điện thoại"],
      [1, "Hội Luật gia tỉnh", 350, "0216 3852 123"],
      [2, "Hội Nhà báo tỉnh", 420, "0216 3852 456"],
    ];
    expect(looksLikeRoster(grid(rows))).toBe(true);
  });
  test("a header with no unit under it is not", () => {
    expect(looksLikeRoster(grid([["STT", "Tên đơn vị"]]))).toBe(false);
  });
});

describe("readRosterText", () => {
  test("one unit a line; blank lines and # comments skipped; numbering stripped", () => {
    const text = [
      "\ufeff# Khối thi đua các Hội đặc thù, năm 2026",
      "1. Hội Chữ thập đỏ tỉnh",
      "2) Hội Luật gia tỉnh",
      "",
      "  - Hội Nhà báo tỉnh  ",
      "* Hội Văn học nghệ thuật tỉnh",
      "10 - Liên minh Hợp tác xã tỉnh",
      "11.Hội Đông y tỉnh",
      "Hội Khuyến học tỉnh\r",
    ].join("\n");
    const units = readRosterText(text, "khoi.txt");
    expect(units.map((u) => u.name)).toEqual([
      "Hội Chữ thập đỏ tỉnh",
      "Hội Luật gia tỉnh",
      "Hội Nhà báo tỉnh",
      "Hội Văn học nghệ thuật tỉnh",
      "Liên minh Hợp tác xã tỉnh",
      "Hội Đông y tỉnh",
      "Hội Khuyến học tỉnh",
    ]);
    expect(units[0]).toEqual({ name: "Hội Chữ thập đỏ tỉnh", aliases: [], source: { file: "khoi.txt" } });
  });
  test("aliases after ; or a tab; a comma stays in the name", () => {
    const units = readRosterText(
      "Hội Chữ thập đỏ tỉnh; CTĐ, Chữ thập đỏ\nHội Văn học nghệ thuật tỉnh\tVHNT\nSở Lao động, Thương binh và Xã hội",
      "khoi.txt",
    );
    expect(units.map((u) => [u.name, u.aliases])).toEqual([
      ["Hội Chữ thập đỏ tỉnh", ["CTĐ", "Chữ thập đỏ"]],
      ["Hội Văn học nghệ thuật tỉnh", ["VHNT"]],
      ["Sở Lao động, Thương binh và Xã hội", []],
    ]);
  });
  test("a role after the name; a name given twice is kept once", () => {
    const units = readRosterText("Hội Luật gia tỉnh (Trưởng khối)\nHOI LUAT GIA TINH\n", "khoi.txt");
    expect(units).toEqual([{ name: "Hội Luật gia tỉnh", aliases: [], role: "leader", source: { file: "khoi.txt" } }]);
  });
  test("Windows line ends and an empty file", () => {
    expect(readRosterText("Hội Luật gia tỉnh\r\nHội Nhà báo tỉnh\r\n", "k.txt")).toHaveLength(2);
    expect(readRosterText("", "k.txt")).toEqual([]);
  });
});
