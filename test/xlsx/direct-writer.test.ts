/**
 * Issue 24: the direct writer (XlsxSink, sheet XML into a streamed zip)
 * against the exceljs streaming writer it replaced (ExcelJsStreamSink), on
 * the same sheets and pages: the result workbook of `rank --out` (the seven
 * tables, the tally, the ballot), a sheet of hostile strings, and a member's
 * blank scoresheet. Each file is read back by exceljs and by LibreOffice, and
 * every cell of one must be the other's — value, number format, font, fill,
 * alignment, protection, validation, link — as must the merges, widths,
 * heights, frozen panes, tables, conditional formats and print areas.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { importBlock, type WorkbookInput } from "../../src/core/import/import-block";
import { formWorkbooks } from "../../src/core/forms/form-model";
import { ballotPage } from "../../src/workbook/ballot-page";
import { formPages } from "../../src/workbook/form-pages";
import type { PageSheetSpec } from "../../src/workbook/ports/page";
import { resultSheets } from "../../src/workbook/result-sheets";
import type { OutputCell, SheetSpec } from "../../src/workbook/ports/sink";
import { prepareSheet, rowsStandIn } from "../../src/xlsx/prepared-sheet";
import { voteSheet } from "../../src/workbook/vote-sheet";
import { writeBlankScoresheets } from "../../src/xlsx/blank-scoresheets";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { XlsxSink } from "../../src/xlsx/write-workbook";
import { zlibDeflate } from "../../src/cli/zlib-deflate";
import { ExcelJsStreamSink } from "../../src/xlsx/write-workbook-exceljs";
import { PageStamps } from "../../src/xlsx/xml-page-sheet";
import { StyleRegistry } from "../../src/xlsx/xml-styles";
import { readWithLibreOffice } from "../support/libreoffice";
import { FORMULA_UNIT, LUAT_GIA, sampleInput, settings, units } from "../workbook/sample-result";

jest.setTimeout(300_000);

const VOTES = [
  { unit: LUAT_GIA, award: "co-thi-dua-chinh-phu", votesFor: 3, voters: 4 },
  { unit: FORMULA_UNIT, award: "co-thi-dua-ubnd-tinh", votesFor: 2, voters: 3 },
];

interface Batch {
  readonly sheets?: readonly SheetSpec[];
  readonly pages?: readonly PageSheetSpec[];
}

async function writeBoth(batches: readonly Batch[]): Promise<{ direct: Uint8Array; exceljs: Uint8Array }> {
  const direct = new XlsxSink();
  const old = new ExcelJsStreamSink();
  for (const batch of batches) {
    for (const sink of [direct, old]) {
      if (batch.sheets) await sink.writeSheets(batch.sheets);
      if (batch.pages) await sink.writePages(batch.pages);
    }
  }
  return { direct: await direct.toBuffer(), exceljs: await old.toBuffer() };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What a cell holds and looks like, as exceljs reads it; defaults left out so "absent" and "default" agree. */
function cellModel(cell: ExcelJS.Cell): unknown {
  const font = cell.font ?? {};
  const fill = cell.fill as { pattern?: string; fgColor?: { argb?: string } } | undefined;
  const a = cell.alignment ?? {};
  const v = cell.dataValidation as Partial<ExcelJS.DataValidation> | undefined;
  return {
    value: cell.value,
    type: cell.type,
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined,
    font: {
      bold: font.bold === true,
      italic: font.italic === true,
      underline: Boolean(font.underline),
      size: font.size ?? 11,
      name: font.name ?? "Calibri",
      color: font.color?.argb,
    },
    fill: fill?.pattern === "solid" ? fill.fgColor?.argb : undefined,
    alignment: { horizontal: a.horizontal, vertical: a.vertical, wrapText: a.wrapText === true, indent: a.indent || undefined },
    locked: cell.protection?.locked !== false,
    validation: v
      ? {
          type: v.type,
          operator: v.type === "list" ? undefined : v.operator,
          formulae: v.formulae,
          allowBlank: v.allowBlank,
          showErrorMessage: v.showErrorMessage,
          errorStyle: v.errorStyle ?? "stop",
          prompt: v.prompt,
          promptTitle: v.promptTitle,
          error: v.error,
          errorTitle: v.errorTitle,
        }
      : undefined,
    border: cell.border ? Object.fromEntries((["top", "bottom", "left", "right"] as const).map((s) => [s, cell.border?.[s]?.style])) : undefined,
  };
}

interface SheetModel {
  cells: Map<string, unknown>;
  rest: unknown;
}

function sheetModel(ws: ExcelJS.Worksheet): SheetModel {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A blank cell with no look says nothing; both writers may or may not keep it.
      const model = cellModel(cell);
      if (cell.value === null && JSON.stringify(model) === JSON.stringify(cellModel(BLANK))) return;
      cells.set(cell.address, model);
    }),
  );
  const tables = (ws as unknown as { getTables(): { table: { name: string; tableRef: string; columns: { name: string }[] } }[] }).getTables();
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined && row.height !== 15) heights[row.number] = row.height;
  });
  // exceljs leaves out a width of 9, its default, when it writes: the direct writer keeps the 9 asked for.
  const widths = (ws.columns ?? []).map((c) => (c.width === 9 ? undefined : c.width));
  const view = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const setup = ws.pageSetup;
  return {
    cells,
    rest: {
      name: ws.name,
      state: ws.state,
      merges: [...((ws as unknown as { _merges: Record<string, { range: string }> })._merges ? Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges) : [])].sort(),
      tables: tables.map((t) => ({ name: t.table.name, ref: t.table.tableRef, columns: t.table.columns.map((c) => c.name) })),
      widths,
      heights,
      view: { state: view?.state ?? "normal", ySplit: view?.ySplit, topLeftCell: view?.topLeftCell },
      conditional: (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; priority: number }[] }[] }).conditionalFormattings.map((cf) => ({
        ref: cf.ref,
        rules: cf.rules.map((r) => ({ formulae: r.formulae, priority: r.priority })),
      })),
      print: {
        paperSize: setup.paperSize,
        orientation: setup.orientation ?? "portrait",
        fitToWidth: setup.fitToPage ? setup.fitToWidth : undefined,
        fitToHeight: setup.fitToPage ? setup.fitToHeight : undefined,
        printArea: setup.printArea,
        printTitlesRow: setup.printTitlesRow,
        horizontalCentered: setup.horizontalCentered === true,
        margins: setup.fitToPage ? setup.margins : undefined,
      },
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
    },
  };
}

const BLANK = new ExcelJS.Workbook().addWorksheet("blank").getCell("A1");

/** Every difference between the two files, as exceljs reads them. */
async function exceljsDifferences(direct: Uint8Array, exceljs: Uint8Array): Promise<string[]> {
  const [a, b] = [await load(direct), await load(exceljs)];
  const out: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b))) return [`sheets: ${names(a).join("|")} ≠ ${names(b).join("|")}`];
  const active = (wb: ExcelJS.Workbook) => (wb.views[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  if (active(a) !== active(b)) out.push(`active sheet: ${active(a)} ≠ ${active(b)}`);
  let cells = 0;
  for (const [i, wsA] of a.worksheets.entries()) {
    const wsB = b.worksheets[i] as ExcelJS.Worksheet;
    const [ma, mb] = [sheetModel(wsA), sheetModel(wsB)];
    if (JSON.stringify(ma.rest) !== JSON.stringify(mb.rest)) out.push(`${wsA.name}: ${JSON.stringify(ma.rest)}\n  ≠ ${JSON.stringify(mb.rest)}`);
    for (const address of new Set([...ma.cells.keys(), ...mb.cells.keys()])) {
      cells++;
      const [ca, cb] = [JSON.stringify(ma.cells.get(address)), JSON.stringify(mb.cells.get(address))];
      if (ca !== cb) out.push(`${wsA.name}!${address}: ${ca} ≠ ${cb}`);
    }
  }
  expect(cells).toBeGreaterThan(20);
  return out;
}

/** Every difference between the two files as LibreOffice reads them: each sheet's CSV of raw values. */
async function libreOfficeDifferences(direct: Uint8Array, exceljs: Uint8Array, dir: string): Promise<string[]> {
  const read = async (name: string, bytes: Uint8Array) => {
    const sub = path.join(dir, name);
    const file = path.join(sub, `${name}.xlsx`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(file, bytes);
    return readWithLibreOffice(file, sub);
  };
  const [a, b] = await Promise.all([read("direct", direct), read("exceljs", exceljs)]);
  const out: string[] = [];
  if ([...a.csv.keys()].sort().join("|") !== [...b.csv.keys()].sort().join("|")) out.push(`sheets: ${[...a.csv.keys()]} ≠ ${[...b.csv.keys()]}`);
  for (const [sheet, rowsA] of a.csv) {
    const rowsB = b.csv.get(sheet) ?? [];
    const height = Math.max(rowsA.length, rowsB.length);
    for (let r = 0; r < height; r++) {
      const [ra, rb] = [rowsA[r] ?? [], rowsB[r] ?? []];
      const width = Math.max(ra.length, rb.length);
      for (let c = 0; c < width; c++) if ((ra[c] ?? "") !== (rb[c] ?? "")) out.push(`${sheet} R${r + 1}C${c + 1}: ${ra[c]} ≠ ${rb[c]}`);
    }
  }
  // The tables, links and conditional formats LibreOffice found: as many in both.
  for (const tag of ["table:database-range", "text:a ", "calcext:conditional-format "]) {
    const count = (fods: string) => fods.split(`<${tag}`).length - 1;
    if (count(a.fods) !== count(b.fods)) out.push(`${tag}: ${count(a.fods)} ≠ ${count(b.fods)}`);
  }
  // Its validations: the same rules and messages (how cells are grouped under them may differ; every cell's is compared through exceljs).
  const rules = (fods: string) =>
    [...new Set((fods.match(/<table:content-validation [\s\S]*?<\/table:content-validation>/g) ?? []).map((v) => v.replace(/ table:(name|base-cell-address)="[^"]*"/g, "")))].sort();
  if (JSON.stringify(rules(a.fods)) !== JSON.stringify(rules(b.fods))) out.push(`validations: ${rules(a.fods).join("\n")}\n≠ ${rules(b.fods).join("\n")}`);
  return out;
}

const HOSTILE: SheetSpec = {
  name: "Chuỗi khó",
  titleLines: ["Dòng tiêu đề", "  khoảng trắng đầu và cuối  "],
  table: {
    name: "tdIssues",
    columns: [
      { header: "Văn bản", width: 30, wrap: true },
      { header: "Số", numberFormat: "0.00" },
      { header: "Đúng/sai" },
      { header: "Văn bản", numberFormat: "@" },
    ],
    rows: [
      ["=SUM(A1:A2)", 1.5, true, "+84 912"],
      ["Sở_x0041_B", -0, false, "-Hội"],
      ["nhiều\ndòng\ntrong một ô rất dài để xuống dòng nhiều lần, nhiều lần, nhiều lần nữa", Number.NaN, null, "@x"],
      ["điều khiển\u0001\u0007 và \uFFFF bỏ", Number.POSITIVE_INFINITY, null, "x".repeat(40_000)],
      ["", 1e-7, null, "<b>&amp;\"'</b>"],
    ],
    highlights: [{ column: 2, equals: 'có "ngoặc"', fill: "#FFC7CE", fontColor: "#9C0006" }],
  },
};

describe("the direct writer against the exceljs streaming writer, every cell", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "thidua-direct-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const input = sampleInput({ votes: VOTES });
  const result = resultSheets(input, "vi");
  const tally = voteSheet({ settings, nominations: input.nominations, voters: units.map((u) => u.name) }, "vi");
  const ballot = ballotPage(settings, input.nominations, "vi");
  const rankOut: Batch[] = [{ sheets: result }, { sheets: [{ ...tally, active: false }], pages: [ballot] }, { sheets: [HOSTILE] }];

  it("the result workbook of rank --out (tables, tally, ballot) and a sheet of hostile strings, as exceljs reads them", async () => {
    const { direct, exceljs } = await writeBoth(rankOut);
    expect(await exceljsDifferences(direct, exceljs)).toEqual([]);
  });

  it("deflated by node's zlib in sync-flushed segments (the command's way), the same file as by fflate", async () => {
    const write = async (options: ConstructorParameters<typeof XlsxSink>[0]) => {
      const sink = new XlsxSink(options);
      for (const batch of rankOut) {
        if (batch.sheets) await sink.writeSheets(batch.sheets);
        if (batch.pages) await sink.writePages(batch.pages);
      }
      return sink.toBuffer();
    };
    // Segments of 2^18 characters: a table long enough to need several.
    const long: SheetSpec = { ...HOSTILE, name: "Dài", table: { ...HOSTILE.table, name: "tdScores", rows: Array.from({ length: 20_000 }, (_, i) => [`dòng ${i}`, i / 7, i % 2 === 0, `ô ${i % 97}`]) } };
    rankOut.push({ sheets: [long] });
    try {
      const [zlib, fflate] = [await write({ deflate: zlibDeflate, level: 1 }), await write({})];
      expect(await exceljsDifferences(zlib, fflate)).toEqual([]);
      // zlib's CRC-32 replaces fflate's in the command's files: every entry's stored CRC is its content's.
      const stored = storedCrcs(zlib);
      const contents = unzipSync(zlib);
      expect(stored.size).toBe(Object.keys(contents).length);
      for (const [name, data] of Object.entries(contents)) expect([name, stored.get(name)]).toEqual([name, crc32(data)]);
      const read = await readWorkbook(zlib, "zlib.xlsx");
      expect(read.ok && read.grids.find((g) => g.sheet === "Dài")?.rowCount).toBe(20_001 + 3);
    } finally {
      rankOut.pop();
    }
  });

  it("a score sheet written ahead and put into the download as it was made (the pane's worker), the same file as written at once", async () => {
    const scores = result.find((s) => s.table.name === "tdScores") as SheetSpec;
    // Long enough for several chunks of XML; text, numbers, blanks, booleans, a name like a formula.
    const rows: OutputCell[][] = Array.from({ length: 30_000 }, (_, i) => [`Đơn vị ${i % 61}`, `Đơn vị ${(i * 7) % 61}`, `TC${i % 12}`, i % 11 === 0 ? null : (i % 97) / 8, i % 2 === 0, FORMULA_UNIT, "Trang 1", `D${i + 5}`]);
    const long = { ...scores, table: { ...scores.table, rows } };
    const sheets = result.map((s) => (s === scores ? long : s));
    const write = async (options: ConstructorParameters<typeof XlsxSink>[0], batch: readonly SheetSpec[]) => {
      const sink = new XlsxSink(options);
      await sink.writeSheets(batch);
      await sink.writePages([ballot]);
      return sink.toBuffer();
    };
    const prepared = await prepareSheet(long, { level: 1 });
    if (!prepared) throw new Error("not prepared");
    const standIn = { ...long, table: { ...long.table, rows: rowsStandIn(prepared) } };
    const [atOnce, ahead] = [await write({ level: 1 }, sheets), await write({ level: 1, prepared }, result.map((s) => (s === scores ? standIn : s)))];
    expect(await exceljsDifferences(ahead, atOnce)).toEqual([]);
    const stored = storedCrcs(ahead);
    for (const [name, data] of Object.entries(unzipSync(ahead))) expect([name, stored.get(name)]).toEqual([name, crc32(data)]);
    // The shared strings' count is the cells that refer to one, as when written at once.
    const count = (zip: Uint8Array) => /<sst[^>]* count="(\d+)" uniqueCount="(\d+)"/.exec(new TextDecoder().decode(unzipSync(zip)["xl/sharedStrings.xml"]))?.slice(1);
    expect(count(ahead)).toEqual(count(atOnce));
    const [ours, theirs] = [await readWorkbook(ahead, "a.xlsx"), await readWorkbook(atOnce, "a.xlsx")];
    expect(ours.ok && theirs.ok).toBe(true);
    if (ours.ok && theirs.ok) expect(ours.grids.map((g) => g.rows)).toEqual(theirs.grids.map((g) => g.rows));
    // A sheet no longer as it was prepared (a title line more) never takes the part, nor writes the stand-in as its rows.
    const moved = { ...standIn, titleLines: [...(standIn.titleLines ?? []), "Thêm"] };
    await expect(write({ level: 1, prepared }, [moved])).rejects.toThrow(/not the one written ahead/);
    // A sheet whose rows hold links is written with the download, not ahead.
    const issues = result.find((s) => s.table.name === "tdIssues") as SheetSpec;
    expect(issues.table.rows.some((row) => row.some((cell) => cell !== null && typeof cell === "object"))).toBe(true);
    await expect(prepareSheet(issues, { level: 1 })).resolves.toBeNull();
  });

  it("the same, as LibreOffice reads them", async () => {
    const { direct, exceljs } = await writeBoth(rankOut);
    expect(await libreOfficeDifferences(direct, exceljs, path.join(dir, "rank"))).toEqual([]);
  });

  it("a member's blank scoresheet, stamped, as exceljs and LibreOffice read it, and as our reader reads it", async () => {
    const sample = path.join(__dirname, "../../assets/sample");
    const workbooks: WorkbookInput[] = [];
    for (const file of ["Bang tieu chi cham diem thi dua 2026.xlsx", "Danh sach don vi Khoi 2026.xlsx"]) {
      const read = await readWorkbook(readFileSync(path.join(sample, file)), file);
      if (!read.ok) throw new Error(file);
      workbooks.push({ file, grids: read.grids });
    }
    const outcome = importBlock({ workbooks, criteriaFile: workbooks[0]!.file, rosterFile: workbooks[1]!.file });
    if (!outcome.ok) throw new Error(outcome.reason);
    const options = { blockName: "Khối các Hội đặc thù tỉnh Yên Bái", year: 2026 };
    const forms = formWorkbooks(outcome.result.criteria.table, outcome.result.units, options);
    // The third member's file: its sheets are stamped from the shapes the first two made.
    const stamped = (await writeBlankScoresheets(outcome.result.criteria.table, outcome.result.units, options))[2]!;
    const { exceljs } = await writeBoth([{ pages: formPages(forms[2]!) }]);
    expect(await exceljsDifferences(stamped.bytes, exceljs)).toEqual([]);
    expect(await libreOfficeDifferences(stamped.bytes, exceljs, path.join(dir, "form"))).toEqual([]);
    // Made once per shape, stamped for the rest: two members' workbooks make no more shapes than one.
    const stamps = new PageStamps(new StyleRegistry());
    for (const form of forms.slice(0, 2)) {
      const sink = new XlsxSink({ stamps });
      await sink.writePages(formPages(form));
      await sink.toBuffer();
    }
    const sheetsPerMember = formPages(forms[0]!).length;
    expect(stamps.made).toBeLessThanOrEqual(3);
    expect(stamps.made + stamps.stamped).toBe(2 * sheetsPerMember);
    const [ours, theirs] = [await readWorkbook(stamped.bytes, "a.xlsx"), await readWorkbook(exceljs, "a.xlsx")];
    expect(ours.ok && theirs.ok).toBe(true);
    if (ours.ok && theirs.ok) expect(ours.grids.map((g) => g.rows)).toEqual(theirs.grids.map((g) => g.rows));
  });
});

/** Each entry's CRC-32 as the zip's central directory stores it. */
function storedCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const crcs = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    crcs.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 16, true));
    at += 45 + nameLength;
  }
  return crcs;
}
