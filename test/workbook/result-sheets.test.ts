import { issueMessage } from "../../src/core/i18n/issues";
import { HEADERS, WORDS } from "../../src/workbook/columns";
import { decimalsFormat, keepScoreRows, resultSheets } from "../../src/workbook/result-sheets";
import { SHEET_NAMES, sheetName } from "../../src/workbook/sheet-names";
import { RESULT_TABLES } from "../../src/workbook/ports/sink";
import { mainTableRow, sheetLayout, type LinkCell, type SheetSpec, type TableName } from "../../src/workbook/ports/sink";
import { EXPECTED_AVERAGES, FORMULA_UNIT, LUAT_GIA, MINUS_UNIT, PLUS_UNIT, issues, sampleInput, units } from "./sample-result";

function table(sheets: readonly SheetSpec[], name: TableName) {
  for (const sheet of sheets) {
    if (sheet.table.name === name) return { sheet, table: sheet.table };
    const extra = sheet.moreTables?.find((t) => t.table.name === name);
    if (extra) return { sheet, table: extra.table };
  }
  throw new Error(`no table ${name}`);
}

describe("resultSheets", () => {
  const vi = resultSheets(sampleInput(), "vi");
  const en = resultSheets(sampleInput(), "en");

  it("gives the seven sheets of SPEC §6, in order, with their names and tables", () => {
    expect(vi.map((s) => [s.name, s.table.name])).toEqual([
      ["Cài đặt", "tdSettings"],
      ["Đơn vị", "tdUnits"],
      ["Tiêu chí", "tdCriteria"],
      ["Điểm chấm", "tdScores"],
      ["Kiểm tra", "tdIssues"],
      ["Tổng hợp", "tdSummary"],
      ["Đề nghị", "tdNominations"],
    ]);
    expect(en.map((s) => s.name)).toEqual(["Settings", "Units", "Criteria", "Scores", "Checks", "Summary", "Nominations"]);
    expect(RESULT_TABLES.map((t) => SHEET_NAMES.vi[t])).toEqual(vi.map((s) => s.name));
    expect(sheetName("tdScorers", "vi")).toBe("Tổng hợp");
    // The workbook opens on the summary.
    expect(vi.filter((s) => s.active).map((s) => s.name)).toEqual(["Tổng hợp"]);
  });

  it("heads every table with the texts of columns.ts, in Vietnamese and in English", () => {
    for (const [sheets, lang] of [
      [vi, "vi"],
      [en, "en"],
    ] as const) {
      for (const name of [...RESULT_TABLES, "tdScorers"] as const) {
        const headers = table(sheets, name).table.columns.map((c) => c.header);
        expect(headers.slice(0, HEADERS[lang][name].length)).toEqual([...HEADERS[lang][name]]);
      }
    }
    expect(table(vi, "tdScores").table.columns.map((c) => c.header)).toEqual([
      "Đơn vị chấm",
      "Đơn vị được chấm",
      "Mã tiêu chí",
      "Điểm",
      "Loại",
      "Tệp",
      "Trang tính",
      "Ô",
    ]);
    expect(table(en, "tdSummary").table.columns.map((c) => c.header).slice(0, 7)).toEqual([
      "Rank",
      "Unit",
      "Average",
      "Scorers used",
      "Sheets left out",
      "Self score",
      "Gap (self − average)",
    ]);
  });

  it("puts the block's settings as key and value, awards as readable text", () => {
    const { table: t, sheet } = table(vi, "tdSettings");
    expect(sheet.titleLines).toEqual(["CÀI ĐẶT TÍNH ĐIỂM VÀ XÉT KHEN THƯỞNG", "Khối thi đua: Khối các Hội đặc thù — năm 2025"]);
    const values = new Map(t.rows.map((r) => [r[0], r[1]]));
    expect(values.get("Tên khối thi đua")).toBe("Khối các Hội đặc thù");
    expect(values.get("Năm")).toBe(2025);
    expect(values.get("Cách tính điểm trung bình")).toMatch(/^Trung bình cộng/);
    expect(values.get("Số chữ số thập phân hiển thị")).toBe(2);
    expect(values.get("Danh hiệu 1")).toBe("Cờ thi đua của Chính phủ (co-thi-dua-chinh-phu): chỉ tiêu 1, phải đăng ký");
    expect(values.get("Danh hiệu 3")).toMatch(/^Bằng khen của Chủ tịch UBND tỉnh .*chỉ tiêu 2/);
    expect(values.get("Tỷ lệ phiếu đồng ý cần đạt")).toBe("trên 50% số phiếu");
    const en_ = new Map(table(en, "tdSettings").table.rows.map((r) => [r[0], r[1]]));
    expect(en_.get("Share of agreeing votes needed")).toBe("more than 50% of the votes");
  });

  it("lists the units with aliases, registration and role", () => {
    expect(table(vi, "tdUnits").table.rows).toEqual([
      [LUAT_GIA, "Luật gia; HLG", "Cờ CP", "Trưởng khối"],
      [FORMULA_UNIT, null, "Cờ tỉnh", "Phó trưởng khối"],
      [PLUS_UNIT, "@x", "Bằng khen", null],
      [MINUS_UNIT, null, null, null],
    ]);
    expect(table(en, "tdUnits").table.rows[0]?.[3]).toBe("Leader");
  });

  it("lists every criterion with its level, parent, max, kind and allowed values", () => {
    const { table: t, sheet } = table(vi, "tdCriteria");
    expect(t.rows).toEqual([
      ["I", "Phần", null, "Công tác chuyên môn", 20, "Điểm chấm", null],
      ["I.1", "Tiêu chí", "I", "=SUM(1,2) hoàn thành kế hoạch", 10, "Điểm chấm", null],
      ["I.2", "Tiêu chí", "I", "Báo cáo đúng hạn", 10, "Điểm chấm", "10; 7,5; 0"],
      ["II", "Phần", null, "Điểm thưởng", 5, "Điểm thưởng", null],
      ["II.1", "Tiêu chí", "II", "Sáng kiến", 5, "Điểm thưởng", null],
    ]);
    expect(sheet.titleLines?.[0]).toBe("BẢNG TIÊU CHÍ CHẤM ĐIỂM — 3 tiêu chí được chấm, điểm chuẩn 20");
    expect(table(en, "tdCriteria").table.rows[2]).toEqual(["I.2", "Criterion", "I", "Báo cáo đúng hạn", 10, "Normal", "10; 7.5; 0"]);
  });

  it("has one score row per entry of every sheet, left-out ones and layout-C totals included", () => {
    const { table: t } = table(vi, "tdScores");
    expect(t.rows).toHaveLength(7 * 3 + 2 + 3);
    expect(t.rows[0]).toEqual([LUAT_GIA, FORMULA_UNIT, "I.1", 9, "Chấm chéo", "luat-gia.xlsx", "Nhà báo", "E8"]);
    expect(t.rows[9]).toEqual([LUAT_GIA, LUAT_GIA, "I.1", 10, "Tự chấm", "luat-gia.xlsx", "Tự chấm", "E8"]);
    // A layout-C total: blank criterion id.
    expect(t.rows[21]).toEqual([PLUS_UNIT, LUAT_GIA, null, 20.5, "Chấm chéo", "tong-hop.xlsx", "Tổng hợp", "C5"]);
    // The left-out sheet: the text as typed, a blank as blank.
    expect(t.rows.slice(23).map((r) => r[3])).toEqual(["Đạt", 10, null]);
    // Values stay exact; the value column validates decimals with a message.
    expect(t.rows[15]?.[3]).toBe(8.25);
    const value = t.columns[3];
    expect(value?.numberFormat).toBeUndefined();
    expect(value?.validation).toMatchObject({ kind: "decimal", errorStyle: "warning", min: -1_000_000, max: 1_000_000 });
    expect(value?.validation?.prompt?.title.length).toBeLessThanOrEqual(32);
    expect(value?.validation?.prompt?.message.length).toBeLessThanOrEqual(255);
    expect(value?.validation?.error?.message.length).toBeLessThanOrEqual(225);
    expect(table(en, "tdScores").table.rows[9]?.[4]).toBe("Self");
  });

  it("words the issues in the language, and links a score's issue to its tdScores row", () => {
    const { table: t } = table(vi, "tdIssues");
    const scores = table(vi, "tdScores");
    expect(t.rows).toHaveLength(issues.length);

    const [notNumber, maxMismatch, missing] = t.rows;
    expect(notNumber?.slice(0, 8)).toEqual([
      "Lỗi",
      "SCORE_NOT_NUMBER",
      issueMessage(issues[0]!, "vi"),
      MINUS_UNIT,
      LUAT_GIA,
      "I.1",
      "chu-thap-do.xlsx",
      "Luật gia",
    ]);
    const link = notNumber?.[8] as LinkCell;
    expect(link).toEqual({ text: "D8", sheet: "Điểm chấm", cell: expect.stringMatching(/^A\d+:H\d+$/) });
    // The linked row is the score the issue is about.
    const row = Number(/^A(\d+):H\1$/.exec(link.cell)?.[1]);
    const index = scores.table.rows.findIndex((_, i) => mainTableRow(scores.sheet, i) === row);
    expect(scores.table.rows[index]?.slice(5)).toEqual(["chu-thap-do.xlsx", "Luật gia", "D8"]);
    expect(row).toBe(sheetLayout(scores.sheet)[0]!.firstDataRow + 23);

    // A printed max is no score: plain text. No cell at all: blank.
    expect(maxMismatch?.[8]).toBe("C8");
    expect(maxMismatch?.[0]).toBe("Cảnh báo");
    expect(missing?.[8]).toBeNull();
    expect(missing?.slice(6, 8)).toEqual([null, null]);

    const enRows = table(en, "tdIssues").table.rows;
    expect(enRows[0]?.[0]).toBe("Error");
    expect(enRows[0]?.[2]).toBe(issueMessage(issues[0]!, "en"));
    expect((enRows[0]?.[8] as LinkCell).sheet).toBe("Scores");

    // Errors red, warnings amber, by the severity column's text.
    expect(t.highlights).toEqual([
      { column: 0, equals: "Lỗi", fill: "#FFC7CE", fontColor: "#9C0006" },
      { column: 0, equals: "Cảnh báo", fill: "#FFEB9C", fontColor: "#9C5700" },
    ]);
    expect(table(en, "tdIssues").table.highlights?.map((h) => h.equals)).toEqual(["Error", "Warning"]);
  });

  it("ranks on the summary, with one column per scorer in roster order", () => {
    const { table: t, sheet } = table(vi, "tdSummary");
    expect(t.columns.slice(7).map((c) => c.header)).toEqual(units.map((u) => u.name));
    expect(t.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, LUAT_GIA, EXPECTED_AVERAGES[LUAT_GIA]],
      [2, FORMULA_UNIT, EXPECTED_AVERAGES[FORMULA_UNIT]],
      [3, PLUS_UNIT, EXPECTED_AVERAGES[PLUS_UNIT]],
      [4, MINUS_UNIT, EXPECTED_AVERAGES[MINUS_UNIT]],
    ]);
    // Luật gia: 2 sheets used, 1 left out, self 22, gap 1; its own column blank, the left-out scorer's blank.
    expect(t.rows[0]?.slice(3)).toEqual([2, 1, 22, 1, null, 21.5, 20.5, null]);
    expect(t.rows[2]?.slice(7)).toEqual([15.5, 18.25, null, null]);
    expect(t.columns.map((c) => c.numberFormat)).toEqual([undefined, undefined, "0.00", undefined, undefined, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]);

    expect(sheet.titleLines?.[2]).toMatch(/^Cách tính: Trung bình cộng/);
    expect(sheet.titleLines?.[3]).toMatch(/Kendall's W/);
    expect(sheet.titleLines?.[4]).toMatch(/^Điểm trung bình chung của khối: \d+,\d\d\./);
    expect(sheet.chart).toEqual({ title: "Điểm trung bình chấm chéo", categoryColumn: 1, valueColumn: 2 });

    const scorers = table(vi, "tdScorers");
    expect(scorers.sheet).toBe(sheet);
    expect(scorers.table.rows.map((r) => r[0])).toEqual(units.map((u) => u.name));
    expect(scorers.table.rows[0]?.slice(1, 3)).toEqual([3, (20 + 15.5 + 14.5) / 3]);
    expect(scorers.table.columns.map((c) => c.numberFormat)).toEqual([undefined, undefined, "0.00", "0.00", undefined]);
  });

  it("rounds the display as the settings say", () => {
    expect([0, 1, 2, 3].map(decimalsFormat)).toEqual(["0", "0.0", "0.00", "0.000"]);
    const one = resultSheets(sampleInput({ settings: { ...sampleInput().settings, rounding: 1 } }), "vi");
    expect(table(one, "tdSummary").table.columns[2]?.numberFormat).toBe("0.0");
    expect(table(one, "tdNominations").table.columns[2]?.numberFormat).toBe("0.0");
  });

  it("lists the nominations, the vote columns blank until votes are recorded", () => {
    const { table: t, sheet } = table(vi, "tdNominations");
    expect(t.rows.map((r) => r.slice(0, 8))).toEqual([
      [1, LUAT_GIA, 21, 1, "Cờ thi đua của Chính phủ", null, null, null],
      [2, FORMULA_UNIT, 19, 2, "Cờ thi đua của UBND tỉnh", null, null, null],
      [3, PLUS_UNIT, 16.875, 3, "Bằng khen của Chủ tịch UBND tỉnh", null, null, null],
    ]);
    expect(t.columns[6]?.numberFormat).toBe("0.0%");
    expect(sheet.titleLines).toContain(WORDS.vi.titles.nominationsVotes);
    // SPEC §5, why not proposed: each row names the better-ranked units it passed over for its award, each once.
    expect(t.rows.map((r) => r[8])).toEqual([
      null,
      `${LUAT_GIA} (hạng 1): đã được đề nghị hình thức cao hơn`,
      `${LUAT_GIA} (hạng 1): đã được đề nghị hình thức cao hơn\n${FORMULA_UNIT} (hạng 2): đã được đề nghị hình thức cao hơn`,
    ]);

    const voted = resultSheets(
      sampleInput({
        votes: [
          { unit: LUAT_GIA, award: "co-thi-dua-chinh-phu", votesFor: 3, voters: 4 },
          { unit: FORMULA_UNIT, award: "co-thi-dua-ubnd-tinh", votesFor: 2, voters: 4 },
        ],
      }),
      "vi",
    );
    // SPEC §5.1: a proposal that does not pass stays, with Không đạt.
    expect(table(voted, "tdNominations").table.rows.map((r) => r.slice(5, 8))).toEqual([
      [3, 0.75, "Đạt"],
      [2, 0.5, "Không đạt"],
      [null, null, null],
    ]);
  });

  it("a proposal outvoted in a tie does not pass whatever its share, and a title line says why", () => {
    const input = sampleInput({
      votes: [{ unit: PLUS_UNIT, award: "bang-khen-ubnd-tinh", votesFor: 3, voters: 4, passed: false, outvoted: true }],
    });
    const { table: t, sheet } = table(resultSheets(input, "vi"), "tdNominations");
    expect(t.rows[2]?.slice(5, 8)).toEqual([3, 0.75, "Không đạt"]);
    expect(sheet.titleLines).toContain(WORDS.vi.titles.nominationsOutvoted(PLUS_UNIT, "Bằng khen của Chủ tịch UBND tỉnh"));
  });

  it("tells the tied proposals apart in a title line", () => {
    const input = sampleInput();
    const tied = input.nominations.map((n, i) => (i === 2 ? { ...n, tied: true } : n));
    const sheets = resultSheets({ ...input, nominations: tied }, "en");
    expect(table(sheets, "tdNominations").sheet.titleLines).toContain(
      `${PLUS_UNIT} tie at the last place of the quota for Bằng khen của Chủ tịch UBND tỉnh: the block decides by vote.`,
    );
  });
});

describe("keepScoreRows: the score table made ahead in slices (the pane, issue 24)", () => {
  const scoresOf = (sheets: readonly SheetSpec[]) => sheets.find((s) => s.table.name === "tdScores")?.table.rows;
  const issuesOf = (sheets: readonly SheetSpec[]) => sheets.find((s) => s.table.name === "tdIssues")?.table.rows;

  test("a large block pauses between slices, and resultSheets then has the very rows it would have made itself", async () => {
    const base = sampleInput();
    // 1,200 scoresheets: more than two slices.
    const many = Array.from({ length: Math.ceil(1200 / base.sheets.length) }, () => base.sheets).flat();
    const ahead = { ...base, sheets: many };
    let pauses = 0;
    await keepScoreRows(ahead, "vi", async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(2);
    const kept = resultSheets(ahead, "vi");
    const fresh = resultSheets({ ...base, sheets: [...many] }, "vi");
    expect(scoresOf(kept)).toEqual(scoresOf(fresh));
    expect(issuesOf(kept)).toEqual(issuesOf(fresh));
    // Made once: the sheets take the kept rows, not a second copy.
    expect(scoresOf(resultSheets(ahead, "vi"))).toBe(scoresOf(kept));
  });

  test("a small block is made without a pause; other issues or another language make the rows again", async () => {
    const input = sampleInput();
    let pauses = 0;
    await keepScoreRows(input, "en", async () => void pauses++);
    expect(pauses).toBe(0);
    expect(scoresOf(resultSheets(input, "en"))).toEqual(scoresOf(resultSheets({ ...input, sheets: [...input.sheets] }, "en")));
    expect(scoresOf(resultSheets({ ...input, issues: [] }, "vi"))).toEqual(scoresOf(resultSheets({ ...input, sheets: [...input.sheets], issues: [] }, "vi")));
  });
});
