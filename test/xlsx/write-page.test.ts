/**
 * Pages (workbook/ports/page.ts) through both exceljs writers: the streaming
 * ExcelJsSink (`--out`, the blank scoresheets, the documents) and the
 * preview's MemoryWorkbook. Read back by exceljs, by LibreOffice (values,
 * validation, protection, and printed to PDF: A4, one page wide), and in the
 * sheet XML itself, where Excel is strict about what goes where.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { partText, unzipOf } from "../support/zip";
import type { PageSheetSpec } from "../../src/workbook/ports/page";
import { ExcelJsSink } from "../../src/xlsx/write-workbook";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { resultSheets } from "../../src/workbook/result-sheets";
import { readWithLibreOffice, printWithLibreOffice } from "../support/libreoffice";
import { AT_TEXT, FORMULA_TEXT, MINUS_TEXT, PLUS_TEXT, SAMPLE_PAGE, widePage } from "../workbook/sample-page";
import { sampleInput } from "../workbook/sample-result";

async function streamed(pages: readonly PageSheetSpec[]): Promise<Uint8Array> {
  const sink = new ExcelJsSink();
  await sink.writePages(pages);
  return sink.toBuffer();
}

async function inMemory(pages: readonly PageSheetSpec[]): Promise<Uint8Array> {
  const sink = new MemoryWorkbook();
  await sink.writePages(pages);
  return new Uint8Array(await (await sink.toBlob()).arrayBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function sheetXml(bytes: Uint8Array, index = 1): Promise<{ sheet: string; workbook: string; styles: string }> {
  const zip = unzipOf(bytes);
  const text = (name: string) => Promise.resolve(partText(zip, name));
  return { sheet: await text(`xl/worksheets/sheet${index}.xml`), workbook: await text("xl/workbook.xml"), styles: await text("xl/styles.xml") };
}

const WRITERS = [
  ["ExcelJsSink (streaming)", streamed],
  ["MemoryWorkbook (preview)", inMemory],
] as const;

describe.each(WRITERS)("a page through %s", (_name, write) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write([SAMPLE_PAGE]);
  });

  it("reads back with exceljs: values, text as text, the date, the formula with its result", async () => {
    const ws = (await load(bytes)).getWorksheet("Phiếu mẫu") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("PHIẾU CHẤM ĐIỂM THI ĐUA");
    for (const [address, text] of [["B7", FORMULA_TEXT], ["B8", PLUS_TEXT], ["C3", MINUS_TEXT], ["D3", AT_TEXT]] as const) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(address).value).toBe(text);
    }
    const date = ws.getCell("B3");
    expect(date.numFmt).toBe("dd/mm/yyyy");
    expect(date.value instanceof Date ? date.value.toISOString().slice(0, 10) : date.value).toBe("2022-12-29");
    expect(ws.getCell("C6").value).toBe(10);
    expect(ws.getCell("C9").value).toEqual({ formula: "SUM(C6:C8)", result: 19 });
    expect(ws.getCell("A10").value).toBe(true);
  });

  it("keeps the look: fonts with the default beneath, fills, borders, alignment, formats, merges, sizes", async () => {
    const ws = (await load(bytes)).getWorksheet("Phiếu mẫu") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, color: { argb: "FF1F4E79" } });
    expect(ws.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 13, italic: true });
    expect(ws.getCell("D3").font).toMatchObject({ underline: true });
    expect(ws.getCell("A5").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("C9").border).toMatchObject({ top: { style: "double" }, bottom: { style: "thin" } });
    expect(ws.getCell("B11").border).toMatchObject({ bottom: { style: "dotted" } });
    expect(ws.getCell("B11").alignment).toMatchObject({ horizontal: "center", indent: 1 });
    expect(ws.getCell("B6").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(ws.getCell("C6").numFmt).toBe("0.00");
    expect(ws.model.merges).toEqual(["A1:D1"]);
    // The merged area carries its first cell's look.
    expect(ws.getCell("D1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getColumn(2).width).toBe(60);
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(7).height).toBe(33);
  });

  it("leaves only the score cells unlocked, validated as decimal 0…max or a list, with prompt and alert", async () => {
    const ws = (await load(bytes)).getWorksheet("Phiếu mẫu") as ExcelJS.Worksheet;
    expect(ws.getCell("D6").protection).toMatchObject({ locked: false });
    expect(ws.getCell("C6").protection?.locked ?? true).toBe(true);
    const d6 = ws.getCell("D6").dataValidation;
    expect(d6).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 10], allowBlank: true, showErrorMessage: true, errorStyle: "stop", promptTitle: "Điểm chấm" });
    expect(ws.getCell("D7").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 5] });
    expect(ws.getCell("D8").dataValidation).toMatchObject({ type: "list", formulae: ['"4,3,2,0"'], errorTitle: "Không hợp lệ" });
    expect(ws.getCell("C6").dataValidation).toBeUndefined();
  });

  it("writes the sheet XML Excel expects: protection after sheetData, printOptions, fit to one page wide on A4, the print area and titles", async () => {
    const { sheet, workbook, styles } = await sheetXml(bytes);
    expect(sheet).toMatch(/<\/sheetData><sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).not.toMatch(/<sheetProtection[^>]*(password|hashValue)/);
    expect(sheet.match(/<sheetProtection/g)).toHaveLength(1);
    expect(sheet).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
    expect(sheet).toMatch(/<printOptions[^>]*horizontalCentered="1"[^>]*\/><pageMargins/);
    const margins = /<pageMargins ([^>]*)\/>/.exec(sheet)?.[1] ?? "";
    expect(Number(/left="([\d.]+)"/.exec(margins)?.[1])).toBeCloseTo(3 / 2.54, 6);
    expect(Number(/right="([\d.]+)"/.exec(margins)?.[1])).toBeCloseTo(1.5 / 2.54, 6);
    expect(Number(/top="([\d.]+)"/.exec(margins)?.[1])).toBeCloseTo(2 / 2.54, 6);
    const setup = /<pageSetup ([^>]*)\/>/.exec(sheet)?.[1] ?? "";
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="portrait"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    // Order of CT_Worksheet: sheetData, sheetProtection, mergeCells, dataValidations, printOptions, pageMargins, pageSetup.
    const order = ["<sheetData", "<sheetProtection", "<mergeCells", "<dataValidations", "<printOptions", "<pageMargins", "<pageSetup"].map((tag) => sheet.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="D8"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="decimal"[^>]*sqref="D6"/);
    const names = workbook.replace(/&apos;/g, "'");
    expect(names).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">'Phiếu mẫu'!\$A\$1:\$D\$11<\/definedName>/);
    expect(names).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">'Phiếu mẫu'!\$5:\$5<\/definedName>/);
    // The unlocked cells' style says so.
    const d6Style = Number(/<c r="D6" s="(\d+)"/.exec(sheet)?.[1]);
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1]?.match(/<xf [^>]*?(\/>|>.*?<\/xf>)/gs) ?? [];
    expect(xfs[d6Style]).toMatch(/<protection locked="0"\/>/);
    const c6Style = Number(/<c r="C6" s="(\d+)"/.exec(sheet)?.[1]);
    expect(xfs[c6Style]).not.toMatch(/locked="0"/);
    // Text that looks like a formula is a string cell, no <f>.
    expect(sheet).not.toMatch(/<c r="B7"[^>]*>\s*<f>/);
    expect(sheet).toMatch(/<c r="C9"[^>]*><f>SUM\(C6:C8\)<\/f><v>19<\/v><\/c>/);
  });
});

describe("pages read and printed by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "thidua-pages-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(WRITERS)("%s: values as written, the validations and the protection present", async (name, write) => {
    const file = path.join(dir, `sample-${name.split(" ")[0]}.xlsx`);
    writeFileSync(file, await write([SAMPLE_PAGE]));
    const read = await readWithLibreOffice(file, path.join(dir, name.split(" ")[0] as string));
    const rows = read.csv.get("Phiếu mẫu") ?? [...read.csv.values()][0] ?? [];
    expect(rows[6]?.[1]).toBe(FORMULA_TEXT);
    expect(rows[7]?.[1]).toBe(PLUS_TEXT);
    expect(rows[2]?.[2]).toBe(MINUS_TEXT);
    expect(rows[2]?.[3]).toBe(AT_TEXT);
    expect(rows[8]?.[2]).toBe("19");
    expect(read.fods).toMatch(/<table:table table:name="Phiếu mẫu"[^>]*table:protected="true"/);
    expect(read.fods).toMatch(/table:condition="of:cell-content-is-decimal-number\(\) and cell-content-is-between\(0,10\)"[^>]*base-cell-address="[^"]*\.D6"/);
    expect(read.fods).toMatch(/table:condition="of:cell-content-is-in-list\(&quot;4&quot;;&quot;3&quot;;&quot;2&quot;;&quot;0&quot;\)"[^>]*base-cell-address="[^"]*\.D8"/);
    expect(read.fods).toMatch(/style:cell-protect="none"/);
  }, 120_000);

  it.each(WRITERS)("%s: a sheet wider than A4 prints one page wide, landscape, its rows running on", async (name, write) => {
    const file = path.join(dir, `wide-${name.split(" ")[0]}.xlsx`);
    writeFileSync(file, await write([widePage(150)]));
    const { pages } = await printWithLibreOffice(file, path.join(dir, `p-${name.split(" ")[0]}`));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(842, 0);
      expect(page.height).toBeCloseTo(595, 0);
    }
    // Every page holds the last column of its rows: nothing spills onto a page of its own.
    for (const page of pages) expect(page.text).toMatch(/Ô \d+\.12/);
    expect(pages[0]?.text).toMatch(/Ô 1\.1 /);
    expect(pages[0]?.text).toMatch(/Ô 1\.12/);
  }, 120_000);
});

describe("pages beside the result tables", () => {
  it("ExcelJsSink writes both in one file, a page's name never taking a table sheet's", async () => {
    const sink = new ExcelJsSink();
    const sheets = resultSheets(sampleInput(), "vi");
    await sink.writeSheets(sheets);
    await sink.writePages([{ ...SAMPLE_PAGE, name: sheets[0]?.name ?? "x", active: false }]);
    const workbook = await load(await sink.toBuffer());
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, sheets.length)).toEqual(sheets.map((s) => s.name));
    expect(names[sheets.length]).toBe(`${sheets[0]?.name} (2)`);
    expect(workbook.worksheets[sheets.length]?.getCell("B7").value).toBe(FORMULA_TEXT);
  });
});
