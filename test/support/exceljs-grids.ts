/**
 * The reader as it was before our own (src/xlsx/read/read-xlsx.ts): exceljs 4.4's
 * parsed model → Grids. Kept as the oracle of the differential test, which
 * holds our reader to it cell for cell, and as the benchmark's exceljs floor.
 */
import type { Workbook } from "exceljs";
import { parseA1 } from "../../src/core/model/address";
import type { CellRange, CellValue, Grid } from "../../src/core/model/grid";
import { loadExcelJs } from "../../src/xlsx/exceljs";
import { cellValue, type CellModel } from "./exceljs-cell-value";

/** The grids exceljs makes of a workbook; throws where exceljs does. */
export async function exceljsGrids(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const ExcelJS = await loadExcelJs();
  const model = await loadModel(new ExcelJS.Workbook(), bytes);
  const intern = stringInterner();
  return worksheetsInOrder(model).map((worksheet) => worksheetToGrid(worksheet, file, intern));
}

/**
 * Worksheet parts the domain never reads. exceljs skips them while parsing,
 * which saves time and avoids its known crash on some drawings (charts,
 * shapes: exceljs#2591 in the worksheet's drawing link).
 */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "drawing",
  "picture",
  "tableParts",
  "pageSetup",
  "printOptions",
  "pageMargins",
  "headerFooter",
  "rowBreaks",
  "autoFilter",
  "sheetProtection",
];

/** How exceljs was asked to load a workbook; the benchmark's floor reads with the same. */
export const EXCELJS_READ_OPTIONS = { ignoreNodes: IGNORED_NODES };

// -------------------------------------------------------------------- model

/**
 * What exceljs's parser makes of a workbook (exceljs 4.4.0), before its load
 * turns it into Worksheet, Row and Cell objects: only what a Grid needs.
 */
interface WorkbookModel {
  readonly worksheets: readonly (WorksheetModel | undefined)[];
  readonly sheets?: readonly { readonly id: number }[];
}

interface WorksheetModel {
  readonly id: number;
  readonly name?: string;
  readonly state?: string;
  readonly rows?: readonly (RowModel | undefined)[];
  readonly cols?: readonly { readonly min: number; readonly max: number; readonly hidden?: boolean }[];
  readonly mergeCells?: readonly string[];
}

interface RowModel {
  readonly number: number;
  readonly cells: readonly CellModel[];
  readonly hidden?: boolean;
}

/**
 * Loads the workbook with exceljs and keeps its parsed model, without the
 * Worksheet, Row and Cell objects `load` builds from it last (one object per
 * cell, a copy of every row's style): the domain reads values, and that
 * step was a tenth of the time of reading a large block. The model is taken
 * where `load` hands it to the workbook (`workbook.model = model`).
 */
async function loadModel(workbook: Workbook, data: Uint8Array): Promise<WorkbookModel> {
  let model: WorkbookModel | undefined;
  Object.defineProperty(workbook, "model", {
    configurable: true,
    get: () => model,
    set: (value: WorkbookModel) => {
      model = value;
    },
  });
  // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array or ArrayBuffer.
  await workbook.xlsx.load(data as unknown as ArrayBuffer, EXCELJS_READ_OPTIONS);
  if (!model || !Array.isArray(model.worksheets)) {
    throw new Error("exceljs's load handed over no model: the reader needs exceljs 4.4.0 (see src/xlsx/read/read-workbook.ts)");
  }
  return model;
}

/** The worksheets in the workbook's tab order, as exceljs's `workbook.worksheets` gives them. */
function worksheetsInOrder(model: WorkbookModel): WorksheetModel[] {
  const order = (ws: WorksheetModel) => model.sheets?.findIndex((sheet) => sheet.id === ws.id) ?? -1;
  return model.worksheets
    .filter((ws): ws is WorksheetModel => ws !== undefined && ws !== null)
    .map((ws) => ({ ws, at: order(ws) }))
    .sort((a, b) => a.at - b.at || a.ws.id - b.ws.id)
    .map(({ ws }) => ws);
}

// -------------------------------------------------------------------- grids

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * One copy of each distinct text of a workbook. A block's workbooks repeat a
 * few hundred texts (criteria, unit names) over a million cells, and the
 * strings exceljs hands over are slices of the XML it parsed: kept as they
 * are, a few short cells would keep every sheet's whole XML alive. Measured
 * on the L bench block (64 workbooks, 2.8 million cells): the grids held
 * ~490 MB as handed over, ~260 MB with each string copied, ~170 MB shared,
 * and peak memory fell from ~1.25 GB to ~0.8 GB. The kept copy is made flat,
 * owning only its text.
 */
type Intern = (text: string) => string;

function stringInterner(): Intern {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      // Concatenating and slicing makes V8 build a new string that does not share the parser's buffer.
      kept = ` ${text}`.slice(1);
      seen.set(kept, kept);
    }
    return kept;
  };
}

function worksheetToGrid(worksheet: WorksheetModel, file: string, intern: Intern): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  for (const row of worksheet.rows ?? []) {
    if (!row || !(row.number >= 1)) continue;
    if (row.hidden) hiddenRows.add(row.number - 1);
    rows[row.number - 1] = rowValues(row.cells ?? [], intern);
  }
  const merges = mergesOf(worksheet);
  blankCovered(rows, merges);

  let rowCount = rows.length;
  while (rowCount > 0 && !(rows[rowCount - 1]?.length)) rowCount--;
  rows.length = rowCount;
  let columnCount = 0;
  for (let r = 0; r < rowCount; r++) {
    const values = rows[r];
    if (!values || values.length === 0) rows[r] = EMPTY_ROW as CellValue[];
    else if (values.length > columnCount) columnCount = values.length;
  }
  for (const r of hiddenRows) if (r >= rowCount) hiddenRows.delete(r);

  // Only columns within the data: "hide every column to the right" would otherwise add thousands.
  const hiddenColumns = new Set<number>();
  for (const col of worksheet.cols ?? []) {
    if (!col.hidden) continue;
    for (let c = Math.max(1, col.min); c <= Math.min(col.max, columnCount); c++) hiddenColumns.add(c - 1);
  }

  return {
    file,
    sheet: worksheet.name ?? `Sheet${worksheet.id}`,
    rowCount,
    columnCount,
    rows,
    merges,
    hiddenRows,
    hiddenColumns,
    hidden: worksheet.state === "hidden" || worksheet.state === "veryHidden",
  };
}

/**
 * One row's values, 0-based, blanks as null, trailing blanks dropped; empty
 * when it shows nothing. Formatted blank cells out to column XFD cost nothing.
 * A cell without an address follows the one before it, as in exceljs.
 */
function rowValues(cells: readonly CellModel[], intern: Intern): CellValue[] {
  const values: CellValue[] = [];
  let column = -1;
  for (const cell of cells) {
    column = cell.address ? columnOf(cell.address) : column + 1;
    const value = cellValue(cell);
    if (value === null || column < 0) continue;
    const kept = typeof value === "string" ? intern(value) : value;
    if (column < values.length) {
      values[column] = kept;
    } else {
      while (values.length < column) values.push(null);
      values.push(kept);
    }
  }
  return values;
}

/** `AB12` → 27 (0-based column); -1 when it names none. */
function columnOf(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** A cell covered by a merge (not its top-left) shows nothing, as in Excel; exceljs's objects did the same. */
function blankCovered(rows: CellValue[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const values = rows[r];
      if (!values) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < values.length; c++) values[c] = null;
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
    }
  }
}

/** Merged ranges, 0-based inclusive, in reading order. */
function mergesOf(worksheet: WorksheetModel): CellRange[] {
  const merges: CellRange[] = [];
  for (const ref of new Set(worksheet.mergeCells ?? [])) {
    if (typeof ref !== "string") continue;
    const [from = "", to = from] = ref.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    });
  }
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  return merges;
}
