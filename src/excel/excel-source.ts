/**
 * The WorkbookSource of the task pane: the user's sheets of the workbook open
 * in Excel, as Grids (ExcelApi 1.8; merged areas only where 1.13 is there).
 * Our own sheets (a `td…` table, a `tdPage` name) are skipped. Unlike the
 * file reader: rows and columns are the sheet's from A1, formulas by their
 * value, errors as `{ error }`, dates as serial numbers, hidden rows asked
 * for only where the used range says "some", no merges on 1.8.
 * Requests and budget: docs/DECISIONS.md, D5.
 */
import { parseA1 } from "../core/model/address";
import type { CellRange, CellValue, Grid } from "../core/model/grid";
import type { WorkbookSource } from "../workbook/source";
import { PAGE_MARKER_NAME } from "../workbook/page-layout";
import { isOurTableName } from "./excel-sink";
import { officeHost, type ExcelHost } from "./host";

export interface ExcelSourceOptions {
  readonly host?: ExcelHost;
  /** Cells (values and types) read per request (default 150,000). */
  readonly maxCellsPerRequest?: number;
  /** Rows (or columns) of a sheet that are probed one by one for `hidden` when some are (default 2,000). */
  readonly maxHiddenProbe?: number;
}

/** Excel's limit of cells in one range read. */
const MAX_CELLS_PER_READ = 5_000_000;

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
  /** `context.sync()` calls made by the last `readSheets`. */
  lastSyncCount = 0;

  constructor(
    readonly file: string,
    options: ExcelSourceOptions = {},
  ) {
    this.host = options.host ?? officeHost;
    this.maxCells = Math.max(1, Math.min(options.maxCellsPerRequest ?? 150_000, MAX_CELLS_PER_READ));
    this.maxHiddenProbe = options.maxHiddenProbe ?? 2000;
  }

  /**
   * Shows the officer a cell of one of the sheets read (an issue's source
   * cell): activates its sheet and selects it. One request.
   */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.host.run(async (context) => {
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
      return await this.host.run(async (context) => {
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

        // 3. Values and types, in requests of at most maxCells cells.
        const reads: { info: SheetInfo; firstRow: number; range: Excel.Range }[] = [];
        const extras: { info: SheetInfo; merged?: Excel.RangeAreas; rows?: Excel.Range[]; columns?: Excel.Range[] }[] = [];
        let pending = 0;
        let queued = false;
        const flush = async () => {
          if (queued) await sync();
          pending = 0;
          queued = false;
        };
        for (const info of infos) {
          const used = info.used;
          if (!used) continue;
          const extra: (typeof extras)[number] = { info };
          extras.push(extra);
          const usedRange = info.sheet.getRangeByIndexes(used.top, used.left, used.rows, used.columns);
          if (merges13) {
            extra.merged = usedRange.getMergedAreasOrNullObject();
            extra.merged.load("address");
            queued = true;
          }
          if (used.rowHidden === null && used.rows <= this.maxHiddenProbe) {
            extra.rows = [];
            for (let r = 0; r < used.rows; r++) extra.rows.push(usedRange.getRow(r).load("rowHidden"));
            queued = true;
          }
          if (used.columnHidden === null && used.columns <= this.maxHiddenProbe) {
            extra.columns = [];
            for (let c = 0; c < used.columns; c++) extra.columns.push(usedRange.getColumn(c).load("columnHidden"));
            queued = true;
          }
          // Each piece: as many whole rows as the pending request has room for, at least one.
          for (let r = 0; r < used.rows; ) {
            let room = Math.floor((this.maxCells - pending) / used.columns);
            if (room < 1 && pending > 0) {
              await flush();
              room = Math.floor(this.maxCells / used.columns);
            }
            const rows = Math.min(used.rows - r, Math.max(1, room));
            const range = info.sheet.getRangeByIndexes(used.top + r, used.left, rows, used.columns);
            range.load("values,valueTypes");
            reads.push({ info, firstRow: used.top + r, range });
            pending += rows * used.columns;
            queued = true;
            r += rows;
          }
        }
        await flush();

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

function toGrid(
  file: string,
  info: SheetInfo,
  reads: readonly { info: SheetInfo; firstRow: number; range: Excel.Range }[],
  extras: readonly { info: SheetInfo; merged?: Excel.RangeAreas; rows?: Excel.Range[]; columns?: Excel.Range[] }[],
): Grid {
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
    if (extra?.merged && !extra.merged.isNullObject) merges = parseAreas(extra.merged.address);
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
