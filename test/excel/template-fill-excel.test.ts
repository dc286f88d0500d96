/**
 * A block's template filled WITH its formats inside Excel (SPEC §7), on the
 * instrumented Office.js double: from an imported file's bytes
 * (insertWorksheetsFromBase64) and from a sheet of the open workbook
 * (worksheet.copy). The template of the fixture builder has every
 * placeholder, a repeating row with merges above, in and below it,
 * placeholders inside text and an unknown one; the block's units include
 * names that look like formulas. Checked cell by cell against the plan and
 * the template's own cells, formats, heights, merges and print area; the
 * template unchanged; a re-run replacing only our filled sheet; a user's
 * sheet of that name untouched; four requests under 5 MB; and the fallback
 * where Excel lacks the API.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fillGrid } from "../../src/core/documents/fill-grid";
import { documentValues, type DocumentInput } from "../../src/core/documents/values";
import type { Grid } from "../../src/core/model/grid";
import { ExcelSink } from "../../src/excel/excel-sink";
import { filledPrintAreas } from "../../src/excel/excel-template-fill";
import { ExcelProtectedError } from "../../src/excel/protection";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { dateSerial } from "../../src/workbook/page-layout";
import { templateFillSpec, type TemplateFill, type TemplateFillSpec, type TemplateOrigin } from "../../src/workbook/ports/template-fill";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { blockTemplateXlsx, ROW, TEMPLATE_SHEET, UNKNOWN, USER_FORMULA_TEXT } from "../fixtures/templates/block-template";
import { FORMULA_UNIT, MINUS_UNIT, PLUS_UNIT, sampleInput, sampleDocumentInput } from "../workbook/sample-result";
import { CACHED, WEB_NAME, withOutsideLinks } from "../fixtures/templates/outside-links";
import { partText, unzipOf } from "../support/zip";
import { withBombPart } from "../support/bombs";
import { boxAddress, FakeExcel, type FakeSheet, LIMIT_BYTES, sheetsFromXlsx } from "./fake-excel";

jest.setTimeout(60_000);

const FILLED = `${TEMPLATE_SHEET} (đã điền)`;
const FILE = "Mau bien ban.xlsx";
const result = sampleInput();
const input: DocumentInput = sampleDocumentInput({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", place: "Yên Bái", secretary: "Ông Trần Văn Sơn", documentNumber: "15/BB-KTĐ" });

let bytes: Buffer;
let grid: Grid;
/** The template as the double holds it: what the filled sheet's rows are compared with. */
let template: FakeSheet;

beforeAll(async () => {
  bytes = await blockTemplateXlsx();
  const read = await readWorkbook(new Uint8Array(bytes).buffer, FILE);
  if (!read.ok) throw new Error("the template does not read");
  grid = read.grids.find((g) => g.sheet === TEMPLATE_SHEET)!;
  template = (await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]))[0]!;
});

const fromFile = (): TemplateOrigin => ({ kind: "file", file: FILE, read: () => Promise.resolve(new Uint8Array(bytes).buffer) });
const specFor = (changes: Partial<DocumentInput> = {}): TemplateFillSpec => templateFillSpec(TEMPLATE_SHEET, fillGrid(grid, documentValues({ ...input, ...changes })), "vi");

/** Everything the double knows of a sheet, to compare before and after. */
const snapshot = (sheet: FakeSheet) =>
  JSON.stringify({
    name: sheet.name,
    values: sheet.rows(),
    formats: sheet.formats,
    looks: [...sheet.cellFormats],
    merges: sheet.merges,
    heights: [...sheet.rowHeights],
    widths: [...sheet.columnWidths],
    names: [...sheet.names],
    layout: sheet.pageLayout,
  });

/** The filled sheet, cell by cell: each placeholder's value with its type, the template's other cells and looks on every row that copies its row. */
function expectFilled(filled: FakeSheet, spec: TemplateFillSpec): void {
  const planned = new Map(spec.cells.map((c) => [`${c.row - 1},${c.column - 1}`, c]));
  spec.rowSources.forEach((source, i) => {
    const from = source - 1;
    for (let c = 0; c < 10; c++) {
      const fill = planned.get(`${i},${c}`);
      const where = `${boxAddress({ top: i, left: c, bottom: i, right: c })} (template row ${source})`;
      const value = filled.get(i, c);
      if (!fill) {
        expect([where, value, filled.format(i, c)]).toEqual([where, template.get(from, c), template.format(from, c)]);
      } else if (typeof fill.value === "string") {
        // Text as text: `@` went first, so a unit named `=HYPERLINK(…)` is no formula.
        expect([where, value, filled.format(i, c)]).toEqual([where, fill.value, "@"]);
      } else if (typeof fill.value === "number") {
        expect([where, value, filled.format(i, c)]).toEqual([where, fill.value, fill.numberFormat ?? template.format(from, c)]);
      } else if (fill.value !== null && typeof fill.value === "object" && "date" in fill.value) {
        expect([where, value, filled.format(i, c)]).toEqual([where, dateSerial(fill.value.date), "dd/mm/yyyy"]);
      } else {
        expect([where, value]).toEqual([where, undefined]);
      }
      expect([where, filled.cellFormat(i, c)]).toEqual([where, template.cellFormat(from, c)]);
    }
    expect([i, filled.rowHeights.get(i) ?? 15]).toEqual([i, template.rowHeights.get(from) ?? 15]);
  });
  expect([...filled.merges].sort()).toEqual(spec.merges.map((m) => boxAddress({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 })).sort());
  expect(filled.pageLayout["printArea"]).toBe(`A1:J${spec.rowSources.length}`);
  expect([...filled.columnWidths]).toEqual([...template.columnWidths]);
  expect(filled.names.get("tdPage")?.value).toBe(`document|${FILLED}`);
}

/** Four requests, and one more for the insertion from a file, whose answer (the ids) names the sheet. */
function expectBudget(fake: FakeExcel, from: number, fromFiles = 1): void {
  const requests = fake.requests.slice(from);
  expect(requests).toHaveLength(4 + fromFiles);
  for (const request of requests) {
    expect(request.requestBytes).toBeLessThan(LIMIT_BYTES);
    expect(request.responseBytes).toBeLessThan(LIMIT_BYTES);
    expect(request.writesWithEvents).toBe(0);
  }
}

describe("a block's template filled inside Excel", () => {
  test("from an imported file: the template's sheet brought in, filled with its formats; a user's sheet of the filled name untouched; a re-run replaces only ours", async () => {
    const fake = new FakeExcel();
    // Our built-in minutes hold the template's name: they step aside while the template comes in, and keep it.
    const minutes = fake.addSheet(TEMPLATE_SHEET);
    minutes.set(0, 0, "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA");
    minutes.names.set("tdPage", { formula: '="document|Biên bản"', value: "document|Biên bản" });
    const mine = fake.addSheet(FILLED);
    mine.set(0, 0, "Trang của tôi, cùng tên");
    const before = [snapshot(minutes), snapshot(mine)];
    const sink = new ExcelSink({ host: fake });
    const spec = specFor();

    const start = fake.requests.length;
    expect(await sink.writeTemplateFills([{ spec, origin: fromFile() }])).toEqual([]);
    expect(sink.lastSyncCount).toBe(5);
    expectBudget(fake, start);
    // Numbered as the command line numbers a filled sheet whose name is taken.
    const name = FILLED.replace(/\)$/, " 2)");
    expect(sink.pageNames.get(FILLED)).toBe(name);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, FILLED, name]);
    const filled = fake.sheet(name);
    expectFilled(filled, spec);
    expect([snapshot(minutes), snapshot(mine)]).toEqual(before);

    // The values as the officer reads them, and strings that look like formulas stay text.
    const n = result.nominations.length;
    expect(filled.get(0, 0)).toBe("KHỐI CÁC HỘI ĐẶC THÙ");
    // SPEC §7: thu_ky is the name as signed, its Ông split off.
    expect([filled.get(2, 1), filled.get(3, 1)]).toEqual(["15/BB-KTĐ", "Thư ký: Trần Văn Sơn"]);
    expect([filled.get(4, 4), filled.get(4, 5)]).toEqual([`Giám đốc: ${UNKNOWN}`, USER_FORMULA_TEXT]);
    const names = Array.from({ length: n }, (_, i) => filled.get(ROW.proposal - 1 + i, 1));
    expect(names).toEqual(result.nominations.map((x) => x.unit));
    const ranked = filled.rows().map((row) => row[1]);
    for (const unit of [FORMULA_UNIT, PLUS_UNIT, MINUS_UNIT]) expect(ranked).toContain(unit);
    expect(filled.get(ROW.proposal - 1 + n, 0)).toBe(`Tổng cộng: ${n} đơn vị được đề nghị.`);

    // Again, with a new number: our filled sheet replaced in its place, nothing else.
    fake.addSheet("Ghi chú của tôi");
    const again = specFor({ meeting: { ...input.meeting, documentNumber: "16/BB-KTĐ" } });
    const second = fake.requests.length;
    await sink.writeTemplateFills([{ spec: again, origin: fromFile() }]);
    expectBudget(fake, second);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, FILLED, name, "Ghi chú của tôi"]);
    expect(fake.sheet(name).get(2, 1)).toBe("16/BB-KTĐ");
    expectFilled(fake.sheet(name), again);
    expect([snapshot(minutes), snapshot(mine)]).toEqual(before);
  });

  test("from a sheet of the open workbook: a copy filled, the template itself unchanged", async () => {
    const fake = new FakeExcel();
    const [sheet] = await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]);
    fake.workbook.sheets.push(sheet!);
    const before = snapshot(sheet!);
    const sink = new ExcelSink({ host: fake });
    const spec = specFor();
    const start = fake.requests.length;
    expect(await sink.writeTemplateFills([{ spec, origin: { kind: "open-workbook" } }])).toEqual([]);
    expectBudget(fake, start, 0);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, FILLED]);
    expectFilled(fake.sheet(FILLED), spec);
    expect(snapshot(fake.sheet(TEMPLATE_SHEET))).toBe(before);
    // The template's looks are real ones, not blanks compared with blanks.
    expect(fake.sheet(FILLED).cellFormat(ROW.proposal, 1)).toMatchObject({ "font.italic": true, "fill.color": "#FFF2CC", "border.EdgeTop.style": "Continuous" });
    expect(fake.sheet(FILLED).rowHeights.get(ROW.proposal)).toBe(30);
  });

  test("a user's sheet named like the template keeps its name: that template comes back for a plain page, nothing written", async () => {
    const fake = new FakeExcel();
    const theirs = fake.addSheet(TEMPLATE_SHEET);
    theirs.set(0, 0, "Biên bản của tôi");
    const before = snapshot(theirs);
    const fill: TemplateFill = { spec: specFor(), origin: fromFile() };
    expect(await new ExcelSink({ host: fake }).writeTemplateFills([fill])).toEqual([fill]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET]);
    expect(snapshot(theirs)).toBe(before);
  });

  test("Excel on the web refuses a file with comments: that fill comes back for a plain page, the workbook as it was, the open workbook's template still filled", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    book.getWorksheet(TEMPLATE_SHEET)!.getCell("A1").note = "Ghi chú của cán bộ";
    const commented = Buffer.from(await book.xlsx.writeBuffer());
    const fake = new FakeExcel({ web: true });
    // Ours, named like the template: it steps aside, and the rollback gives its name back.
    const minutes = fake.addSheet(TEMPLATE_SHEET);
    minutes.names.set("tdPage", { formula: '="document|Biên bản"', value: "document|Biên bản" });
    const other = (await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]))[0]!;
    other.name = "Mẫu khác";
    fake.workbook.sheets.push(other);
    const fromComments: TemplateFill = { spec: specFor(), origin: { kind: "file", file: "Mau co ghi chu.xlsx", read: () => Promise.resolve(new Uint8Array(commented).buffer) } };
    const own: TemplateFill = { spec: { ...specFor(), template: "Mẫu khác", name: "Mẫu khác (đã điền)" }, origin: { kind: "open-workbook" } };
    const sink = new ExcelSink({ host: fake });
    expect(await sink.writeTemplateFills([fromComments, own])).toEqual([fromComments]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, "Mẫu khác", "Mẫu khác (đã điền)"]);
    expect(fake.workbook.enableEvents).toBe(true);
    // The failed batch and the one that followed: a small constant number of requests still.
    expect(sink.lastSyncCount).toBeLessThanOrEqual(10);
    // The same file without its comment goes in on the web.
    expect(await sink.writeTemplateFills([{ ...fromComments, origin: fromFile() }])).toEqual([]);
  });

  /** Ours named like the template (it steps aside), a user's sheet last (getLast() would take it), the open workbook's own template. */
  async function webWorkbook(insertFault: "inserted" | "general" | "nothing") {
    const fake = new FakeExcel({ web: true, insertFault });
    const minutes = fake.addSheet(TEMPLATE_SHEET);
    minutes.set(0, 0, "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA");
    minutes.names.set("tdPage", { formula: '="document|Biên bản"', value: "document|Biên bản" });
    const other = (await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]))[0]!;
    other.name = "Mẫu khác";
    fake.workbook.sheets.push(other);
    const last = fake.addSheet("Số liệu của tôi");
    last.set(0, 0, "Ô của tôi");
    last.merges.push("A1:B1");
    const before = fake.workbook.sheets.map(snapshot);
    const fromFile_: TemplateFill = { spec: specFor(), origin: fromFile() };
    const own: TemplateFill = { spec: { ...specFor(), template: "Mẫu khác", name: "Mẫu khác (đã điền)" }, origin: { kind: "open-workbook" } };
    return { fake, before, fromFile_, own };
  }

  test.each(["inserted", "general", "nothing"] as const)(
    "Excel on the web's insertion fails (%s): every sheet it left is deleted, ours gets its name back, the user's last sheet untouched, the file's fill back for a plain page",
    async (fault) => {
      const { fake, before, fromFile_, own } = await webWorkbook(fault);
      const sink = new ExcelSink({ host: fake });
      expect(await sink.writeTemplateFills([fromFile_, own])).toEqual([fromFile_]);
      // No raw copy of the template, no `~td-fill N`: the sheets as they were, and the own template's fill.
      expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, "Mẫu khác", "Số liệu của tôi", "Mẫu khác (đã điền)"]);
      expect(fake.workbook.sheets.slice(0, 3).map(snapshot)).toEqual(before);
      expect(fake.workbook.enableEvents).toBe(true);
    },
  );

  test("a protected template sheet of the open workbook is not copied: it comes back for a plain page, nothing written", async () => {
    const fake = new FakeExcel();
    const [sheet] = await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]);
    sheet!.protected = true;
    fake.workbook.sheets.push(sheet!);
    const before = snapshot(sheet!);
    const fill: TemplateFill = { spec: specFor(), origin: { kind: "open-workbook" } };
    // Marked as protected: the pane names the sheet rather than blame the Excel's version.
    expect(await new ExcelSink({ host: fake }).writeTemplateFills([fill])).toEqual([{ ...fill, protectedTemplate: true }]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET]);
    expect(snapshot(fake.sheet(TEMPLATE_SHEET))).toBe(before);
  });

  test("a workbook whose structure is protected: a protection error after the first request, nothing written", async () => {
    const fake = new FakeExcel();
    const [sheet] = await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]);
    fake.workbook.sheets.push(sheet!);
    fake.workbook.structureProtected = true;
    const sink = new ExcelSink({ host: fake });
    const error = await sink.writeTemplateFills([{ spec: specFor(), origin: { kind: "open-workbook" } }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelProtectedError);
    expect((error as ExcelProtectedError).kind).toBe("workbook-structure");
    expect(fake.syncs).toBe(1);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET]);
  });

  test("with no proposal the repeating row is removed and the rows below move up with their merges", async () => {
    const fake = new FakeExcel();
    const sink = new ExcelSink({ host: fake });
    const spec = specFor({ nominations: [] });
    await sink.writeTemplateFills([{ spec, origin: fromFile() }]);
    const filled = fake.sheet(FILLED);
    expectFilled(filled, spec);
    expect(filled.get(ROW.proposal - 1, 0)).toBe("Tổng cộng: 0 đơn vị được đề nghị.");
    expect(filled.merges).toContain(`A${ROW.proposal}:D${ROW.proposal}`);
  });

  test("where Excel lacks the API the fills come back for plain pages: a file's without ExcelApi 1.13, every one without 1.9", async () => {
    const fills: TemplateFill[] = [
      { spec: specFor(), origin: fromFile() },
      { spec: { ...specFor(), template: TEMPLATE_SHEET, name: "Mẫu khác (đã điền)" }, origin: { kind: "open-workbook" } },
    ];
    const older = new FakeExcel({ apiVersion: 12 });
    const [sheet] = await sheetsFromXlsx(bytes, [TEMPLATE_SHEET]);
    older.workbook.sheets.push(sheet!);
    expect(await new ExcelSink({ host: older }).writeTemplateFills(fills)).toEqual([fills[0]]);
    expect(older.workbook.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, "Mẫu khác (đã điền)"]);

    const oldest = new FakeExcel({ apiVersion: 8 });
    expect(await new ExcelSink({ host: oldest }).writeTemplateFills(fills)).toEqual(fills);
    expect(oldest.syncs).toBe(0);
  });
});

describe("Lập hồ sơ inside Excel with a block's template", () => {
  const SAMPLE = path.join(__dirname, "../../assets/sample");

  async function session(apiVersion: number, file: Uint8Array = bytes) {
    const fake = new FakeExcel({ apiVersion });
    const sink = new ExcelSink({ host: fake });
    const s = new BlockSession({ sink, pageSink: sink, templateSink: sink, readWorkbook, lang: "vi" });
    const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
    const sources = files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) }));
    await s.importFiles([...sources, { name: FILE, read: () => Promise.resolve(new Uint8Array(file).buffer) }]);
    await s.computeRanking();
    await s.proposeNominations();
    s.updateMeeting({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29" });
    await s.makeDocuments();
    expect(s.getState().failure).toBeNull();
    return { fake, s };
  }

  test("the pane fills the imported template with its formats beside the three documents", async () => {
    const { fake, s } = await session(13);
    expect(s.getState().documents?.plainTemplates).toEqual([]);
    const filled = fake.sheet(FILLED);
    expect(filled.get(0, 0)).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
    expect(filled.rowHeights.get(ROW.proposal)).toBe(30);
    expect(filled.cellFormat(ROW.proposal - 1, 4)).toMatchObject({ "fill.color": "#FFF2CC" });
    expect(fake.sheet("Biên bản").names.get("tdPage")?.value).toBe("document|Biên bản");

    // Again: our minutes, named like the template, step aside for it; the same sheets, replaced.
    const sheets = fake.workbook.sheets.map((sheet) => sheet.name);
    await s.makeDocuments();
    expect(s.getState().failure).toBeNull();
    expect(s.getState().documents?.plainTemplates).toEqual([]);
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(sheets);
    expect(fake.sheet(FILLED).rowHeights.get(ROW.proposal)).toBe(30);
  });

  test("a template reaching outside the file: Excel is handed it without its external links, web names and outside formulas; the sheet still filled; the issue in Kiểm tra", async () => {
    const hostile = await withOutsideLinks(new Uint8Array(bytes), TEMPLATE_SHEET);
    const before = unzipOf(hostile);
    expect(partText(before, "xl/workbook.xml")).toMatch(/<externalReferences>[\s\S]*WEBSERVICE/);
    const { fake, s } = await session(13, hostile);
    expect(fake.insertedFiles).toHaveLength(1);
    const handed = unzipOf(new Uint8Array(fake.insertedFiles[0]!));
    expect([...handed.keys()].filter((name) => /externalLink/i.test(name))).toEqual([]);
    const text = [...handed].map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");
    expect(text).not.toMatch(/externalReference|externalLink|WEBSERVICE|\[1\]|ddeLink|x\.example/);

    // Filled with its formats all the same: the template's own cells, and the outside formulas' last values as plain values.
    expect(s.getState().documents?.plainTemplates).toEqual([]);
    const filled = fake.sheet(FILLED);
    expect(filled.get(0, 0)).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
    expect(filled.rowHeights.get(ROW.proposal)).toBe(30);
    expect([filled.get(0, 11), filled.get(1, 11)]).toEqual([CACHED.book, CACHED.web]);

    const removed = s.getState().documents?.issues.filter((i) => i.code === "TEMPLATE_EXTERNAL_REMOVED") ?? [];
    expect(removed.map((i) => [i.file, i.severity])).toEqual([[FILE, "warning"]]);
    expect(String(removed[0]?.params.what)).toContain(`WEBSERVICE "${WEB_NAME}"`);
    // Kiểm tra lists it with the others, by its file.
    const check = fake.workbook.sheets.find((sheet) => sheet.name === "Kiểm tra");
    expect(check?.rows().some((row) => row.includes(FILE) && row.some((cell) => String(cell).includes(WEB_NAME)))).toBe(true);
  });

  test("a template whose unused part is a bomb: nothing of it handed to Excel, its fill not written, the issue; the three documents written", async () => {
    const { fake, s } = await session(13, await withBombPart(bytes, "xl/media/bom.bin"));
    expect(fake.insertedFiles).toHaveLength(0);
    expect(fake.workbook.sheets.some((sheet) => sheet.name === FILLED)).toBe(false);
    expect(s.getState().documents?.sheets).not.toContain(FILLED);
    expect(s.getState().documents?.issues.filter((i) => i.file === FILE).map((i) => [i.code, i.params.reason])).toEqual([["FILE_UNREADABLE", "part-too-large"]]);
    expect(fake.sheet("Biên bản").names.get("tdPage")?.value).toBe("document|Biên bản");
  });

  test("an Excel without ExcelApi 1.13 gets the values and merges, and the pane says the formats were not kept", async () => {
    const { fake, s } = await session(12);
    expect(s.getState().documents?.plainTemplates).toEqual([FILLED]);
    const filled = fake.sheet(FILLED);
    expect(filled.get(0, 0)).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
    expect(filled.rowHeights.get(ROW.proposal)).toBeUndefined();
  });
});

describe("a template's print area of several areas", () => {
  test("keeps every area, each moved with its rows", () => {
    // Rows 1–3 as they are, row 4 repeated three times, row 5 after them.
    const sources = [1, 2, 3, 4, 4, 4, 5];
    expect(filledPrintAreas("'Biên bản, mẫu'!$A$1:$D$3,'Biên bản, mẫu'!$F$4:$H$5", sources)).toBe("A1:D3,F4:H7");
    expect(filledPrintAreas("Mau!A1:D5", sources)).toBe("A1:D7");
  });
});
