/**
 * The differential test of docs/DECISIONS.md D1: our reader's grids equal exceljs's
 * (the reader before it, test/support/exceljs-grids.ts) cell for cell —
 * values, merges, hidden rows and columns, sheet visibility — over every
 * workbook the fixture builder and the red team's generator write, the
 * sample block, the LibreOffice-saved fixtures, those workbooks again as
 * LibreOffice saves them, and real workbooks saved by Excel itself
 * (test/fixtures/excel-saved, its README says where each comes from and
 * what it holds). Both of our inflaters (fflate, node's zlib).
 * Where exceljs is wrong on an Excel-saved file, the file stays and the
 * difference is named below (EXCELJS_CANNOT_READ), with what its XML holds.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { parseA1 } from "../../src/core/model/address";
import type { CellValue, Grid } from "../../src/core/model/grid";
import { zlibInflate } from "../../src/cli/zlib-inflate";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { realisticBlock11, SCALES, scaleBlock, totalsBlock } from "../fixtures/builder";
import { blockAB, blockC, blockD, blockE, blockF } from "../redteam/scenarios";
import { exceljsGrids } from "../support/exceljs-grids";
import { scratchFolder } from "../support/cli";
import { requireLibreOffice } from "../support/libreoffice";
import { xlsxBytes } from "./helpers";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");
const EXCEL_SAVED = path.join(ROOT, "test", "fixtures", "excel-saved");
const scratch = scratchFolder("thidua-differential-");

const xlsxIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

/** What a reader made of a file: its grids, or that it could not read it. */
type Outcome = Grid[] | "unreadable";

async function oracle(bytes: Uint8Array, file: string): Promise<Outcome> {
  try {
    const grids = await exceljsGrids(bytes, file);
    return grids.some((g) => g.rowCount > 0) ? grids : "unreadable";
  } catch {
    return "unreadable";
  }
}

async function ours(bytes: Uint8Array, file: string, inflate?: typeof zlibInflate): Promise<Outcome> {
  const result = await readWorkbook(bytes, file, inflate ? { inflate } : {});
  return result.ok ? result.grids : "unreadable";
}

/** Every cell that differs, as `file › sheet › R1C1: ours ≠ exceljs`, and every other difference of a grid. */
function differences(file: string, a: Outcome, b: Outcome): string[] {
  if (a === "unreadable" || b === "unreadable") return a === b ? [] : [`${file}: ours ${a === "unreadable" ? "unreadable" : "read"}, exceljs ${b === "unreadable" ? "unreadable" : "read"}`];
  const out: string[] = [];
  if (a.length !== b.length) out.push(`${file}: ${a.length} sheets ≠ ${b.length}`);
  a.forEach((ga, i) => {
    const gb = b[i];
    if (!gb) return;
    const where = `${file} › ${ga.sheet}`;
    // `uncomputed` (formulas saved without a result) is ours alone: exceljs reads those cells as blank, as we do in `rows`.
    const { rows: ra, uncomputed: _uncomputed, ...restA } = ga;
    const { rows: rb, ...restB } = gb;
    const shape = (g: typeof restA) => JSON.stringify({ ...g, hiddenRows: [...g.hiddenRows], hiddenColumns: [...g.hiddenColumns] });
    if (shape(restA) !== shape(restB)) out.push(`${where}: ${shape(restA)} ≠ ${shape(restB)}`);
    for (let r = 0; r < Math.max(ra.length, rb.length); r++) {
      const rowA = ra[r] ?? [];
      const rowB = rb[r] ?? [];
      for (let c = 0; c < Math.max(rowA.length, rowB.length); c++) {
        const va = rowA[c] ?? null;
        const vb = rowB[c] ?? null;
        const same = va instanceof Date && vb instanceof Date ? va.getTime() === vb.getTime() : JSON.stringify(va) === JSON.stringify(vb);
        if (!same) out.push(`${where} › R${r + 1}C${c + 1}: ${JSON.stringify(va)} ≠ ${JSON.stringify(vb)}`);
      }
    }
    // The arrays' own shape too (a trailing null kept by one and not the other).
    if (JSON.stringify(ra) !== JSON.stringify(rb) && out.length === 0) out.push(`${where}: rows differ in shape`);
  });
  return out;
}

async function expectSameGrids(files: readonly string[]) {
  expect(files.length).toBeGreaterThan(0);
  const found: string[] = [];
  let read = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const name = path.relative(scratch, file).startsWith("..") ? path.relative(ROOT, file) : path.relative(scratch, file);
    const expected = await oracle(bytes, name);
    if (expected !== "unreadable") read++;
    found.push(...differences(name, await ours(bytes, path.basename(file)), relabel(expected, path.basename(file))));
    found.push(...differences(`${name} (zlib)`, await ours(bytes, path.basename(file), zlibInflate), relabel(expected, path.basename(file))));
  }
  expect(found.slice(0, 20)).toEqual([]);
  // Not a test of nothing: most files read.
  expect(read).toBeGreaterThan(files.length / 2);
}

/** The oracle's grids carry the name it was given; ours the base name. */
function relabel(outcome: Outcome, file: string): Outcome {
  return outcome === "unreadable" ? outcome : outcome.map((g) => ({ ...g, file }));
}

/** Values, formulas, errors, rich text, links, dates, merges, hidden rows, columns and sheets, all in one workbook. */
function everythingWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("Đủ loại");
    ws.getCell("A1").value = 9.5;
    ws.getCell("B1").value = "Hoàn thành kế hoạch";
    ws.getCell("C1").value = "9,5";
    ws.getCell("D1").value = true;
    ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 20));
    ws.getCell("B2").value = { formula: "SUM(A1:A1)", result: 9.5 };
    ws.getCell("C2").value = { formula: 'IF(A1>5,"Đạt","")', result: "Đạt" };
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E2").value = { error: "#REF!" };
    ws.getCell("F2").value = { formula: "A1*2" };
    ws.getCell("A3").value = { richText: [{ text: "Điểm " }, { font: { bold: true }, text: "thưởng" }] };
    ws.getCell("B3").value = { text: "Minh chứng", hyperlink: "https://example.org/mc.pdf" };
    ws.getCell("C3").value = { formula: "A1", result: 45646 };
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("D3").value = { formula: 'TEXT(A1,"0")', result: "10" };
    ws.getCell("D3").numFmt = "dd/mm/yyyy";
    ws.getCell("A4").value = "=1+1 (a name, not a formula)";
    for (let r = 5; r <= 8; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = r * 10 + c;
    ws.mergeCells("A5:B6");
    ws.mergeCells("C7:D8");
    ws.getRow(6).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getCell("A10").value = { formula: "A5*1", result: 51, shareType: "shared", ref: "A10:B10" } as never;
    ws.getCell("B10").value = { sharedFormula: "A10", result: 52 } as never;
    wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "ẩn";
    wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "rất ẩn";
    wb.addWorksheet("Trống");
  });
}

describe("our reader equals exceljs, cell for cell", () => {
  beforeAll(async () => {
    await realisticBlock11(path.join(scratch, "realistic"));
    await totalsBlock(path.join(scratch, "totals"));
    await scaleBlock(path.join(scratch, "scale-s"), SCALES.S);
  });

  it("on the fixture builder's blocks: realistic (every layout and defect, bad files), totals, and S at scale", async () => {
    await expectSameGrids(xlsxIn(scratch).filter((f) => /realistic|totals|scale-s/.test(f)));
  });

  it("on the red team's blocks (inputs dressed as the builder does not)", async () => {
    const root = path.join(scratch, "redteam");
    for (const block of [blockAB, blockC, blockD, blockE, blockF]) await block(root);
    await expectSameGrids(xlsxIn(root));
  });

  it("on the sample block shipped with the pane and the LibreOffice-saved fixtures", async () => {
    await expectSameGrids([...xlsxIn(path.join(ROOT, "assets", "sample")), ...xlsxIn(path.join(ROOT, "test", "fixtures", "libreoffice"))]);
  });

  it("on a workbook holding every kind of value and layout, as exceljs writes it and as LibreOffice saves it again", async () => {
    requireLibreOffice();
    const dir = path.join(scratch, "everything");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "du-loai.xlsx");
    writeFileSync(file, await everythingWorkbook());
    const resaved = await saveWithLibreOffice([file, ...xlsxIn(path.join(scratch, "realistic")).slice(0, 8)], path.join(scratch, "lo"));
    await expectSameGrids([file, ...resaved]);
  });
});

/**
 * Excel-saved files exceljs 4.4 throws on, each with its error and cells our
 * reader must give, read from the file's XML by hand (unzip -p).
 */
const EXCELJS_CANNOT_READ: Readonly<Record<string, { readonly throws: RegExp; readonly cells: readonly [string, string, CellValue][] }>> = {
  // A table of an XML map (tableType="xml"): exceljs's table parser sets `filterButton` on a column its
  // autoFilter's `filterColumn colId` names before the column exists. Sheet1's cells are shared strings.
  "poi-61281.xlsx": {
    throws: /filterButton/,
    cells: [["Sheet1", "C9", "/Test/Test"], ["Sheet1", "D9", "Column1"], ["Sheet1", "E9", "Column2"], ["Sheet1", "C10", "1"]],
  },
};

/** Cells of the Excel-saved files as their XML and ECMA-376 say, so the test does not rest on exceljs alone. */
const AS_THE_XML_SAYS: readonly [file: string, sheet: string, cell: string, value: CellValue][] = [
  // <workbookPr date1904="1"/>, then Excel's own <x14:workbookPr defaultImageDpi=…/> in the extLst: still 1904. A2 is 41051.
  ["readxl-types.xlsx", "date_coercion", "A2", new Date(Date.UTC(2016, 4, 23))],
  // B4 is 0 in a 1904 workbook: its first day.
  ["exceljs-1904.xlsx", "Sheet1", "B4", new Date(Date.UTC(1904, 0, 1))],
  // "Room/" CR LF "area" in the XML: one line feed (XML 1.0 §2.11).
  ["closedxml-TableHeadersWithLineBreaks.xlsx", "Sheet1", "B1", "Room/\narea"],
  // "ABC_x000D_" CR LF "DEF": the escaped CR is the text's own, the CR LF one line feed.
  ["calamine-has_x000D_.xlsx", "Sheet1", "A1", "ABC\r\nDEF"],
  // <t>豊田</t> then its phonetic runs <rPh><t>トヨ</t></rPh>…: the reading is not the text.
  ["poi-51519.xlsx", "Sheet1", "B2", "豊田"],
  ["readxl-vietnamese-utf8.xlsx", "Sheet1", "A1", "Mô tả"],
  // Strict Open XML (purl.oclc.org namespaces): A1 a shared string, A2 a shared formula's cached 118.
  ["sheetjs-sheet_visibility_strict.xlsx", "Visible", "A1", "v"],
  ["sheetjs-sheet_visibility_strict.xlsx", "Visible", "A2", 118],
];

function cellAt(grids: readonly Grid[], sheet: string, a1: string): CellValue | undefined {
  const at = parseA1(a1);
  const grid = grids.find((g) => g.sheet === sheet);
  return at && grid ? (grid.rows[at.row]?.[at.column] ?? null) : undefined;
}

describe("on workbooks saved by Microsoft Excel (test/fixtures/excel-saved)", () => {
  const files = xlsxIn(EXCEL_SAVED);

  it("ours equals exceljs, cell for cell, on every one exceljs reads", async () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    await expectSameGrids(files.filter((f) => !(path.basename(f) in EXCELJS_CANNOT_READ)));
  });

  it.each(Object.keys(EXCELJS_CANNOT_READ))("%s: exceljs throws, ours reads what its XML holds", async (name) => {
    const known = EXCELJS_CANNOT_READ[name]!;
    const bytes = new Uint8Array(readFileSync(path.join(EXCEL_SAVED, name)));
    // Still wrong in exceljs: when it reads the file, it goes back to the comparison above.
    await expect(exceljsGrids(bytes, name)).rejects.toThrow(known.throws);
    for (const inflate of [undefined, zlibInflate]) {
      const grids = await ours(bytes, name, inflate);
      if (grids === "unreadable") throw new Error(`${name}: ours could not read it`);
      expect(known.cells.map(([sheet, cell]) => [sheet, cell, cellAt(grids, sheet, cell)])).toEqual(known.cells);
    }
  });

  it("their cells are what the XML says (dates of both systems, line ends, escapes, phonetic runs, Strict)", async () => {
    const found: [string, string, string, CellValue | undefined][] = [];
    for (const [file, sheet, cell] of AS_THE_XML_SAYS) {
      const grids = await ours(new Uint8Array(readFileSync(path.join(EXCEL_SAVED, file))), file);
      if (grids === "unreadable") throw new Error(`${file}: ours could not read it`);
      found.push([file, sheet, cell, cellAt(grids, sheet, cell)]);
    }
    expect(found).toEqual(AS_THE_XML_SAYS);
  });
});

/** Each file opened and saved again as .xlsx by LibreOffice (its own XML: shared strings, styles, numbering). */
async function saveWithLibreOffice(files: readonly string[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await promisify(execFile)("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), ...files]);
  return xlsxIn(path.join(dir, "out"));
}
