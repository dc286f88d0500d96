/**
 * Pages (workbook/ports/page.ts) into the open workbook, for ExcelSink.writePages.
 * One `Excel.run` per batch, three requests for any batch that fits one
 * (more only past ~2 MB of cells): one read (every sheet's name and its
 * sheet-scoped names), the write, events back on.
 *
 * A page is ours by a sheet-scoped name, `tdPage`, whose value is the page's
 * role and the name it was asked for (page-layout.ts `pageMarker`), set when
 * it is written: a re-run replaces our page of that name wherever it stands
 * and whatever it is now called; a user's sheet of that name is never
 * touched (ours then gets a free name, `Tự chấm (2)`).
 *
 * Per page: one 2-D number format (`@` where text goes, so `=…`, `+…`,
 * `-…`, `@…` stay text; formula cells keep a format Excel computes in), one
 * 2-D array of values (formulas as `=…`; Excel computes them, so no cached
 * result is sent), the merges, the default font over the page, then each
 * distinct look once per rectangle of cells that share it, sizes,
 * validations, print setup, the marker, protection last (a protected sheet
 * refuses formats).
 *
 * Requirement sets: names 1.4, merge and protection 1.2, dataValidation 1.8
 * (the manifest's minimum); print setup (`pageLayout`) and `indentLevel`
 * are ExcelApi 1.9 and are left out where Excel lacks them (the page then
 * prints with the workbook's defaults).
 */
import { columnLetters } from "../core/model/address";
import { cmToInches, type BorderStyle, type CellStyle, type PageSheetSpec, type PrintSetup } from "../workbook/ports/page";
import {
  DEFAULT_DATE_FORMAT,
  groupRectangles,
  listSource,
  markedPageName,
  PAGE_MARKER_NAME,
  pageExtent,
  pageMarker,
  rangeAddress,
  resolvePageCells,
  valueKind,
  type ResolvedCell,
} from "../workbook/page-layout";
import type { CellValidation } from "../workbook/validation";
import { clipCellText, freeSheetName, MAX_DV_MESSAGE, MAX_DV_TITLE } from "../workbook/excel-rules";
import { jsonSize } from "./host";
import { ExcelProtectedError, loadStructureProtection } from "./protection";
import { OP_BYTES, type Requests, tempNames } from "./requests";

const TEXT_FORMAT = "@";
const GENERAL = "General";
const POINTS_PER_INCH = 72;

export interface PageBatchOptions {
  /** ExcelApi 1.9: print setup and indents. */
  readonly supports19: boolean;
}

/** What a batch of pages did: each page's name → the name its sheet got; the pages whose print setup Excel refused (the pages are there, printed with Excel's defaults). */
export interface PageBatchOutcome {
  readonly names: Map<string, string>;
  readonly printSetupFailed: readonly string[];
}

/** A page's print setup, queued after the pages are written. */
/** A sheet's print setup, applied after the sheet is written (`printSetup`). */
export interface PrintJob {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly print: PrintSetup;
  readonly extent: { rows: number; columns: number };
  readonly widthPoints: number;
}

/** Writes the batch; returns each page's name → the name its sheet got. */
export async function writePageBatch(context: Excel.RequestContext, requests: Requests, pages: readonly PageSheetSpec[], options: PageBatchOptions): Promise<PageBatchOutcome> {
  const { worksheets, ours, eventsWere, before } = await readSheets(context, requests);
  // The batch replaces the pages of ours it writes again.
  const old = oldSheets(ours, pages.map((page) => page.name));
  const used = new Set(worksheets.items.filter((ws) => !old.has(ws)).map((ws) => ws.name.toLocaleLowerCase()));
  const tempName = tempNames(new Set(worksheets.items.map((ws) => ws.name.toLowerCase())));
  const order = worksheets.items.map((ws) => ws.name.toLocaleLowerCase());

  const names = new Map<string, string>();
  const prints: PrintJob[] = [];
  let formulas = false;
  return requests.writeWithEventsOff(eventsWere, async () => {
    try {
      for (const [ws, o] of old) {
        await requests.reserve(OP_BYTES);
        o.tempName = tempName("~td-page ");
        order[order.indexOf(o.name.toLocaleLowerCase())] = o.tempName.toLocaleLowerCase();
        ws.name = o.tempName;
      }
      let activated = false;
      for (const page of pages) {
        const name = freeSheetName(page.name, used);
        names.set(page.name, name);
        await requests.reserve(OP_BYTES * 2);
        const ws = worksheets.add(name);
        order.push(name.toLocaleLowerCase());
        const replaced = ours.get(page.name.toLocaleLowerCase());
        const place = replaced ? order.indexOf((old.get(replaced) as { tempName: string }).tempName.toLocaleLowerCase()) : -1;
        if (place >= 0) {
          ws.position = place;
          order.splice(place, 0, order.pop() as string);
        }
        await writePage(ws, page, requests, options);
        if (page.print && options.supports19) prints.push({ ws, name, print: page.print, extent: pageExtent(page), widthPoints: pageWidthPoints(page) });
        formulas ||= page.cells.some((cell) => valueKind(cell.value).kind === "formula");
        if (page.active && !activated) {
          await requests.reserve(OP_BYTES);
          ws.activate();
          activated = true;
        }
      }
      for (const ws of old.keys()) {
        await requests.reserve(OP_BYTES);
        ws.delete();
      }
      await requests.sync();
    } catch (error) {
      await rollBack(context, requests, old, before);
      throw error;
    }
    const printSetupFailed = await printSetup(context, requests, prints, formulas);
    return { names, printSetupFailed };
  });
}

/**
 * The pages' print setup, in a request of its own after the pages are
 * there: it is cosmetic, so a refusal (any page-setup error would take the
 * whole page batch down with it) is reported, not fatal. Fit-to-pages is
 * reported not to apply until the Page Layout tab has been opened
 * (office-js #1860): the zoom is read back, and where the fit did not take,
 * a `scale` that fits the page's width is set instead. The same request
 * first recalculates, the workbook's formulas written while calculation was
 * suspended (`suspendApiCalculationUntilNextSync`) being otherwise never
 * computed.
 */
export async function printSetup(context: Excel.RequestContext, requests: Requests, prints: readonly PrintJob[], formulas: boolean): Promise<string[]> {
  if (prints.length === 0 && !formulas) return [];
  // Neither cells written nor calculation suspended in this request.
  requests.writing = false;
  try {
    if (formulas) {
      await requests.reserve(OP_BYTES);
      context.application.calculate("Recalculate");
    }
    const zooms: { job: PrintJob; layout: Excel.PageLayout }[] = [];
    for (const job of prints) {
      await requests.reserve(OP_BYTES * 14);
      setPrint(job.ws.pageLayout, job.print, job.extent);
      setRowBreaks(job.ws, job.print);
      zooms.push({ job, layout: job.ws.pageLayout.load("zoom") });
    }
    try {
      await requests.sync();
    } catch {
      return prints.map((job) => job.name);
    }
    const unfit = zooms.filter(({ job, layout }) => layout.zoom?.horizontalFitToPages !== job.print.fitWide);
    if (unfit.length === 0) return [];
    for (const { job } of unfit) {
      await requests.reserve(OP_BYTES);
      job.ws.pageLayout.zoom = { scale: fitScale(job) };
    }
    try {
      await requests.sync();
      return [];
    } catch {
      return unfit.map(({ job }) => job.name);
    }
  } finally {
    requests.writing = true;
  }
}

/** A4's printable width, in points, for the orientation and margins: what the page's columns must fit in. */
const A4_POINTS = { portrait: 595, landscape: 842 } as const;

/** The zoom (10–100 %) at which the page's columns fit its printable width, where fit-to-pages did not take. */
function fitScale(job: PrintJob): number {
  const { print } = job;
  const printable = A4_POINTS[print.orientation] - (cmToInches(print.margins.left) + cmToInches(print.margins.right)) * POINTS_PER_INCH;
  const wanted = job.widthPoints / Math.max(1, print.fitWide);
  return Math.max(10, Math.min(100, Math.floor((printable / Math.max(1, wanted)) * 100)));
}

/** Excel's default column width (8.43 characters) where the page sets none. */
const DEFAULT_COLUMN_CHARS = 8.43;

function pageWidthPoints(page: PageSheetSpec): number {
  const columns = pageExtent(page).columns;
  let width = 0;
  for (let c = 1; c <= columns; c++) width += columnWidthPoints(page.columnWidths?.[c] ?? DEFAULT_COLUMN_CHARS);
  return width;
}

/** Our old sheets a batch writes again, each with the temporary name it steps aside under (blank until given). */
export type OldSheets = Map<Excel.Worksheet, { name: string; tempName: string }>;

/** What a batch of sheets reads before writing: the sheets, ours among them, whether events are on, the sheets' ids. */
export interface SheetsRead {
  readonly worksheets: Excel.WorksheetCollection;
  readonly ours: Map<string, Excel.Worksheet>;
  readonly eventsWere: boolean;
  /** The ids of the sheets before the batch: a rollback deletes every sheet that is not among them. */
  readonly before: ReadonlySet<string>;
}

/**
 * What a batch of sheets (pages, template fills) reads first, in one
 * request: the sheets with their ids, markers and protection, whether the
 * workbook's structure is protected (then nothing is written: every add,
 * rename and delete would fail), and whether events are on.
 */
export async function readSheets(context: Excel.RequestContext, requests: Requests): Promise<SheetsRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/protection/protected,items/names/items/name,items/names/items/value");
  context.runtime.load("enableEvents");
  const structureProtected = loadStructureProtection(context);
  await requests.sync();
  if (structureProtected()) throw new ExcelProtectedError("workbook-structure");
  return { worksheets, ours: markedSheets(worksheets.items), eventsWere: context.runtime.enableEvents, before: new Set(worksheets.items.map((ws) => ws.id)) };
}

/** Our sheets among `ours` that hold one of the names a batch writes. */
export function oldSheets(ours: ReadonlyMap<string, Excel.Worksheet>, names: readonly string[]): OldSheets {
  const old: OldSheets = new Map();
  for (const name of names) {
    const ws = ours.get(name.toLocaleLowerCase());
    if (ws && !old.has(ws)) old.set(ws, { name: ws.name, tempName: "" });
  }
  return old;
}

/** Our sheets (pages, filled templates) by the name each was asked for, lower-cased: their `tdPage` marker, loaded with the sheets' names. */
function markedSheets(items: readonly Excel.Worksheet[]): Map<string, Excel.Worksheet> {
  const ours = new Map<string, Excel.Worksheet>();
  for (const ws of items) {
    const marker = ws.names.items.find((n) => n.name.toLowerCase() === PAGE_MARKER_NAME.toLowerCase());
    const asked = marker ? markedPageName(marker.value) : null;
    if (asked !== null) ours.set(asked.toLocaleLowerCase(), ws);
  }
  return ours;
}

/**
 * Best effort after a failed batch (the template fills share it): every
 * sheet present now that was not before goes, whatever it is called (a
 * sheet inserted from a file and left under the template's name when Excel
 * on the web inserted and then threw, office-js #3179; one of ours half
 * renamed), then our old sheets get their names back — after the deletions,
 * since an inserted copy may hold one of those names.
 */
export async function rollBack(context: Excel.RequestContext, requests: Requests, old: OldSheets, before: ReadonlySet<string>): Promise<void> {
  try {
    const now = context.workbook.worksheets;
    now.load("items/name,items/id");
    await requests.sync();
    const back = new Map([...old.values()].filter((o) => o.tempName !== "").map((o) => [o.tempName.toLocaleLowerCase(), o.name]));
    for (const ws of now.items) if (!before.has(ws.id)) ws.delete();
    for (const ws of now.items) {
      const name = back.get(ws.name.toLocaleLowerCase());
      if (name !== undefined) ws.name = name;
    }
    await requests.sync();
  } catch {
    // The original error says more.
  }
}

async function writePage(ws: Excel.Worksheet, page: PageSheetSpec, requests: Requests, options: PageBatchOptions): Promise<void> {
  const cells = resolvePageCells(page);
  const extent = pageExtent(page);
  if (extent.rows > 0) await writeValues(ws, cells, extent, requests);

  for (const merge of page.merges ?? []) {
    await requests.reserve(OP_BYTES);
    ws.getRange(rangeAddress(merge)).merge(false);
  }
  if (page.defaultFont && extent.rows > 0) {
    await requests.reserve(OP_BYTES * 3);
    setFont(ws.getRange(rangeAddress({ top: 1, left: 1, bottom: extent.rows, right: extent.columns })).format.font, page.defaultFont);
  }
  const looks = groupRectangles(cells, (cell) => lookKey(cell.style));
  for (const { cells: members, ranges } of looks.values()) {
    const style = (members[0] as ResolvedCell).style;
    for (const range of ranges) {
      await requests.reserve(OP_BYTES * lookOperations(style, range.bottom > range.top, range.right > range.left, options) + jsonSize(style));
      applyLook(ws.getRange(rangeAddress(range)).format, style, range.bottom > range.top, range.right > range.left, options);
    }
  }
  for (const [column, chars] of Object.entries(page.columnWidths ?? {})) {
    await requests.reserve(OP_BYTES);
    const letter = columnLetters(Number(column) - 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  }
  for (const [row, points] of Object.entries(page.rowHeights ?? {})) {
    await requests.reserve(OP_BYTES);
    ws.getRange(`${row}:${row}`).format.rowHeight = points;
  }
  const validations = groupRectangles(cells, (cell) => (cell.validation ? JSON.stringify(cell.validation) : null));
  for (const { cells: members, ranges } of validations.values()) {
    const v = (members[0] as ResolvedCell).validation as CellValidation;
    for (const range of ranges) {
      await requests.reserve(OP_BYTES * 4 + jsonSize(v));
      setValidation(ws.getRange(rangeAddress(range)).dataValidation, v);
    }
  }
  await requests.reserve(OP_BYTES + jsonSize(pageMarker(page)));
  ws.names.add(PAGE_MARKER_NAME, `="${pageMarker(page).replace(/"/g, '""')}"`, "Thi đua");
  const unlocked = groupRectangles(cells, (cell) => (cell.unlocked ? "unlocked" : null)).get("unlocked");
  for (const range of unlocked?.ranges ?? []) {
    await requests.reserve(OP_BYTES);
    ws.getRange(rangeAddress(range)).format.protection.locked = false;
  }
  if (page.protect) {
    await requests.reserve(OP_BYTES);
    ws.protection.protect();
  }
}

/** The page's rectangle from A1: one 2-D number format (text `@`), then one 2-D array of values, in row chunks that fit a request. */
async function writeValues(ws: Excel.Worksheet, cells: readonly ResolvedCell[], extent: { rows: number; columns: number }, requests: Requests): Promise<void> {
  const values: (string | number | boolean)[][] = Array.from({ length: extent.rows }, () => new Array<string | number | boolean>(extent.columns).fill(""));
  const formats: string[][] = Array.from({ length: extent.rows }, () => new Array<string>(extent.columns).fill(GENERAL));
  for (const cell of cells) {
    const value = valueKind(cell.value);
    const r = cell.row - 1;
    const c = cell.column - 1;
    const line = values[r] as (string | number | boolean)[];
    const format = formats[r] as string[];
    format[c] = cell.style.numberFormat ?? GENERAL;
    if (value.kind === "text") {
      line[c] = clipCellText(value.text);
      format[c] = TEXT_FORMAT;
    } else if (value.kind === "number") line[c] = value.number;
    else if (value.kind === "boolean") line[c] = value.boolean;
    else if (value.kind === "date") {
      line[c] = value.serial;
      format[c] = cell.style.numberFormat ?? DEFAULT_DATE_FORMAT;
    } else if (value.kind === "formula") line[c] = `=${value.formula}`;
  }
  const last = columnLetters(extent.columns - 1);
  let start = 0;
  while (start < extent.rows) {
    let bytes = 2 * OP_BYTES;
    let end = start;
    for (; end < extent.rows; end++) {
      const rowBytes = jsonSize(values[end]) + jsonSize(formats[end]) + 2;
      if (end > start && bytes + rowBytes > requests.budget()) break;
      bytes += rowBytes;
    }
    await requests.reserve(bytes);
    const range = ws.getRange(`A${start + 1}:${last}${end}`);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }
}

/** What of a look Office.js sets per rectangle (the number format went with the values); null when nothing. */
function lookKey(style: CellStyle): string | null {
  const { numberFormat: _format, ...look } = style;
  return Object.keys(look).length === 0 ? null : JSON.stringify(look);
}

function setFont(font: Excel.RangeFont, spec: NonNullable<CellStyle["font"]>): void {
  if (spec.name !== undefined) font.name = spec.name;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.bold !== undefined) font.bold = spec.bold;
  if (spec.italic !== undefined) font.italic = spec.italic;
  if (spec.underline !== undefined) font.underline = spec.underline ? "Single" : "None";
  if (spec.color !== undefined) font.color = spec.color;
}

const BORDER_EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

function applyLook(format: Excel.RangeFormat, style: CellStyle, manyRows: boolean, manyColumns: boolean, options: PageBatchOptions): void {
  if (style.font) setFont(format.font, style.font);
  if (style.fill) format.fill.color = style.fill;
  const border = style.border;
  if (border) {
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const s = border[side];
      if (s) setBorder(format.borders.getItem(BORDER_EDGES[side]), s);
    }
    // Every cell of the rectangle has the look: the lines between them too.
    const across = border.top ?? border.bottom;
    if (manyRows && across) setBorder(format.borders.getItem("InsideHorizontal"), across);
    const down = border.left ?? border.right;
    if (manyColumns && down) setBorder(format.borders.getItem("InsideVertical"), down);
  }
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : style.horizontal === "right" ? "Right" : "Justify";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  if (style.wrap) format.wrapText = true;
  if (style.indent && options.supports19) format.indentLevel = style.indent;
}

/**
 * How many operations `applyLook` queues for a look: a look with borders
 * all round takes ~20 (each edge its style and weight), so a fixed price
 * let a request of many looks pass its budget.
 */
function lookOperations(style: CellStyle, manyRows: boolean, manyColumns: boolean, options: PageBatchOptions): number {
  const font = style.font ? Object.values(style.font).filter((v) => v !== undefined).length : 0;
  const edge = (s: BorderStyle | undefined) => (s === undefined ? 0 : s === "dotted" || s === "double" ? 1 : 2);
  const border = style.border;
  const edges = border
    ? edge(border.top) + edge(border.bottom) + edge(border.left) + edge(border.right) + (manyRows ? edge(border.top ?? border.bottom) : 0) + (manyColumns ? edge(border.left ?? border.right) : 0)
    : 0;
  const flags = [style.fill, style.horizontal, style.vertical, style.wrap || undefined, style.indent && options.supports19 ? style.indent : undefined];
  return font + edges + flags.filter((v) => v !== undefined).length;
}

function setBorder(edge: Excel.RangeBorder, style: BorderStyle): void {
  if (style === "dotted") edge.style = "Dot";
  else if (style === "double") edge.style = "Double";
  else {
    edge.style = "Continuous";
    edge.weight = style === "medium" ? "Medium" : "Thin";
  }
}

/** A cell validation as Office.js sets it; the tables' columns (excel-sink.ts) share it. */
export function setValidation(dv: Excel.DataValidation, v: CellValidation): void {
  if (v.kind === "decimal") dv.rule = { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
  // Office.js takes the list unquoted; listSource refuses what an inline list cannot hold.
  else dv.rule = { list: { inCellDropDown: true, source: listSource(v.values).slice(1, -1).replace(/""/g, '"') } };
  dv.ignoreBlanks = true;
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title.slice(0, MAX_DV_TITLE), message: v.prompt.message.slice(0, MAX_DV_MESSAGE) };
  dv.errorAlert = {
    showAlert: true,
    style: v.errorStyle === "stop" ? "Stop" : v.errorStyle === "warning" ? "Warning" : "Information",
    title: v.error?.title.slice(0, MAX_DV_TITLE) ?? "",
    message: v.error?.message.slice(0, MAX_DV_MESSAGE) ?? "",
  };
}

export function setPrint(layout: Excel.PageLayout, print: PrintSetup, extent: { rows: number; columns: number }): void {
  const points = (cm: number) => Math.round(cmToInches(cm) * POINTS_PER_INCH * 100) / 100;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.topMargin = points(print.margins.top);
  layout.bottomMargin = points(print.margins.bottom);
  layout.leftMargin = points(print.margins.left);
  layout.rightMargin = points(print.margins.right);
  // 0 pages tall: as many as the rows need (OOXML's fitToHeight="0").
  layout.zoom = { horizontalFitToPages: print.fitWide, verticalFitToPages: print.fitTall ?? 0 };
  if (print.centerHorizontally) layout.centerHorizontally = true;
  const area = print.printArea ?? (extent.rows > 0 ? rangeAddress({ top: 1, left: 1, bottom: extent.rows, right: extent.columns }) : null);
  if (area) layout.setPrintArea(area);
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.replace(/\$/g, "").replace(":", ":$")}`);
  // The print title over every page (ExcelApi 1.9's headersFooters; absent from hosts that lack it).
  const headers = (layout as Partial<Pick<Excel.PageLayout, "headersFooters">>).headersFooters;
  if (print.pageHeader && headers) headers.defaultForAllPages.centerHeader = `&B${print.pageHeader.replace(/&/g, "&&")}`;
}

/** The page breaks that keep a table's header with its first row (ExcelApi 1.9, as the rest of the print setup). */
function setRowBreaks(ws: Excel.Worksheet, print: PrintSetup): void {
  const breaks = (ws as Partial<Pick<Excel.Worksheet, "horizontalPageBreaks">>).horizontalPageBreaks;
  if (!breaks) return;
  for (const row of print.rowBreaks ?? []) breaks.add(`A${row + 1}`);
}

/** Characters (Excel's column width) → points, as the table writer does: (7 px × chars + 5 px) × 0.75. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
