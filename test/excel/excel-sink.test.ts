import { ExcelSink } from "../../src/excel/excel-sink";
import { resultSheets } from "../../src/workbook/result-sheets";
import { columnLetters } from "../../src/core/model/address";
import { chartPlacement, sheetLayout, type OutputCell, type SheetSpec, type TableSpec } from "../../src/workbook/ports/sink";
import { FORMULA_UNIT, MINUS_UNIT, PLUS_UNIT, sampleInput } from "../workbook/sample-result";
import { FakeExcel, LIMIT_BYTES, parseEntry, type FakeSheet, type Stored } from "./fake-excel";

const OUR_TABLES = ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdScorers", "tdNominations"];

/** What a spec's cell looks like once written: blanks null, links their text, numbers exact. */
function expected(cell: OutputCell | undefined): Stored | null {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "object") return cell.text;
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}

/** Every table of the spec sits where sheetLayout says, with the spec's header and values. */
function expectSheetMatches(sheet: FakeSheet, spec: SheetSpec) {
  (spec.titleLines ?? []).forEach((line, i) => expect(sheet.get(i, 0)).toBe(line));
  for (const placement of sheetLayout(spec)) {
    const { table, headerRow, firstDataRow, lastDataRow } = placement;
    const width = table.columns.length;
    expect(sheet.block(headerRow, headerRow, width)[0]).toEqual(table.columns.map((c) => c.header));
    const rows = sheet.block(firstDataRow, lastDataRow, width);
    const want = table.rows.length === 0 ? [new Array(width).fill(null)] : table.rows.map((row) => table.columns.map((_, c) => expected(row[c])));
    expect(rows).toEqual(want);
  }
}

function noFormulas(sheet: FakeSheet) {
  for (const row of sheet.rows()) for (const v of row) expect(typeof v === "object" && v !== null && "formula" in v ? v : null).toBeNull();
}

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  const mine = fake.addSheet("Tổng hợp");
  mine.set(0, 0, "Bảng của tôi");
  mine.set(1, 1, 42);
  mine.set(2, 2, { formula: "=B2*2" });
  mine.tables.push({ name: "BangCuaToi", address: "A5:B7", style: "TableStyleLight1", headers: ["a", "b"] });
  const other = fake.addSheet("Dữ liệu");
  other.set(3, 2, "giữ nguyên");
  return fake;
}

/** Every link of Kiểm tra points at a whole row of the scores sheet, under the name that sheet got. */
function expectIssueLinksToScores(fake: FakeExcel, scoresSheet: string) {
  const links = [...fake.sheet("Kiểm tra").hyperlinks.values()];
  expect(links.length).toBeGreaterThan(0);
  const quoted = `'${scoresSheet.replace(/[()]/g, "\\$&")}'`;
  for (const link of links) expect(link.documentReference).toMatch(new RegExp(`^${quoted}!A\\d+:H\\d+$`));
}

function snapshot(sheet: FakeSheet) {
  return JSON.parse(JSON.stringify({ name: sheet.name, rows: sheet.rows(), formats: sheet.formats, tables: sheet.tables, links: [...sheet.hyperlinks] }));
}

describe("parseEntry (the fake's model of Excel's input parsing)", () => {
  it("turns formula-like, numeric and boolean text into what Excel would, except under the @ format", () => {
    expect(parseEntry('=HYPERLINK("x")', "General")).toEqual({ formula: '=HYPERLINK("x")' });
    expect(parseEntry("+84 Hội", "General")).toEqual({ formula: "=+84 Hội" });
    expect(parseEntry("-Hội", "General")).toEqual({ formula: "=-Hội" });
    expect(parseEntry("@x", "General")).toEqual({ formula: "=@x" });
    expect(parseEntry("0012", "General")).toBe(12);
    expect(parseEntry("TRUE", "General")).toBe(true);
    for (const text of ['=HYPERLINK("x")', "+84", "-Hội", "@x", "0012", "TRUE"]) expect(parseEntry(text, "@")).toBe(text);
  });
});

describe("ExcelSink", () => {
  const sheets = resultSheets(sampleInput(), "vi");

  it("writes the seven sheets of a result as tables td…, values equal to the specs, in three requests", async () => {
    const fake = userWorkbook();
    const before = fake.workbook.sheets.map(snapshot);
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);

    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Dữ liệu",
      "Cài đặt",
      "Đơn vị",
      "Tiêu chí",
      "Điểm chấm",
      "Kiểm tra",
      "Tổng hợp (2)",
      "Đề nghị",
    ]);
    // The user's sheets are untouched, the one named like ours included.
    expect(fake.workbook.sheets.slice(0, 2).map(snapshot)).toEqual(before);
    for (const name of OUR_TABLES) expect(fake.table(name).table.style).toBe("TableStyleMedium2");
    expect(fake.table("tdSummary").sheet.name).toBe("Tổng hợp (2)");
    expect(fake.table("tdScorers").sheet.name).toBe("Tổng hợp (2)");
    expect(sink.sheetNames.get("Tổng hợp")).toBe("Tổng hợp (2)");

    for (const spec of sheets) {
      const sheet = fake.sheet(sink.sheetNames.get(spec.name) as string);
      expectSheetMatches(sheet, spec);
      noFormulas(sheet);
      const main = sheetLayout(spec)[0];
      expect(sheet.frozenRows).toBe(main?.headerRow);
      const table = fake.table(spec.table.name).table;
      expect(table.address).toBe(`A${main?.headerRow}:${String.fromCharCode(64 + spec.table.columns.length)}${main?.lastDataRow}`);
    }
    expect(fake.workbook.active).toBe("Tổng hợp (2)");

    // Four requests: the read, the write, events back on, the print setup apart (SPEC §6: every sheet prints). Each well under 5 MB; no cell written with events or calculation on.
    expect(fake.syncs).toBe(4);
    expect(sink.lastSyncCount).toBe(4);
    for (const r of fake.requests) {
      expect(r.requestBytes).toBeLessThan(LIMIT_BYTES);
      expect(r.writesWithEvents).toBe(0);
      expect(r.writesWithCalculation).toBe(0);
    }
    expect(fake.workbook.enableEvents).toBe(true);
  });

  it("selects an issue's row in our Kiểm tra sheet, under the name it was given, in one request", async () => {
    const fake = userWorkbook();
    fake.addSheet("Kiểm tra"); // the user's own: ours becomes "Kiểm tra (2)"
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);
    const before = fake.syncs;
    await sink.selectRow("Kiểm tra", 7);
    expect(fake.syncs - before).toBe(1);
    expect(fake.workbook.active).toBe("Kiểm tra (2)");
    expect(fake.workbook.selection).toEqual({ sheet: "Kiểm tra (2)", top: 6, bottom: 6, entireRows: true });
  });

  it("keeps formula-like unit names as text", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake }).writeSheets(sheets);
    const units = fake.sheet("Đơn vị");
    const all = units.rows().flat();
    for (const name of [FORMULA_UNIT, PLUS_UNIT, MINUS_UNIT, "@x"]) expect(all).toContain(name);
    // The cells that hold them are formatted as text (that is what keeps them text in Excel).
    const row = units.rows().findIndex((r) => r[0] === FORMULA_UNIT);
    expect(units.format(row, 0)).toBe("@");
  });

  it("links tdIssues cells to the tdScores rows, following the sheet's name", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Điểm chấm"); // a user's sheet with our scores sheet's name
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);
    expect(sink.sheetNames.get("Điểm chấm")).toBe("Điểm chấm (2)");
    expectIssueLinksToScores(fake, "Điểm chấm (2)");
  });

  it("links to a user's sheet by its own name, even when one of ours was given that name", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Điểm chấm");
    const sink = new ExcelSink({ host: fake });
    const columns = [{ header: "Ô" }];
    await sink.writeSheets([
      { name: "Điểm chấm", table: { name: "tdScores", columns, rows: [["x"]] } },
      { name: "Kiểm tra", table: { name: "tdIssues", columns, rows: [[{ text: "E5", sheet: "Điểm chấm", cell: "E5", userSheet: true }], [{ text: "A2", sheet: "Điểm chấm", cell: "A2" }]] } },
    ]);
    const links = [...fake.sheet("Kiểm tra").hyperlinks.values()].map((l) => l.documentReference);
    expect(links).toEqual(["'Điểm chấm'!E5", "'Điểm chấm (2)'!A2"]);
  });

  it("adds conditional formats, data validation, widths and the chart", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake }).writeSheets(sheets);
    const scores = fake.table("tdScores");
    expect(scores.sheet.validations.length).toBeGreaterThan(0);
    expect(scores.sheet.validations[0]).toMatchObject({ ignoreBlanks: true, rule: { decimal: { operator: "Between" } } });
    const withHighlights = sheets.flatMap((s) => sheetLayout(s).map((p) => p.table)).filter((t: TableSpec) => (t.highlights ?? []).length > 0);
    for (const t of withHighlights) {
      const { sheet } = fake.table(t.name);
      expect(sheet.conditionalFormats.length).toBeGreaterThanOrEqual(t.highlights?.length ?? 0);
      expect(sheet.conditionalFormats[0]).toMatchObject({ type: "Custom", stopIfTrue: true, priority: 0 });
      expect(sheet.conditionalFormats[0]?.formula).toMatch(/^=\$[A-Z]+\d+="/);
    }
    const summary = fake.table("tdSummary");
    expect(summary.sheet.charts).toHaveLength(1);
    const summarySpec = sheets.find((s) => s.table.name === "tdSummary")!;
    const place = chartPlacement(summarySpec)!;
    expect(summary.sheet.charts[0]).toEqual({
      type: "BarClustered",
      seriesBy: "Columns",
      title: summarySpec.chart!.title,
      legendVisible: false,
      source: `C${place.main.headerRow}:C${place.main.lastDataRow}`,
      xValues: `B${place.main.firstDataRow}:B${place.main.lastDataRow}`,
      categoriesReversed: true,
      position: `${columnLetters(place.fromColumn)}${place.fromRow}`,
      positionEnd: `${columnLetters(place.toColumn)}${place.toRow}`,
    });
    expect(summary.sheet.columnWidths.size).toBeGreaterThan(0);
  });

  it("replaces only its own sheets on a re-run, and keeps the table names", async () => {
    const fake = userWorkbook();
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);
    const names = fake.workbook.sheets.map((s) => s.name);
    const user = fake.workbook.sheets.slice(0, 2).map(snapshot);
    fake.syncs = 0;
    await sink.writeSheets(resultSheets(sampleInput(), "en"));
    expect(fake.syncs).toBe(4);
    expect(fake.workbook.sheets.slice(0, 2).map(snapshot)).toEqual(user);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Dữ liệu", "Settings", "Units", "Criteria", "Scores", "Checks", "Summary", "Nominations"]);
    for (const name of OUR_TABLES) expect(fake.table(name)).toBeDefined();
    // Back to Vietnamese: the same names as the first time.
    await sink.writeSheets(sheets);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(names);
    expect(fake.workbook.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort()).toEqual(["BangCuaToi", ...OUR_TABLES].sort());
  });

  it("works on a workbook holding only our sheets (the old ones go last)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);
    fake.workbook.sheets.splice(0, 1);
    await sink.writeSheets(sheets);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  });

  it("restores events and rolls back when a write fails", async () => {
    const fake = userWorkbook();
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(sheets);
    const before = fake.workbook.sheets.map(snapshot);
    fake.syncs = 0;
    fake.failAtSync = 2;
    await expect(sink.writeSheets(sheets)).rejects.toThrow(/sync 2 failed/);
    expect(fake.workbook.enableEvents).toBe(true);
    expect(fake.workbook.sheets.map(snapshot)).toEqual(before);
  });

  it("restores events when a sync fails after some sheets were written", async () => {
    const fake = userWorkbook();
    const sink = new ExcelSink({ host: fake, maxRequestBytes: 20_000 });
    const failing = fake.syncs + 4;
    fake.failAtSync = failing;
    await expect(sink.writeSheets(sheets)).rejects.toThrow(/failed/);
    expect(fake.workbook.enableEvents).toBe(true);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Dữ liệu"]);
  });

  it("keeps the sheets a re-run hands in unchanged, and our sheets in their order among the user's", async () => {
    const fake = userWorkbook();
    fake.addSheet("Điểm chấm"); // the user's: ours is "Điểm chấm (2)"
    const sink = new ExcelSink({ host: fake });
    const imported = sheets.slice(0, 5).map((s, i) => ({ ...s, active: i === 4 }));
    await sink.writeSheets(imported);
    fake.addSheet("Ghi chú"); // a sheet the user adds after ours
    const ours = (name: string) => fake.sheet(name);
    const before = ["Đơn vị", "Tiêu chí", "Điểm chấm (2)"].map(ours);

    // Ranking: new settings, issues and summary; the import's three sheets handed in again as they were.
    const again = resultSheets(sampleInput(), "vi");
    const ranked = [again[0]!, imported[1]!, imported[2]!, imported[3]!, { ...again[4]!, active: false }, { ...again[5]!, active: true }];
    fake.syncs = 0;
    fake.requests.length = 0;
    await sink.writeSheets(ranked);
    // The two sheets written again print: their print setup is the fourth request.
    expect(sink.lastSyncCount).toBe(4);
    ["Đơn vị", "Tiêu chí", "Điểm chấm (2)"].forEach((name, i) => expect(ours(name)).toBe(before[i]));
    const operations = fake.requests.flatMap((r) => r.names);
    expect(operations.filter((op) => op === "worksheets.add")).toHaveLength(3);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Dữ liệu",
      "Điểm chấm",
      "Cài đặt",
      "Đơn vị",
      "Tiêu chí",
      "Điểm chấm (2)",
      "Kiểm tra",
      "Tổng hợp (2)",
      "Ghi chú",
    ]);
    expect(fake.workbook.active).toBe("Tổng hợp (2)");
    // The new Kiểm tra links to the kept scores sheet under the name it has.
    expectIssueLinksToScores(fake, "Điểm chấm (2)");
  });

  it("writes a kept sheet again when the user deleted it, in its place", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    const imported = sheets.slice(0, 5);
    await sink.writeSheets(imported);
    fake.workbook.sheets.splice(fake.workbook.sheets.findIndex((s) => s.name === "Tiêu chí"), 1);
    await sink.writeSheets(imported);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Cài đặt", "Đơn vị", "Tiêu chí", "Điểm chấm", "Kiểm tra"]);
    expect(fake.table("tdCriteria").sheet.name).toBe("Tiêu chí");
    // The first of ours deleted: written again before the next of ours, not after the last.
    fake.workbook.sheets.splice(fake.workbook.sheets.findIndex((s) => s.name === "Cài đặt"), 1);
    fake.addSheet("Ghi chú");
    await sink.writeSheets(imported);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Cài đặt", "Đơn vị", "Tiêu chí", "Điểm chấm", "Kiểm tra", "Ghi chú"]);
  });

  it("rolls back to the old sheets when a request fails half-way through a re-run", async () => {
    const fake = userWorkbook();
    const sink = new ExcelSink({ host: fake, maxRequestBytes: 20_000 });
    // A re-run writes a new result: new SheetSpecs (the same objects again would be kept, not rewritten).
    const rerun = () => resultSheets(sampleInput(), "vi");
    await sink.writeSheets(sheets);
    await sink.writeSheets(rerun());
    const syncs = sink.lastSyncCount; // the read, the writes, the restore
    expect(syncs).toBeGreaterThan(4);
    const before = fake.workbook.sheets.map(snapshot);
    for (const failing of [2, 3, Math.floor(syncs / 2), syncs - 1]) {
      fake.syncs = 0;
      fake.failAtSync = failing;
      await expect(sink.writeSheets(rerun())).rejects.toThrow(/failed/);
      fake.failAtSync = null;
      expect(fake.workbook.enableEvents).toBe(true);
      expect(fake.workbook.sheets.map(snapshot)).toEqual(before);
    }
    // A failure of the very request that turns events back on: tried again.
    fake.syncs = 0;
    fake.failAtSync = syncs;
    await sink.writeSheets(rerun());
    expect(fake.workbook.enableEvents).toBe(true);
  });

  it("runs on ExcelApi 1.8 without the 1.9 screen updating", async () => {
    const fake = new FakeExcel({ apiVersion: 8 });
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake }).writeSheets(sheets);
    expect(fake.syncs).toBe(3);
  });

  it("splits a large block into requests under the budget (L: 491,520 score rows)", async () => {
    const rows = 491_520;
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const spec = scoresSpec(rows);
    const sink = new ExcelSink({ host: fake });
    const started = Date.now();
    await sink.writeSheets([spec]);
    const elapsed = Date.now() - started;

    const sheet = fake.sheet("Điểm chấm");
    expect(sheet.block(2, 2, 8)[0]).toEqual(spec.table.rows[0]);
    expect(sheet.block(rows + 1, rows + 1, 8)[0]).toEqual(spec.table.rows[rows - 1]);
    expect(sheet.get(rows + 1, 0)).toBeUndefined();
    expect(fake.table("tdScores").table.address).toBe(`A1:H${rows + 1}`);
    noFormulasIn(sheet, 1000);

    const total = fake.requests.reduce((n, r) => n + r.requestBytes, 0);
    const biggest = Math.max(...fake.requests.map((r) => r.requestBytes));
    expect(biggest).toBeLessThan(2_100_000);
    for (const r of fake.requests) expect(r.writesWithEvents + r.writesWithCalculation).toBe(0);
    // The read and the events' restore, plus one request per ~2 MB of cells: no sync per row or per sheet.
    expect(fake.syncs).toBe(sink.lastSyncCount);
    expect(fake.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 1_500_000));
    console.log(`L write: ${rows} rows, ${fake.syncs} syncs, ${(total / 1e6).toFixed(1)} MB in requests, biggest ${(biggest / 1e6).toFixed(2)} MB, ${elapsed} ms`);

    // Ranking after the import hands the same scores in again: they are kept, so the click costs what a small block's does.
    const summary = { name: "Tổng hợp", active: true, table: { name: "tdSummary" as const, columns: [{ header: "Đơn vị" }], rows: [["Hội Cựu chiến binh huyện số 1"]] } };
    fake.requests.length = 0;
    await sink.writeSheets([spec, summary]);
    expect(sink.lastSyncCount).toBe(3);
    expect(fake.requests.reduce((n, r) => n + r.requestBytes, 0)).toBeLessThan(20_000);
    expect(fake.sheet("Điểm chấm")).toBe(sheet);
  }, 60_000);
});

function noFormulasIn(sheet: FakeSheet, every: number) {
  for (let r = 0; r < sheet.values.length; r += every) {
    for (const v of sheet.values[r] ?? []) expect(typeof v === "object" ? v : null).toBeNull();
  }
}

/** A tdScores sheet like the largest block's: 64 scorers × 64 ratees × 120 criteria. */
function scoresSpec(rows: number): SheetSpec {
  const units = Array.from({ length: 64 }, (_, i) => `Hội Cựu chiến binh huyện số ${i + 1}`);
  const out: OutputCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const scorer = units[i % 64] as string;
    const ratee = units[Math.floor(i / 64) % 64] as string;
    out.push([scorer, ratee, `${1 + (i % 12)}.${1 + (i % 10)}`, (i % 21) / 2, "Chấm chéo", `cham-cheo-${i % 64}.xlsx`, `Đơn vị ${Math.floor(i / 64) % 64}`, `E${8 + (i % 120)}`]);
  }
  const header = ["Đơn vị chấm", "Đơn vị được chấm", "Mã tiêu chí", "Điểm", "Loại", "Tệp", "Trang tính", "Ô"];
  return {
    name: "Điểm chấm",
    table: {
      name: "tdScores",
      columns: header.map((h, i) => ({ header: h, width: 20, ...(i === 3 ? { numberFormat: "0.00", validation: { kind: "decimal" as const, min: 0, max: 100, errorStyle: "information" as const } } : {}) })),
      rows: out,
    },
  };
}
