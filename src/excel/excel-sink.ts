/**
 * The WorkbookSink of the task pane: writes the SheetSpecs into the workbook
 * open in Excel, through Office.js (ExcelApi 1.8; 1.9 only behind a check).
 * One `Excel.run` per `writeSheets`: one read (a sheet holding a table named
 * like ours is ours; every other sheet is the user's and never touched), the
 * write (events off, calculation suspended; our old sheets renamed aside,
 * the new ones added in their places, cells in row chunks, then tables,
 * widths, links, formats, validations, the chart; the old sheets deleted
 * last), events restored in a `finally`. A failed batch is rolled back as
 * far as Office.js allows. Pages go through excel-pages.ts.
 * The request budget, the sheets kept when handed in again, and the `@`
 * format before values: docs/DECISIONS.md, D5.
 */
import { columnLetters } from "../core/model/address";
import {
  chartPlacement,
  linkTarget,
  sheetLayout,
  type ColumnSpec,
  type LinkCell,
  type OutputCell,
  type SheetSpec,
  type TablePlacement,
  type TableName,
  type WorkbookSink,
} from "../workbook/ports/sink";
import { clipCellText, columnWidths, freeSheetName, freeTableName, TABLE_STYLE, tableHeaders } from "../workbook/excel-rules";
import type { PageSheetSpec, PageSink, PagesWritten } from "../workbook/ports/page";
import type { PlainFill, TemplateFill, TemplateFillSink } from "../workbook/ports/template-fill";
import { columnWidthPoints, printSetup, setValidation, writePageBatch, type PrintJob } from "./excel-pages";
import { rangeAddress } from "../workbook/page-layout";
import { base64Of, type TemplateFillJob, type TemplateFillOutcome, writeTemplateFillBatch } from "./excel-template-fill";
import { jsonSize, officeHost, PAYLOAD_LIMIT, runBatch, type ExcelHost } from "./host";
import { ExcelProtectedError, loadStructureProtection } from "./protection";
import { OP_BYTES, Requests, tempNames } from "./requests";

export interface ExcelSinkOptions {
  readonly host?: ExcelHost;
  /** A request is synced before its queued operations pass this many bytes of JSON (default 2,000,000). */
  readonly maxRequestBytes?: number;
}

/** The table names of `sink.ts`'s TableName: a sheet holding one of them (or `tdX_2`) is ours. */
const OUR_TABLES: ReadonlySet<string> = new Set<TableName>([
  "tdSettings",
  "tdUnits",
  "tdCriteria",
  "tdScores",
  "tdIssues",
  "tdSummary",
  "tdScorers",
  "tdNominations",
  "tdVotes",
]);

export function isOurTableName(name: string): boolean {
  const base = name.replace(/_\d+$/, "");
  for (const ours of OUR_TABLES) if (ours.toLowerCase() === base.toLowerCase()) return true;
  return false;
}

const TEXT_FORMAT = "@";
const GENERAL = "General";
/** `{"documentReference":…,"textToDisplay":…}` around a link's two strings. */
const LINK_KEYS_BYTES = 40;
// Well under Excel's PAYLOAD_LIMIT: our byte count is an estimate, and the
// request carries Office.js's own envelope besides our values.
const DEFAULT_MAX_REQUEST_BYTES = 2_000_000;

type CellWritten = string | number | boolean;

export class ExcelSink implements WorkbookSink, PageSink, TemplateFillSink {
  private readonly host: ExcelHost;
  private readonly maxRequestBytes: number;
  /** `context.sync()` calls made by the last `writeSheets` (for tests and the pane's diagnostics). */
  lastSyncCount = 0;
  /** The name each SheetSpec name was given, the latest batch's winning. */
  readonly sheetNames = new Map<string, string>();
  /** Per main table, the SheetSpec last written and the name its sheet got. */
  private readonly written = new Map<string, { readonly spec: SheetSpec; readonly name: string }>();

  /**
   * Shows the officer a row of one of our sheets (an issue's row in Kiểm tra):
   * activates the sheet, under the name it was given, and selects the whole
   * row. One request.
   */
  async selectRow(sheet: string, row: number): Promise<void> {
    const name = this.sheetNames.get(sheet) ?? sheet;
    await runBatch(this.host, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(name);
      worksheet.activate();
      worksheet.getRange(`A${row}`).getEntireRow().select();
      await context.sync();
    });
  }

  /** The pages of the last `writePages` whose print setup Excel refused: they are there, and print with Excel's defaults. */
  printSetupFailed: readonly string[] = [];

  /** The name each page's sheet got (a user's sheet of the page's name makes it `X (2)`), the latest batch's winning. */
  readonly pageNames = new Map<string, string>();
  /** The result sheets of the last `writeSheets` whose print setup Excel refused (written all the same). */
  sheetPrintSetupFailed: readonly string[] = [];

  constructor(options: ExcelSinkOptions = {}) {
    this.host = options.host ?? officeHost;
    this.maxRequestBytes = Math.min(options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, PAYLOAD_LIMIT);
  }

  async writeSheets(sheets: readonly SheetSpec[]): Promise<void> {
    const supports19 = this.host.isSupported("ExcelApi", "1.9");
    const counted: { requests: Requests | null } = { requests: null };
    try {
      await runBatch(this.host, async (context) => {
        counted.requests = new Requests(context, this.maxRequestBytes, supports19);
        this.sheetPrintSetupFailed = await write(context, counted.requests, sheets, this.sheetNames, this.written, supports19);
      });
    } finally {
      this.lastSyncCount = counted.requests?.syncs ?? 0;
    }
  }

  /** Pages in one `Excel.run` (excel-pages.ts): ours found by their marker and replaced, the user's sheets untouched. */
  async writePages(pages: readonly PageSheetSpec[]): Promise<PagesWritten> {
    const supports19 = this.host.isSupported("ExcelApi", "1.9");
    const counted: { requests: Requests | null } = { requests: null };
    try {
      const outcome = await runBatch(this.host, async (context) => {
        counted.requests = new Requests(context, this.maxRequestBytes, supports19);
        return writePageBatch(context, counted.requests, pages, { supports19 });
      });
      for (const [page, name] of outcome.names) this.pageNames.set(page, name);
      this.printSetupFailed = outcome.printSetupFailed;
      return { printSetupFailed: outcome.printSetupFailed };
    } finally {
      this.lastSyncCount = counted.requests?.syncs ?? 0;
    }
  }

  /**
   * The block's templates filled with their formats, in one `Excel.run`
   * (excel-template-fill.ts). The fills this Excel cannot write so come
   * back for plain pages: any without ExcelApi 1.9 (copyFrom, print area),
   * a template of an imported file without 1.13 (insertWorksheetsFromBase64),
   * whose file would not fit in one request, whose sheet's name a user's
   * sheet holds, or that Excel on the web refuses to insert.
   */
  async writeTemplateFills(fills: readonly TemplateFill[]): Promise<readonly PlainFill[]> {
    const supports19 = this.host.isSupported("ExcelApi", "1.9");
    const supports113 = this.host.isSupported("ExcelApi", "1.13");
    const jobs: TemplateFillJob[] = [];
    const plain: TemplateFill[] = [];
    const files = new Map<string, string>();
    for (const fill of fills) {
      const { origin, spec } = fill;
      if (!supports19 || (origin.kind === "file" && !supports113)) plain.push(fill);
      else if (origin.kind === "open-workbook") jobs.push({ spec });
      else {
        const base64 = files.get(origin.file) ?? base64Of(await origin.read());
        files.set(origin.file, base64);
        if (base64.length + 20 * OP_BYTES > this.maxRequestBytes) plain.push(fill);
        else jobs.push({ spec, base64 });
      }
    }
    if (jobs.length === 0) return plain;
    this.lastSyncCount = 0;
    let outcome: TemplateFillOutcome;
    try {
      outcome = await this.fillBatch(jobs, supports19);
    } catch (error) {
      // Excel on the web refuses a file with comments, charts or PivotTables (the batch is rolled back):
      // the files' fills go to plain pages, the open workbook's own templates are tried again alone.
      const fromFiles = jobs.filter((job) => job.base64 !== undefined);
      if (fromFiles.length === 0) throw error;
      const own = jobs.filter((job) => job.base64 === undefined);
      const again = own.length > 0 ? await this.fillBatch(own, supports19) : { names: new Map<string, string>(), skipped: [], protectedTemplates: [] };
      outcome = { names: again.names, skipped: [...again.skipped, ...fromFiles], protectedTemplates: again.protectedTemplates };
    }
    for (const [fill, name] of outcome.names) this.pageNames.set(fill, name);
    const left = new Set(outcome.skipped.map((job) => job.spec));
    const locked = new Set(outcome.protectedTemplates.map((job) => job.spec));
    return [...plain, ...fills.filter((fill) => left.has(fill.spec)).map((fill) => (locked.has(fill.spec) ? { ...fill, protectedTemplate: true } : fill))];
  }

  private async fillBatch(jobs: readonly TemplateFillJob[], supports19: boolean): Promise<TemplateFillOutcome> {
    const counted: { requests: Requests | null } = { requests: null };
    try {
      return await runBatch(this.host, async (context) => {
        counted.requests = new Requests(context, this.maxRequestBytes, supports19);
        return writeTemplateFillBatch(context, counted.requests, jobs);
      });
    } finally {
      this.lastSyncCount += counted.requests?.syncs ?? 0;
    }
  }
}

type Written = Map<string, { readonly spec: SheetSpec; readonly name: string }>;

async function write(context: Excel.RequestContext, requests: Requests, all: readonly SheetSpec[], actualNames: Map<string, string>, written: Written, supports19 = false): Promise<string[]> {
  // 1. One read: the sheets, their ids and tables, whether the workbook's structure is protected (then nothing can be written), whether events are on.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/tables/items/name");
  // A workbook-scoped name (a user's `tdScores`) is a name no table can take: ours then gets a free one.
  const workbookNames = context.workbook.names.load("items/name");
  context.runtime.load("enableEvents");
  const structureProtected = loadStructureProtection(context);
  await requests.sync();
  if (structureProtected()) throw new ExcelProtectedError("workbook-structure");
  const eventsWere = context.runtime.enableEvents;
  const before = new Set(worksheets.items.map((ws) => ws.id));

  const kept = new Map(all.flatMap((sheet) => keptSheet(sheet, written, worksheets.items)));
  const sheets = all.filter((sheet) => !kept.has(sheet));
  const tablesWritten = new Set<string>();
  for (const sheet of sheets) for (const p of sheetLayout(sheet)) tablesWritten.add(p.table.name.toLowerCase());
  const old: OldSheet[] = [];
  const prints: PrintJob[] = [];
  const usedNames = new Set<string>();
  const tableNamesInUse = new Set<string>(workbookNames.items.map((n) => n.name.toLowerCase()));
  for (const ws of worksheets.items) {
    const tables = ws.tables.items.map((t) => ({ table: t, name: t.name, tempName: "" }));
    const ours = tables.filter((t) => isOurTableName(t.name));
    if (ours.some((t) => tablesWritten.has(baseTableName(t.name)))) {
      old.push({ sheet: ws, name: ws.name, tempName: "", tables });
    } else {
      usedNames.add(ws.name.toLocaleLowerCase());
      for (const t of tables) tableNamesInUse.add(t.name.toLowerCase());
    }
  }

  await requests.writeWithEventsOff(eventsWere, async () => {
    try {
      // Our old sheets step aside (their names and table names become free).
      const sheetTempName = tempNames(new Set(worksheets.items.map((ws) => ws.name.toLowerCase())));
      const tableTempName = tempNames(new Set(worksheets.items.flatMap((ws) => ws.tables.items.map((t) => t.name.toLowerCase()))));
      for (const o of old) {
        await requests.reserve(OP_BYTES * (1 + o.tables.length));
        o.tempName = sheetTempName("~td-old ");
        o.sheet.name = o.tempName;
        for (const t of o.tables) {
          t.tempName = tableTempName("tdOld_");
          t.table.name = t.tempName;
        }
      }

      // Names first: a link may point at a sheet written after it.
      const names = new Map(sheets.map((s) => [s, freeSheetName(s.name, usedNames)]));
      // The first sheet of the batch under a SheetSpec name is the one links to that name mean; the sink learns the names once the batch is written.
      const batchNames = new Map(actualNames);
      const named = new Set<string>();
      for (const s of all) {
        if (named.has(s.name)) continue;
        named.add(s.name);
        batchNames.set(s.name, kept.get(s) ?? (names.get(s) as string));
      }

      // Where each sheet goes, as Excel will have them: worksheets.add puts it last, `position` moves it.
      const order = worksheets.items.map((ws) => ws.name.toLowerCase());
      for (const o of old) order[order.indexOf(o.name.toLowerCase())] = o.tempName.toLowerCase();
      let previous: string | null = null;
      let activated = false;
      for (const sheet of all) {
        const keptName = kept.get(sheet);
        const name = keptName ?? (names.get(sheet) as string);
        let ws: Excel.Worksheet | null = null;
        if (keptName === undefined) {
          await requests.reserve(OP_BYTES * 2);
          ws = worksheets.add(name);
          order.push(name.toLowerCase());
          const target = placeOf(sheet, all, old, kept, order, previous);
          if (target >= 0 && target < order.length - 1) {
            ws.position = target;
            order.splice(target, 0, order.pop() as string);
          }
          await writeSheet(ws, name, sheet, requests, batchNames, tableNamesInUse, supports19 ? prints : null);
        }
        if (sheet.active && !activated) {
          await requests.reserve(OP_BYTES);
          (ws ?? worksheets.getItem(name)).activate();
          activated = true;
        }
        previous = name.toLowerCase();
      }
      for (const o of old) {
        await requests.reserve(OP_BYTES);
        o.sheet.delete();
      }
      await requests.sync();
      for (const [sheet, name] of names) written.set(sheet.table.name, { spec: sheet, name });
      for (const [specName, name] of batchNames) actualNames.set(specName, name);
    } catch (error) {
      // Best effort, since a failed request may have applied part of its
      // operations: read what exists, delete every sheet that was not there
      // before (by id, whatever it is called now) and give our old sheets
      // and tables their names back.
      try {
        const now = context.workbook.worksheets;
        now.load("items/name,items/id,items/tables/items/name");
        await requests.sync();
        const present = new Set(now.items.map((ws) => ws.name.toLowerCase()));
        const renamed = new Map(old.filter((o) => o.tempName !== "" && present.has(o.tempName.toLowerCase())).map((o) => [o.tempName.toLowerCase(), o]));
        for (const ws of now.items) if (!before.has(ws.id)) ws.delete();
        for (const ws of now.items) {
          const o = renamed.get(ws.name.toLowerCase());
          if (!o) continue;
          ws.name = o.name;
          for (const t of ws.tables.items) {
            const original = o.tables.find((x) => x.tempName === t.name);
            if (original) t.name = original.name;
          }
        }
        await requests.sync();
      } catch {
        // The original error says more.
      }
      throw error;
    }
  });
  // Cosmetic: a refusal leaves the sheets written, printing with Excel's defaults (issue of the print setup, not of the batch).
  return printSetup(context, requests, prints, false);
}



interface OldSheet {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  tempName: string;
  readonly tables: { table: Excel.Table; name: string; tempName: string }[];
}

/** `tdScores_2` → `tdscores`: the table of ours a table name is. */
function baseTableName(name: string): string {
  return name.replace(/_\d+$/, "").toLowerCase();
}

/**
 * Where a new sheet goes (its index in `order`, the sheets as Excel will
 * have them): in the place of the old sheet it replaces; else right after
 * the sheet of the batch before it; else right before the first sheet of a
 * later SheetSpec already there; else last.
 */
function placeOf(sheet: SheetSpec, all: readonly SheetSpec[], old: readonly OldSheet[], kept: ReadonlyMap<SheetSpec, string>, order: readonly string[], previous: string | null): number {
  const oldOf = (spec: SheetSpec) => old.find((o) => o.tables.some((t) => baseTableName(t.name) === spec.table.name.toLowerCase()));
  const replaced = oldOf(sheet);
  if (replaced) return order.indexOf(replaced.tempName.toLowerCase());
  if (previous !== null) return order.indexOf(previous) + 1;
  for (const later of all.slice(all.indexOf(sheet) + 1)) {
    const there = kept.get(later)?.toLowerCase() ?? oldOf(later)?.tempName.toLowerCase();
    if (there !== undefined && order.includes(there)) return order.indexOf(there);
  }
  return order.length - 1;
}

/** `[sheet, its name]` when the sink wrote this very SheetSpec before and its sheet is still there with its table. */
function keptSheet(sheet: SheetSpec, written: Written, items: readonly Excel.Worksheet[]): [SheetSpec, string][] {
  const before = written.get(sheet.table.name);
  if (before?.spec !== sheet) return [];
  const ws = items.find((w) => w.name === before.name);
  const holds = ws?.tables.items.some((t) => baseTableName(t.name) === sheet.table.name.toLowerCase()) ?? false;
  return holds ? [[sheet, before.name]] : [];
}

/** `prints`, where ExcelApi 1.9 is there: the sheet's print setup goes there, to be set once the batch is written. */
async function writeSheet(ws: Excel.Worksheet, name: string, sheet: SheetSpec, requests: Requests, names: ReadonlyMap<string, string>, tableNames: Set<string>, prints: PrintJob[] | null) {
  const placements = sheetLayout(sheet);
  const main = placements[0] as TablePlacement;

  const titles = sheet.titleLines ?? [];
  if (titles.length > 0) {
    await writeBlock(ws, requests, 1, titles.map((t) => [t]), [{ header: "" }], names);
    await requests.reserve(OP_BYTES * 2);
    const first = ws.getRange("A1").format.font;
    first.bold = true;
    first.size = 13;
  }

  for (const [i, placement] of placements.entries()) {
    const caption = i === 0 ? null : (sheet.moreTables?.[i - 1]?.caption ?? null);
    if (placement.captionRow !== null && caption !== null) {
      await writeBlock(ws, requests, placement.captionRow, [[caption]], [{ header: "" }], names);
      await requests.reserve(OP_BYTES);
      ws.getRange(`A${placement.captionRow}`).format.font.bold = true;
    }
    await writeTable(ws, placement, requests, names, tableNames);
  }

  // Column widths: the widest wish over the sheet's tables (points ≈ (7 px × chars + 5 px) × 0.75).
  for (const [k, chars] of columnWidths(placements).entries()) {
    await requests.reserve(OP_BYTES);
    const letter = columnLetters(k);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  }

  await requests.reserve(OP_BYTES);
  ws.freezePanes.freezeRows(main.headerRow);

  // Print setup (SPEC §6): ExcelApi 1.9, as the pages'; set after the sheets are written, in a request of its own (excel-pages.ts `printSetup`).
  if (sheet.print && prints) {
    const widths = columnWidths(placements);
    const extent = { rows: placements[placements.length - 1]?.lastDataRow ?? main.lastDataRow, columns: widths.length };
    prints.push({
      ws,
      name,
      print: { ...sheet.print, printArea: rangeAddress({ top: 1, left: 1, bottom: extent.rows, right: extent.columns }) },
      extent,
      widthPoints: widths.reduce((sum, chars) => sum + columnWidthPoints(chars), 0),
    });
  }

  const place = chartPlacement(sheet, placements);
  if (place) {
    const { chart: spec, main: data } = place;
    await requests.reserve(OP_BYTES * 5 + jsonSize(spec.title));
    const v = columnLetters(spec.valueColumn);
    const c = columnLetters(spec.categoryColumn);
    const chart = ws.charts.add("BarClustered", ws.getRange(`${v}${data.headerRow}:${v}${data.lastDataRow}`), "Columns");
    chart.title.text = spec.title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(`${c}${data.firstDataRow}:${c}${data.lastDataRow}`));
    // Bars are drawn bottom-up: reversed, the first row (rank 1) is on top, as in the table.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.setPosition(`${columnLetters(place.fromColumn)}${place.fromRow}`, `${columnLetters(place.toColumn)}${place.toRow}`);
  }
}


async function writeTable(ws: Excel.Worksheet, placement: TablePlacement, requests: Requests, names: ReadonlyMap<string, string>, tableNames: Set<string>) {
  const { table, headerRow, firstDataRow, lastDataRow } = placement;
  const width = table.columns.length;
  const last = columnLetters(width - 1);

  const headerColumns = table.columns.map((c) => ({ header: c.header }));
  await writeBlock(ws, requests, headerRow, [tableHeaders(table.columns)], headerColumns, names);
  await writeBlock(ws, requests, firstDataRow, table.rows, table.columns, names);

  // Five operations: the header's two formats, the table, its name and style.
  await requests.reserve(OP_BYTES * 5 + 2 * jsonSize(table.name) + jsonSize(TABLE_STYLE) + 40);
  const header = ws.getRange(`A${headerRow}:${last}${headerRow}`).format;
  header.wrapText = true;
  header.verticalAlignment = "Top";
  const created = ws.tables.add(`A${headerRow}:${last}${lastDataRow}`, true);
  created.name = freeTableName(table.name, tableNames);
  created.style = TABLE_STYLE;

  const wrapped = table.columns.flatMap((c, k) => (c.wrap ? [k] : []));
  for (const k of wrapped) {
    await requests.reserve(OP_BYTES * 2);
    const format = ws.getRange(`${columnLetters(k)}${firstDataRow}:${columnLetters(k)}${lastDataRow}`).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
  if (wrapped.length > 0) {
    await requests.reserve(OP_BYTES);
    ws.getRange(`A${firstDataRow}:${last}${lastDataRow}`).format.autofitRows();
  }

  const dataRange = `A${firstDataRow}:${last}${lastDataRow}`;
  for (const [i, h] of (table.highlights ?? []).entries()) {
    if (h.column >= width) continue;
    const formula = `=$${columnLetters(h.column)}${firstDataRow}="${h.equals.replace(/"/g, '""')}"`;
    // Six operations: the format, its rule, fill, font colour, stop and priority.
    await requests.reserve(OP_BYTES * 6 + jsonSize(formula) + jsonSize(h.fill) + jsonSize(h.fontColor ?? ""));
    const cf = ws.getRange(dataRange).conditionalFormats.add("Custom");
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = h.fill;
    if (h.fontColor) cf.custom.format.font.color = h.fontColor;
    cf.stopIfTrue = true;
    cf.priority = i;
  }

  for (const [k, column] of table.columns.entries()) {
    const v = column.validation;
    if (!v) continue;
    await requests.reserve(OP_BYTES * 4 + jsonSize(v.prompt?.message ?? "") + jsonSize(v.error?.message ?? ""));
    const letter = columnLetters(k);
    setValidation(ws.getRange(`${letter}${firstDataRow}:${letter}${lastDataRow}`).dataValidation, v);
  }
}

/**
 * Rows of cells from column A at `firstRow`, in chunks that each fit a
 * request: per chunk one 2-D number format (`@` where a string goes, the
 * column's format elsewhere), one 2-D array of values, then the chunk's
 * links. Blank rows at the end (an empty table) are left blank.
 */
async function writeBlock(
  ws: Excel.Worksheet,
  requests: Requests,
  firstRow: number,
  rows: ReadonlyArray<ReadonlyArray<OutputCell>>,
  columns: readonly Pick<ColumnSpec, "header" | "numberFormat">[],
  names: ReadonlyMap<string, string>,
) {
  const width = columns.length;
  if (rows.length === 0 || width === 0) return;
  const last = columnLetters(width - 1);
  const columnFormats = columns.map((c) => c.numberFormat ?? GENERAL);
  const formatSizes = columnFormats.map((f) => jsonSize(f) + 1);
  const textSize = jsonSize(TEXT_FORMAT) + 1;
  const budget = requests.budget();

  let start = 0;
  while (start < rows.length) {
    const values: CellWritten[][] = [];
    const formats: string[][] = [];
    const links: { row: number; column: number; link: LinkCell }[] = [];
    let bytes = 2 * OP_BYTES;
    let r = start;
    for (; r < rows.length; r++) {
      const source = rows[r] as ReadonlyArray<OutputCell>;
      const rowValues: CellWritten[] = new Array<CellWritten>(width);
      const rowFormats: string[] = new Array<string>(width);
      let rowBytes = 6;
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        let value: CellWritten;
        if (cell === null || cell === undefined) value = "";
        else if (typeof cell === "object") {
          value = clipCellText(cell.text);
          links.push({ row: firstRow + r, column: c, link: cell });
          // The link travels as an object: its two keys beside the values.
          rowBytes += OP_BYTES + LINK_KEYS_BYTES + jsonSize(cell.text) + jsonSize(linkTarget(cell, names));
        } else if (typeof cell === "number") value = Number.isFinite(cell) ? (Object.is(cell, -0) ? 0 : cell) : "";
        else if (typeof cell === "string") value = clipCellText(cell);
        else value = cell;
        const isText = typeof value === "string" && value !== "";
        rowValues[c] = value;
        rowFormats[c] = isText ? TEXT_FORMAT : (columnFormats[c] as string);
        rowBytes += jsonSize(value) + 1 + (isText ? textSize : (formatSizes[c] as number));
      }
      if (r > start && bytes + rowBytes > budget) break;
      values.push(rowValues);
      formats.push(rowFormats);
      bytes += rowBytes;
    }
    await requests.reserve(bytes);
    const range = ws.getRange(`A${firstRow + start}:${last}${firstRow + r - 1}`);
    range.numberFormat = formats;
    range.values = values;
    for (const { row, column, link } of links) {
      ws.getRange(`${columnLetters(column)}${row}`).hyperlink = { documentReference: linkTarget(link, names), textToDisplay: clipCellText(link.text) };
    }
    start = r;
  }
}


