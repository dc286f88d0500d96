import { classifyWorkbook } from "../../../src/core/recognise/classify";
import { importBlock } from "../../../src/core/import/import-block";
import { type CellValue, makeGrid } from "../../../src/core/model/grid";
import { OWN_HEADERS } from "../../../src/workbook/own-headers";
import { HEADERS } from "../../../src/workbook/columns";
import { DOCUMENT_TABLE_HEADERS } from "../../../src/workbook/documents/table-headers";
import { criteriaTable, importSummary, luatGia, nhaBao, rosterFile, scoresheet } from "../../support/tiny-block";

const TITLE: CellValue[][] = [["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ"], ["KẾT QUẢ BỎ PHIẾU SUY TÔN"], []];

const tally = (rows: CellValue[][], extra = {}) => makeGrid("kiem-phieu.xlsx", "Kết quả bỏ phiếu", [...TITLE, ...rows], extra);

describe("a vote tally (SPEC §5.1) is its own kind", () => {
  test("a voter column, then one column of marks per proposal", () => {
    const grid = tally([
      ["STT", "Đơn vị bỏ phiếu", "Hội Luật gia tỉnh – Bằng khen", "Hội Nhà báo tỉnh – Cờ thi đua của UBND tỉnh"],
      [1, "Hội Luật gia tỉnh", "Đồng ý", "Không đồng ý"],
      [2, "Hội Nhà báo tỉnh", "x", null],
      [3, "Hội Chữ thập đỏ tỉnh", "Nhất trí", "✓"],
    ]);
    expect(classifyWorkbook([grid])).toEqual({ kind: "tally" });
  });

  test("marks typed as 1 and 0 under a bare Đơn vị", () => {
    const grid = tally([
      ["Đơn vị", "Luật gia", "Nhà báo"],
      ["Hội Luật gia tỉnh", 1, 0],
      ["Hội Nhà báo tỉnh", 1, 1],
    ]);
    expect(classifyWorkbook([grid])).toEqual({ kind: "tally" });
  });

  test("transposed: proposals down, the voters across under Đại biểu", () => {
    const grid = tally(
      [
        ["Đề nghị", "Đại biểu", null, null],
        [null, "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "Hội Chữ thập đỏ tỉnh"],
        ["Hội Luật gia tỉnh – Bằng khen", "Đồng ý", "Đồng ý", "Không"],
        ["Hội Nhà báo tỉnh – Bằng khen", "Có", "-", "Đồng ý"],
      ],
      { merges: [{ top: 3, left: 1, bottom: 3, right: 3 }] },
    );
    expect(classifyWorkbook([grid])).toEqual({ kind: "tally" });
  });

  test("a proposal nobody has marked yet (its column blank) does not stop the tally being one; a tally of blanks only is none", () => {
    const rows: CellValue[][] = [
      ["Đơn vị bỏ phiếu", "Hội Luật gia tỉnh – Bằng khen", "Hội Nhà báo tỉnh – Bằng khen"],
      ["Hội Luật gia tỉnh", "Đồng ý", null],
      ["Hội Nhà báo tỉnh", "Không đồng ý", null],
    ];
    expect(classifyWorkbook([tally(rows)])).toEqual({ kind: "tally" });
    expect(classifyWorkbook([tally(rows.map((r, i) => (i === 0 ? r : [r[0] ?? null, null, null])))]).kind).not.toBe("tally");
  });

  test("a roster with a registration column of x marks stays a roster", () => {
    const grid = makeGrid("danh-sach.xlsx", "Đơn vị", [
      ["STT", "Đơn vị", "Đăng ký Cờ thi đua", "Ghi chú"],
      [1, "Hội Luật gia tỉnh", "x", null],
      [2, "Hội Nhà báo tỉnh", null, null],
    ]);
    expect(classifyWorkbook([grid]).kind).toBe("roster");
  });

  test("a word that is no mark among the marks (VOTE_MARK_UNKNOWN to come) keeps it a tally; a score that is no mark does not", () => {
    const rows = (odd: CellValue): CellValue[][] => [
      ["Đơn vị bỏ phiếu", "Hội Luật gia tỉnh – Bằng khen", "Hội Nhà báo tỉnh – Bằng khen"],
      ["Hội Luật gia tỉnh", "Đồng ý", "x"],
      ["Hội Nhà báo tỉnh", odd, "Đồng ý"],
      ["Hội Chữ thập đỏ tỉnh", "Không đồng ý", "Đồng ý"],
    ];
    expect(classifyWorkbook([tally(rows("Đạt"))])).toEqual({ kind: "tally" });
    expect(classifyWorkbook([tally(rows(8.5))]).kind).not.toBe("tally");
  });

  test("a column of free text beside the voters is no tally", () => {
    const grid = tally([
      ["Đơn vị", "Luật gia", "Ý kiến"],
      ["Hội Luật gia tỉnh", "Đồng ý", "Cần bổ sung hồ sơ"],
    ]);
    expect(classifyWorkbook([grid]).kind).not.toBe("tally");
  });
});

describe("a document template (SPEC §7) is its own kind", () => {
  test("any cell holding a {{…}} placeholder, even over a table that reads like a criteria table", () => {
    const grid = makeGrid("bien-ban-mau.xlsx", "Biên bản", [
      ["{{ten_khoi}}"],
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm"],
      ["I", "Công tác chuyên môn", 20, "{{dong.diem}}"],
      [1, "Hoàn thành kế hoạch", 10, 9],
    ]);
    expect(classifyWorkbook([grid])).toEqual({ kind: "template" });
  });

  test("braces that are no placeholder do not make one", () => {
    const grid = makeGrid("ghi-chu.xlsx", "Ghi chú", [["{ten_khoi}"], ["{{ }"]]);
    expect(classifyWorkbook([grid]).kind).toBe("unknown");
  });
});

describe("our own result workbook (SPEC §6, docs/DECISIONS.md D9) is left out", () => {
  const ours = (lang: "vi" | "en") =>
    makeGrid("ket-qua.xlsx", "Tổng hợp", [
      ["Khối thi đua — 2026"],
      [],
      [...HEADERS[lang].tdSummary, "Hội Luật gia tỉnh"],
      [1, "Hội Nhà báo tỉnh", 95.5, 10, 0, 96, 0.5, 95],
    ]);

  test.each(["vi", "en"] as const)("a sheet holding one of our tables' header rows (%s)", (lang) => {
    expect(classifyWorkbook([ours(lang)], OWN_HEADERS)).toEqual({ kind: "own-result" });
  });

  test("a user's two-column settings-like sheet alone is not ours, two of our short tables are", () => {
    const settings = makeGrid("x.xlsx", "Cài đặt", [[...HEADERS.vi.tdSettings], ["Năm", 2026]]);
    expect(classifyWorkbook([settings], OWN_HEADERS).kind).not.toBe("own-result");
    expect(classifyWorkbook([settings, settings], OWN_HEADERS)).toEqual({ kind: "own-result" });
  });

  test("without our headers handed in, nothing is taken for ours", () => {
    expect(classifyWorkbook([ours("vi")]).kind).not.toBe("own-result");
  });
});

describe("our documents (SPEC §7) are left out, a block's template made from them is still a template", () => {
  // A document's table comes under its heading, title and paragraphs: well below a result table's header.
  const prose: CellValue[][] = Array.from({ length: 22 }, (_, i) => [i === 0 ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : `Đoạn văn ${i}`]);
  const minutes = (rows: CellValue[][]) => makeGrid("bien-ban.xlsx", "Biên bản", [...prose, [...DOCUMENT_TABLE_HEADERS.vote], ...rows]);

  test("the minutes as we write them, filled", () => {
    expect(classifyWorkbook([minutes([[1, "Hội Luật gia tỉnh", 9, 10, "Bằng khen", 0.9, "Đạt"]])], OWN_HEADERS)).toEqual({ kind: "own-result" });
  });

  test("the same minutes with their placeholders, as an officer starts a template from ours", () => {
    const template = minutes([["{{dong.stt}}", "{{dong.ten_don_vi}}", "{{dong.so_phieu}}", "{{dong.tong_phieu}}", "{{dong.danh_hieu}}", "{{dong.ty_le}}", "{{dong.ket_qua}}"]]);
    expect(classifyWorkbook([template], OWN_HEADERS)).toEqual({ kind: "template" });
  });

  test("a member's scoresheet beside a document of ours stays a scoresheet workbook", () => {
    const sheet = scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [9, 8]);
    expect(classifyWorkbook([sheet, minutes([])], OWN_HEADERS)).toEqual({ kind: "scoresheets" });
  });

  test("a result table's header that far down is not looked for", () => {
    const deep = makeGrid("x.xlsx", "Tổng hợp", [...prose, [...HEADERS.vi.tdSummary]]);
    expect(classifyWorkbook([deep], OWN_HEADERS).kind).not.toBe("own-result");
  });
});

describe("the import sets tallies, templates and our result aside", () => {
  const tallyFile = {
    file: "kiem-phieu.xlsx",
    grids: [tally([["Đơn vị bỏ phiếu", "Hội Luật gia tỉnh"], ["Hội Nhà báo tỉnh", "Đồng ý"]])],
  };
  const templateFile = { file: "to-trinh.xlsx", grids: [makeGrid("to-trinh.xlsx", "Tờ trình", [["Kính gửi: {{noi_nhan}}"]])] };
  const ownFile = {
    file: "ket-qua.xlsx",
    grids: [makeGrid("ket-qua.xlsx", "Điểm chấm", [[...HEADERS.vi.tdScores], ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "I.1", 9, "cross", "a.xlsx", "A", "D5"]])],
  };
  const criteria = { file: "tieu-chi.xlsx", grids: [criteriaTable("tieu-chi.xlsx")] };

  test("the block reads as without them; their grids are handed on, and the files say what they are", () => {
    const plain = importBlock({ workbooks: [criteria, rosterFile, luatGia, nhaBao] });
    const outcome = importBlock({ workbooks: [criteria, tallyFile, rosterFile, ownFile, luatGia, templateFile, nhaBao], ownHeaders: OWN_HEADERS });
    expect(importSummary(outcome)).toEqual(importSummary(plain));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.tallies).toEqual([tallyFile]);
    expect(outcome.result.templates).toEqual([templateFile]);
    expect(outcome.result.ownResults).toEqual(["ket-qua.xlsx"]);
  });

  test("a tally filled in our own result workbook is handed on; the rest of that workbook is still left out", () => {
    const filled = tally([["Đơn vị bỏ phiếu", "Hội Luật gia tỉnh"], ["Hội Nhà báo tỉnh", "Đồng ý"]]);
    const withTally = { file: ownFile.file, grids: [...ownFile.grids, filled] };
    const outcome = importBlock({ workbooks: [criteria, rosterFile, withTally, luatGia, nhaBao], ownHeaders: OWN_HEADERS });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.ownResults).toEqual(["ket-qua.xlsx"]);
    expect(outcome.result.tallies).toEqual([{ file: "ket-qua.xlsx", grids: [filled] }]);
    expect(importSummary(outcome)).toEqual(importSummary(importBlock({ workbooks: [criteria, rosterFile, luatGia, nhaBao] })));
  });
});
