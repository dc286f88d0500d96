/**
 * The WorkbookSource of the task pane: the user's sheets of the workbook open
 * in Excel, as Grids (ExcelApi 1.8; merged areas only where 1.13 is there).
 *
 * Requests, for a workbook of ordinary size, whatever its sheet count:
 * 1. every worksheet's name, visibility and tables' names;
 * 2. per sheet not ours, its used range (`getUsedRangeOrNullObject(true)`:
 *    values only, so a formatted but empty area is not read) with its
 *    address, size and `rowHidden` / `columnHidden`. A sheet's list is only
 *    known after a sync, so the used ranges' values cannot be asked for in
 *    the same request;
 * 3. the values and `valueTypes` of every used range (one range read per
 *    sheet) and, for a sheet where some rows or columns are hidden, each
 *    row's / column's `rowHidden` / `columnHidden`;
 * 4. the merged areas (ExcelApi 1.13), apart: `getMergedAreasOrNullObject`
 *    fails above 512 areas and would take the values down with it, so each
 *    sheet is asked in bands of rows too small to hold 512 (at most 512
 *    cells each), an area several bands meet kept once.
 * Every read is budgeted in BYTES, not cells (`maxRequestBytes`, 2,000,000
 * by default, under the 5 MB of a request and of a response on Excel on the
 * web): ~250 bytes per operation with its object path, plus what comes
 * back — for values and types an estimate per cell that starts at 32 bytes
 * (Vietnamese text takes 2–3 bytes a letter in UTF-8) and follows what the
 * cells already read weighed. A larger workbook is read in more requests,
 * each sheet split by rows; no single range read ever passes 5,000,000
 * cells.
 *
 * Sheets holding one of our tables (`td…`), and our pages (the documents,
 * the ballot, the blank scoresheets: marked by the sheet-scoped `tdPage`
 * name) are skipped: they are our output, not the user's input.
 *
 * What a Grid gets from Office.js, compared with the exceljs reader:
 * - rows and columns are the sheet's (0-based from A1): a used range that
 *   starts at C3 gives two blank rows and two blank columns in front;
 * - formulas by their value, errors (`valueTypes` "Error") as `{ error }`;
 *   a user's text "#REF!" stays text;
 * - dates arrive as serial numbers (Office.js `values` has no date type;
 *   telling them apart would mean loading every cell's number format, which
 *   doubles the read): a date in a score cell reads as a number;
 * - hidden rows/columns: 1.8 has no cheap per-cell answer. The used range's
 *   `rowHidden` is true (all hidden), false (none) or null (some); only when
 *   null is each row asked, and only for sheets of at most
 *   `maxHiddenProbe` rows (columns likewise). A larger sheet with some
 *   hidden rows reports none hidden.
 * - merges: read through `getMergedAreasOrNullObject` when ExcelApi 1.13 is
 *   supported; on Excel 2019 (1.8) a Grid has no merges.
 */
import { parseA1 } from "../core/model/address";
import type { CellRange, CellValue, Grid } from "../core/model/grid";
import type { WorkbookSource } from "../workbook/ports/source";
import { PAGE_MARKER_NAME } from "../workbook/page-layout";
import { isOurTableName } from "./excel-sink";
import { jsonSize, officeHost, PAYLOAD_LIMIT, runBatch, type ExcelHost } from "./host";
import { OP_BYTES } from "./requests";

export interface ExcelSourceOptions {
  readonly host?: ExcelHost;
  /** Cells (values and types) read per request at most (default 150,000), besides the bytes. */
  readonly maxCellsPerRequest?: number;
  /** Bytes of request and response a request is kept under (default 2,000,000). */
  readonly maxRequestBytes?: number;
  /** Rows (or columns) of a sheet that are probed one by one for `hidden` when some are (default 2,000). */
  readonly maxHiddenProbe?: number;
}

/** Excel's limit of cells in one range read. */
const MAX_CELLS_PER_READ = 5_000_000;
/** `getMergedAreasOrNullObject` fails above 512 areas: a band of at most this many cells cannot hold more. */
const MERGE_BAND_CELLS = 512;
/** A first guess of a cell's value and type in a response's JSON, before any was read. */
const FIRST_CELL_BYTES = 32;
const MIN_CELL_BYTES = 16;
/** What a read's answer costs besides its values (the property, the object's id). */
const ANSWER_BYTES = 80;

interface SheetInfo {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly hidden: boolean;
  /** 0-based origin and size of the used range; null when the sheet is empty. */
  readonly used: { top: number; left: number; rows: number; columns: number; rowHidden: boolean | null; columnHidden: boolean | null } | null;
}

export class ExcelWorkbookSource implements WorkbookSource {
  private readonly host: ExcelHost;
  private readonly maxCells: number;
  private readonly maxHiddenProbe: number;
  private readonly maxBytes: number;
  /** `context.sync()` calls made by the last `readSheets`. */
  lastSyncCount = 0;

  constructor(
    readonly file: string,
    options: ExcelSourceOptions = {},
  ) {
    this.host = options.host ?? officeHost;
    this.maxCells = Math.max(1, Math.min(options.maxCellsPerRequest ?? 150_000, MAX_CELLS_PER_READ));
    this.maxHiddenProbe = options.maxHiddenProbe ?? 2000;
    this.maxBytes = Math.min(options.maxRequestBytes ?? 2_000_000, PAYLOAD_LIMIT);
  }

  /**
   * Shows the officer a cell of one of the sheets read (an issue's source
   * cell): activates its sheet and selects it. One request.
   */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await runBatch(this.host, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async readSheets(): Promise<Grid[]> {
    const merges13 = this.host.isSupported("ExcelApi", "1.13");
    let syncs = 0;
    try {
      return await runBatch(this.host, async (context) => {
        const sync = async () => {
          syncs++;
          await context.sync();
        };

        // 1–2. The sheets, then their used ranges' outlines.
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/visibility,items/tables/items/name,items/names/items/name");
        await sync();
        const candidates = worksheets.items.filter((ws) => !isOurs(ws));
        const outlines = candidates.map((ws) => {
          const used = ws.getUsedRangeOrNullObject(true);
          used.load("address,rowCount,columnCount,rowHidden,columnHidden");
          return { ws, used };
        });
        await sync();
        const infos: SheetInfo[] = outlines.map(({ ws, used }) => ({
          sheet: ws,
          name: ws.name,
          hidden: ws.visibility !== "Visible",
          used: used.isNullObject ? null : outline(used),
        }));

        // 3. Values and types, and the hidden rows' probes, in requests of at most maxBytes (and maxCells cells).
        const reads: Read[] = [];
        const extras: Extra[] = [];
        let pendingBytes = 0;
        let pendingCells = 0;
        let cellBytes = FIRST_CELL_BYTES;
        let unweighed: Read[] = [];
        const flush = async () => {
          if (pendingBytes > 0) await sync();
          pendingBytes = 0;
          pendingCells = 0;
          // What the cells just read weighed, with room for a heavier sheet to come.
          let bytes = 0;
          let count = 0;
          for (const read of unweighed) {
            bytes += jsonSize(read.range.values) + jsonSize(read.range.valueTypes);
            count += read.range.values.length * (read.range.values[0]?.length ?? 0);
          }
          if (count > 0) cellBytes = Math.max(MIN_CELL_BYTES, Math.ceil((bytes / count) * 1.5));
          unweighed = [];
        };
        const reserve = async (bytes: number) => {
          if (pendingBytes > 0 && pendingBytes + bytes > this.maxBytes) await flush();
          pendingBytes += bytes;
        };
        for (const info of infos) {
          const used = info.used;
          if (!used) continue;
          const extra: Extra = { info };
          extras.push(extra);
          const usedRange = info.sheet.getRangeByIndexes(used.top, used.left, used.rows, used.columns);
          if (used.rowHidden === null && used.rows <= this.maxHiddenProbe) {
            extra.rows = [];
            for (let r = 0; r < used.rows; r++) {
              await reserve(OP_BYTES + ANSWER_BYTES);
              extra.rows.push(usedRange.getRow(r).load("rowHidden"));
            }
          }
          if (used.columnHidden === null && used.columns <= this.maxHiddenProbe) {
            extra.columns = [];
            for (let c = 0; c < used.columns; c++) {
              await reserve(OP_BYTES + ANSWER_BYTES);
              extra.columns.push(usedRange.getColumn(c).load("columnHidden"));
            }
          }
          // Each piece: as many whole rows as the pending request has room for, at least one.
          for (let r = 0; r < used.rows; ) {
            const rowBytes = used.columns * cellBytes;
            const room = () => Math.min(Math.floor((this.maxBytes - pendingBytes - OP_BYTES) / rowBytes), Math.floor((this.maxCells - pendingCells) / used.columns));
            if (room() < 1 && pendingBytes > 0) await flush();
            const rows = Math.min(used.rows - r, Math.max(1, room()), Math.max(1, Math.floor(MAX_CELLS_PER_READ / used.columns)));
            const range = info.sheet.getRangeByIndexes(used.top + r, used.left, rows, used.columns);
            range.load("values,valueTypes");
            const read = { info, firstRow: used.top + r, range };
            reads.push(read);
            unweighed.push(read);
            pendingBytes += OP_BYTES + ANSWER_BYTES + rows * rowBytes;
            pendingCells += rows * used.columns;
            r += rows;
          }
        }
        await flush();

        // 4. The merged areas, apart, in bands too small to hold 512 of them.
        if (merges13) {
          for (const extra of extras) {
            const used = extra.info.used;
            if (!used) continue;
            extra.merged = [];
            const band = Math.max(1, Math.floor(MERGE_BAND_CELLS / used.columns));
            for (let r = 0; r < used.rows; r += band) {
              await reserve(OP_BYTES + ANSWER_BYTES);
              const areas = extra.info.sheet.getRangeByIndexes(used.top + r, used.left, Math.min(band, used.rows - r), used.columns).getMergedAreasOrNullObject();
              areas.load("address");
              extra.merged.push(areas);
            }
          }
          await flush();
        }

        return infos.map((info) => toGrid(this.file, info, reads, extras));
      });
    } finally {
      this.lastSyncCount = syncs;
    }
  }
}

function outline(used: Excel.Range): SheetInfo["used"] {
  const first = used.address.split("!").pop()?.split(":")[0] ?? "A1";
  const origin = parseA1(first) ?? { row: 0, column: 0 };
  return {
    top: origin.row,
    left: origin.column,
    rows: used.rowCount,
    columns: used.columnCount,
    rowHidden: used.rowHidden,
    columnHidden: used.columnHidden,
  };
}

interface Read {
  readonly info: SheetInfo;
  readonly firstRow: number;
  readonly range: Excel.Range;
}
interface Extra {
  readonly info: SheetInfo;
  merged?: Excel.RangeAreas[];
  rows?: Excel.Range[];
  columns?: Excel.Range[];
}

function toGrid(file: string, info: SheetInfo, reads: readonly Read[], extras: readonly Extra[]): Grid {
  const used = info.used;
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  let merges: CellRange[] = [];
  if (used) {
    for (let r = 0; r < used.top; r++) rows.push([]);
    for (const read of reads) {
      if (read.info !== info) continue;
      const values = read.range.values;
      const types = read.range.valueTypes;
      for (let i = 0; i < values.length; i++) {
        const row: CellValue[] = new Array<CellValue>(used.left).fill(null);
        const vs = values[i] as unknown[];
        const ts = types[i] as string[];
        for (let c = 0; c < vs.length; c++) row.push(officeCell(vs[c], ts[c]));
        rows.push(row);
      }
    }
    const extra = extras.find((e) => e.info === info);
    if (used.rowHidden === true) for (let r = 0; r < used.rows; r++) hiddenRows.add(used.top + r);
    if (used.columnHidden === true) for (let c = 0; c < used.columns; c++) hiddenColumns.add(used.left + c);
    extra?.rows?.forEach((range, r) => range.rowHidden && hiddenRows.add(used.top + r));
    extra?.columns?.forEach((range, c) => range.columnHidden && hiddenColumns.add(used.left + c));
    if (extra?.merged) merges = joinBands(extra.merged.flatMap((areas) => (areas.isNullObject ? [] : parseAreas(areas.address))));
  }
  const columnCount = used ? used.left + used.columns : 0;
  return {
    file,
    sheet: info.name,
    rows,
    rowCount: rows.length,
    columnCount,
    merges,
    hiddenRows,
    hiddenColumns,
    hidden: info.hidden,
  };
}

/**
 * The merged areas of a sheet's bands as one list, an area several bands
 * meet once. Excel answers with whole merged areas (a merged cell is one
 * cell to it), which the double assumes too.
 */
export function joinBands(areas: readonly CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const key = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One Office.js cell: `""` is blank, an Error type is `{ error }`. */
export function officeCell(value: unknown, type?: string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** `Sheet1!A1:B2, Sheet1!D4:E5` (or `'My sheet'!A1:B2,…`) → 0-based rectangles. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  // Commas may sit inside a quoted sheet name: split on those outside quotes.
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  for (const part of parts) {
    const ref = part.trim().split("!").pop() ?? "";
    const [a, b] = ref.split(":");
    const from = a ? parseA1(a) : null;
    const to = b ? parseA1(b) : from;
    if (from && to) out.push({ top: from.row, left: from.column, bottom: to.row, right: to.column });
  }
  return out;
}

/** One of our sheets: it holds a table of ours, or carries our page marker. */
function isOurs(ws: Excel.Worksheet): boolean {
  return ws.tables.items.some((t) => isOurTableName(t.name)) || ws.names.items.some((n) => n.name.toLowerCase() === PAGE_MARKER_NAME.toLowerCase());
}
