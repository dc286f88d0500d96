/**
 * The preview's Lập hồ sơ with a block's template among the imported files
 * (SPEC §7): the memory workbook fills the template from the file's own
 * bytes, so the page it shows and the .xlsx it downloads keep the template's
 * fonts, fills, borders, number formats, heights, widths, merges and print
 * setup. Read back with exceljs and compared with the template's own cells.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { CACHED, OUTSIDE_CELLS, WEB_NAME, withOutsideLinks } from "../fixtures/templates/outside-links";
import { unzipOf } from "../support/zip";
import { blockTemplateXlsx, ROW, TEMPLATE_SHEET, UNKNOWN, USER_FORMULA_TEXT } from "../fixtures/templates/block-template";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const FILLED = `${TEMPLATE_SHEET} (đã điền)`;

async function rankedSession(template: Buffer, withTemplateSink = true, more: readonly string[] = []) {
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, pageSink: workbook, ...(withTemplateSink ? { templateSink: workbook } : {}), readWorkbook, lang: "vi" });
  const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
  const sources = files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) }));
  const templates = ["Mau bien ban.xlsx", ...more].map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(template).buffer) }));
  await session.importFiles([...sources, ...templates]);
  await session.computeRanking();
  await session.proposeNominations();
  session.updateMeeting({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", documentNumber: "15/BB-KTĐ", secretary: "Ông Trần Văn Sơn" });
  return { session, workbook };
}

/**
 * What a cell looks like, as exceljs reads it back; the workbook's default
 * font, no fill and no border said as nothing (a cell given a number format
 * by the fill gets them spelled out in its new style).
 */
function look(cell: ExcelJS.Cell): string {
  const { font, fill, border, alignment } = cell;
  const plainFont = !font || (font.name === "Calibri" && font.size === 11 && !font.bold && !font.italic && !font.underline);
  return JSON.stringify({
    font: plainFont ? null : font,
    fill: !fill || (fill.type === "pattern" && fill.pattern === "none") ? null : fill,
    border: !border || Object.keys(border).length === 0 ? null : border,
    alignment: alignment ?? null,
  });
}

describe("a block's template filled in the preview", () => {
  let template: Buffer;
  let downloaded: ExcelJS.Workbook;
  let original: ExcelJS.Workbook;
  let session: BlockSession;
  let workbook: MemoryWorkbook;

  beforeAll(async () => {
    template = await blockTemplateXlsx();
    ({ session, workbook } = await rankedSession(template));
    await session.makeDocuments();
    downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await (await workbook.toBlob()).arrayBuffer());
    original = new ExcelJS.Workbook();
    await original.xlsx.load(template as unknown as ArrayBuffer);
  });

  test("the download's filled sheet has the values, cell by cell", () => {
    expect(session.getState().failure).toBeNull();
    expect(session.getState().documents?.plainTemplates).toEqual([]);
    const ws = downloaded.getWorksheet(FILLED)!;
    expect(ws).toBeDefined();
    // Only the filled sheet comes from the template's file, not its other sheet (the built-in minutes are named like the template).
    expect(downloaded.worksheets.map((w) => w.name)).not.toContain("Ghi chú");
    expect(downloaded.worksheets.filter((w) => w.name === FILLED)).toHaveLength(1);
    const v = (address: string) => ws.getCell(address).value;
    expect([v("A1"), v("E1"), v("B2"), ws.getCell("B2").numFmt, v("B3"), v("B4")]).toEqual([
      "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ",
      "Năm thi đua 2026",
      new Date(Date.UTC(2026, 11, 29)),
      "dd/mm/yyyy",
      "15/BB-KTĐ",
      // SPEC §7: thu_ky is the name as signed; the Ông typed in the name is split off.
      "Thư ký: Trần Văn Sơn",
    ]);
    expect([v("E5"), v("F5")]).toEqual([`Giám đốc: ${UNKNOWN}`, USER_FORMULA_TEXT]);
    const { nominations } = session.getState().proposals!;
    nominations.forEach((n, i) => {
      const r = ROW.proposal + i;
      expect([v(`A${r}`), v(`B${r}`), v(`D${r}`)]).toEqual([i + 1, n.unit, n.rank]);
      expect(typeof v(`C${r}`)).toBe("number");
      expect(ws.getCell(`C${r}`).numFmt).toBe("0.00");
    });
    expect(v(`A${ROW.proposal + nominations.length}`)).toBe(`Tổng cộng: ${nominations.length} đơn vị được đề nghị.`);
  });

  test("each filled row looks like its template row: fonts, fills, borders, alignment, height; the widths and print setup carry over", () => {
    const ws = downloaded.getWorksheet(FILLED)!;
    const was = original.getWorksheet(TEMPLATE_SHEET)!;
    const n = session.getState().proposals!.nominations.length;
    const ranked = session.getState().ranking!.units.filter((u) => u.rank !== null).length;
    // The filled rows and the template row each copies: the proposals' row n times, the ranking's row once a ranked unit.
    const sources = [...[1, 2, 3, 4, 5, 6, 7], ...Array<number>(n).fill(ROW.proposal), ROW.total, ...Array<number>(ranked).fill(ROW.ranking), ROW.signature];
    sources.forEach((source, i) => {
      const row = i + 1;
      expect(ws.getRow(row).height).toBe(was.getRow(source).height);
      for (let c = 1; c <= 10; c++) expect([row, c, look(ws.getCell(row, c))]).toEqual([row, c, look(was.getCell(source, c))]);
    });
    // The template's looks are real ones, not blanks compared with blanks.
    expect(ws.getCell(ROW.proposal + 1, 2).font).toMatchObject({ name: "Times New Roman", italic: true });
    expect(ws.getCell(ROW.proposal + 1, 5).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getRow(ROW.proposal + 1).height).toBe(30);
    for (let c = 1; c <= 10; c++) expect(ws.getColumn(c).width).toBe(was.getColumn(c).width);
    expect(ws.getColumn(2).width).toBe(36);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, printArea: `A1:J${sources.length}` });
    expect(ws.pageSetup.margins).toEqual(was.pageSetup.margins);
    const signature = sources.length;
    expect([...(ws.model.merges as string[])].sort()).toEqual(
      ["A1:C1", "A6:J6", "I7:J7", ...Array.from({ length: n }, (_, i) => `I${ROW.proposal + i}:J${ROW.proposal + i}`), `A${ROW.proposal + n}:D${ROW.proposal + n}`, `A${signature}:C${signature}`].sort(),
    );
  });

  test("the preview shows the filled sheet with the template's looks", () => {
    const page = workbook.getPages().find((p) => p.name === FILLED)!;
    expect(page).toBeDefined();
    const at = (row: number, column: number) => page.cells.find((c) => c.row === row && c.column === column);
    expect(at(1, 1)).toMatchObject({ value: "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", style: { font: { name: "Times New Roman", size: 13, bold: true } } });
    expect(at(ROW.proposal, 2)?.style).toMatchObject({ font: { italic: true }, fill: "#FFF2CC", border: { top: "thin", bottom: "thin" } });
    expect(at(ROW.proposal, 3)?.style?.numberFormat).toBe("0.00");
    expect(page.rowHeights?.[ROW.proposal]).toBe(30);
    expect(page.columnWidths?.[2]).toBe(36);
    expect(page.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(at(5, 6)?.value).toBe(USER_FORMULA_TEXT);
  });

  test("making the documents again replaces the filled sheet; the template's bytes are never changed", async () => {
    const before = Buffer.from(template);
    session.updateMeeting({ documentNumber: "16/BB-KTĐ" });
    await session.makeDocuments();
    expect(workbook.getPages().filter((p) => p.name === FILLED)).toHaveLength(1);
    expect(workbook.getPages().find((p) => p.name === FILLED)!.cells.find((c) => c.row === 3 && c.column === 2)?.value).toBe("16/BB-KTĐ");
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await (await workbook.toBlob()).arrayBuffer());
    expect(again.worksheets.filter((w) => w.name.startsWith(FILLED)).map((w) => w.name)).toEqual([FILLED]);
    expect(again.getWorksheet(FILLED)!.getCell("B3").value).toBe("16/BB-KTĐ");
    expect(Buffer.compare(template, before)).toBe(0);
  });

  test("without a template sink the template is written as a plain page, and the pane is told its formats were not kept", async () => {
    const plain = await rankedSession(template, false);
    await plain.session.makeDocuments();
    expect(plain.session.getState().documents?.plainTemplates).toEqual([FILLED]);
    const page = plain.workbook.getPages().find((p) => p.name === FILLED)!;
    expect(page.rowHeights).toBeUndefined();
    expect(page.cells.find((c) => c.row === 1 && c.column === 1)?.value).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
  });
});

describe("two templates whose filled sheets would share a name", () => {
  test("each is filled into its own sheet, numbered as the command line numbers them; the download keeps both", async () => {
    const template = await blockTemplateXlsx();
    const { session, workbook } = await rankedSession(template, true, ["Mau bien ban 2.xlsx"]);
    await session.makeDocuments();
    expect(session.getState().failure).toBeNull();
    const second = `${TEMPLATE_SHEET} (đã điền 2)`;
    expect(session.getState().documents?.sheets).toEqual(expect.arrayContaining([FILLED, second]));
    expect(workbook.getPages().filter((p) => p.name === FILLED || p.name === second)).toHaveLength(2);
    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await (await workbook.toBlob()).arrayBuffer());
    for (const name of [FILLED, second]) expect(downloaded.getWorksheet(name)?.getCell("A1").value).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
  });
});

describe("a template reaching outside the file, in the browser app's download", () => {
  test("the download holds no external link, web name or outside formula; their last values stay; the issue is in Kiểm tra", async () => {
    const hostile = Buffer.from(await withOutsideLinks(new Uint8Array(await blockTemplateXlsx()), TEMPLATE_SHEET));
    const { session, workbook } = await rankedSession(hostile);
    await session.makeDocuments();
    expect(session.getState().failure).toBeNull();
    const bytes = new Uint8Array(await (await workbook.toBlob()).arrayBuffer());
    const parts = unzipOf(bytes);
    expect([...parts.keys()].filter((name) => /externalLink/i.test(name))).toEqual([]);
    // Every part but the text of the cells (where Kiểm tra's message names what was removed).
    const text = [...parts].filter(([name]) => name !== "xl/sharedStrings.xml").map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");
    expect(text).not.toMatch(/externalReference|WEBSERVICE|\[1\]|ddeLink|x\.example/);

    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = downloaded.getWorksheet(FILLED)!;
    expect([ws.getCell("A1").value, ws.getCell(OUTSIDE_CELLS.book).value, ws.getCell(OUTSIDE_CELLS.web).value]).toEqual(["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", CACHED.book, CACHED.web]);

    const removed = session.getState().documents?.issues.filter((i) => i.code === "TEMPLATE_EXTERNAL_REMOVED") ?? [];
    expect(removed.map((i) => i.file)).toEqual(["Mau bien ban.xlsx"]);
    const check = downloaded.getWorksheet("Kiểm tra");
    const rows: string[] = [];
    check?.eachRow((row) => rows.push(JSON.stringify(row.values)));
    expect(rows.some((row) => row.includes("Mau bien ban.xlsx") && row.includes(WEB_NAME))).toBe(true);
  });
});
