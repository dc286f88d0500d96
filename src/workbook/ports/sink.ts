/**
 * Port: where the add-in writes its own sheets (SPEC §6) — the open Excel
 * workbook through Office.js, or a new `.xlsx` through exceljs. The sink
 * receives whole sheets described as data, so each adapter can write them in
 * a few large batches (one 2-D block of values per table, then one number
 * format per column, then the conditional formats, validations and links)
 * and the domain never learns how.
 *
 * Contract every adapter keeps:
 * - it only ever creates, replaces or deletes sheets that hold a table whose
 *   name is one of ours (`td…`); a user's sheet is never modified, even when
 *   it bears one of our sheet names (ours then gets a free name);
 * - text cells are written as text, never parsed as formulas: a unit named
 *   `=HYPERLINK(…)`, `+84…`, `-Hội` or `@x` stays that string;
 * - numbers are written at full precision; `numberFormat` does the rounding;
 * - the sheet is laid out by `sheetLayout` below, so a `LinkCell` computed
 *   by the domain lands on the row it means.
 */
import type { PrintSetup } from "./page";
import type { CellValidation } from "../validation";

export interface WorkbookSink {
  writeSheets(sheets: readonly SheetSpec[]): Promise<void>;
}

/**
 * One sheet we own: title lines (optional), a blank row, one Excel table;
 * then, for each of `moreTables`, a blank row, its caption line and the table.
 */
export interface SheetSpec {
  /** Sheet name in the user's language (`Tổng hợp` / `Summary`). */
  readonly name: string;
  readonly table: TableSpec;
  /** Lines above the table (block name, year, how to read it); written as text in column A. */
  readonly titleLines?: readonly string[];
  /** Smaller tables under the main one (the scorers' leniency under the summary). */
  readonly moreTables?: readonly CaptionedTable[];
  readonly chart?: ChartSpec;
  /** The sheet to show when the workbook opens (at most one). */
  readonly active?: boolean;
  /** How it prints: A4, margins, one page wide, the header rows repeated, the print title (result-sheets.ts `printable`). */
  readonly print?: PrintSetup;
}

export interface CaptionedTable {
  /** A line of text right above the table's header. */
  readonly caption: string;
  readonly table: TableSpec;
}

/**
 * Excel table names are part of the contract (`tdSummary`…): other tools
 * read them. `tdScorers` (each scorer's leniency, under the summary) is one
 * more than SPEC §6 lists; `tdVotes` (the vote's tally, §5.1) is written by
 * its own step, not with the results.
 */
export type TableName = ResultTable | "tdScorers" | "tdVotes";

/** The tables of SPEC §6 in the order their sheets are written. */
export const RESULT_TABLES = ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdNominations"] as const;

export type ResultTable = (typeof RESULT_TABLES)[number];

export interface TableSpec {
  readonly name: TableName;
  readonly columns: readonly ColumnSpec[];
  readonly rows: ReadonlyArray<ReadonlyArray<OutputCell>>;
  /** Conditional formats over the data rows, first match wins. */
  readonly highlights?: readonly RowHighlight[];
}

export interface ColumnSpec {
  /** Header text; unique within the table (adapters make it so if it is not). */
  readonly header: string;
  /** Excel number format, e.g. `0.00`; values stay exact. */
  readonly numberFormat?: string;
  /** Width in characters; Vietnamese names need room. */
  readonly width?: number;
  /** Wrap long text (messages) instead of spilling it over the next cells. */
  readonly wrap?: boolean;
  /** Data validation of the column's data cells. */
  readonly validation?: ValidationSpec;
}

/**
 * A cell we write. Strings are always literal text. A link points at a cell
 * or range of this workbook (a `tdScores` row, or a source cell the user
 * imported); it shows `text`.
 */
export type OutputCell = string | number | boolean | null | LinkCell;

export interface LinkCell {
  readonly text: string;
  /**
   * The target sheet's name as given in its SheetSpec (or a user's sheet,
   * with `userSheet`); where the adapter had to give one of ours a free
   * name, the link follows.
   */
  readonly sheet: string;
  /** A1 address or range in `sheet`, e.g. `A12` or `A12:H12`. */
  readonly cell: string;
  /**
   * The target is one of the user's sheets (a source cell in the open
   * workbook), named as it is: never taken for one of ours that bears the
   * same SheetSpec name.
   */
  readonly userSheet?: boolean;
}

/** Where a link goes, `'Điểm chấm (2)'!A12:H12`: our sheets by the name each got (`names`, SheetSpec name → actual), the user's as they are. */
export function linkTarget(link: LinkCell, names: ReadonlyMap<string, string>): string {
  const sheet = link.userSheet ? link.sheet : (names.get(link.sheet) ?? link.sheet);
  return `${quoteSheetName(sheet)}!${link.cell}`;
}

/**
 * A conditional format: a data row whose `column` (0-based, in the table)
 * holds exactly the text `equals` gets this fill and font colour across the
 * table's width. Colours are `#RRGGBB`.
 */
export interface RowHighlight {
  readonly column: number;
  readonly equals: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** A column's data validation: a decimal range, or a drop-down list (validation.ts). */
export type ValidationSpec = CellValidation;

/** A clustered bar chart of one table column (0-based) against another: the averages by unit. */
export interface ChartSpec {
  readonly title: string;
  readonly categoryColumn: number;
  readonly valueColumn: number;
}

/**
 * Where a sheet's chart stands, for every adapter alike: right of the
 * sheet's widest table with one blank column between, its top at the main
 * table's header, 8 columns wide and one row per bar plus room for the
 * title and the axis. Columns are 0-based, rows 1-based, both inclusive of
 * the cell the corner falls in. `null` when the sheet has no chart or the
 * chart names a column its table lacks.
 */
export interface ChartPlacement {
  readonly chart: ChartSpec;
  /** The main table's placement: the chart's data rows. */
  readonly main: TablePlacement;
  readonly fromColumn: number;
  readonly fromRow: number;
  readonly toColumn: number;
  readonly toRow: number;
}

const CHART_COLUMNS = 8;
const CHART_MIN_ROWS = 16;
const CHART_EXTRA_ROWS = 4;

export function chartPlacement(sheet: SheetSpec, placements: readonly TablePlacement[] = sheetLayout(sheet)): ChartPlacement | null {
  const chart = sheet.chart;
  const main = placements[0];
  if (!chart || !main) return null;
  const width = main.table.columns.length;
  if (chart.categoryColumn >= width || chart.valueColumn >= width) return null;
  const fromColumn = Math.max(...placements.map((p) => p.table.columns.length)) + 1;
  const bars = main.lastDataRow - main.firstDataRow + 1;
  return {
    chart,
    main,
    fromColumn,
    fromRow: main.headerRow,
    toColumn: fromColumn + CHART_COLUMNS - 1,
    toRow: main.headerRow + Math.max(CHART_MIN_ROWS, bars + CHART_EXTRA_ROWS) - 1,
  };
}

/** One bar of a chart: a row of the table, its category's text and its value (null where the row has none). */
export interface ChartPoint {
  readonly label: string;
  readonly value: number | null;
}

/** The bars of a chart of `table`, one per row, in the table's order. */
export function chartPoints(table: TableSpec, chart: ChartSpec): ChartPoint[] {
  return table.rows.map((row) => {
    const label = row[chart.categoryColumn];
    const value = row[chart.valueColumn];
    return {
      label: label === null || label === undefined ? "" : typeof label === "object" ? label.text : String(label),
      value: typeof value === "number" && Number.isFinite(value) ? value : null,
    };
  });
}

/** Where a table of a sheet stands, 1-based rows: header, first and last data row. */
export interface TablePlacement {
  readonly table: TableSpec;
  /** The caption line's row, for a table of `moreTables`. */
  readonly captionRow: number | null;
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** An empty table still gets one (blank) data row: Excel tables cannot have none. */
  readonly lastDataRow: number;
}

/**
 * The layout every adapter follows (1-based rows, tables from column A):
 * title lines from row 1, a blank row after them (none when there are no
 * title lines), the main table's header; then per extra table a blank row,
 * its caption, its header.
 */
export function sheetLayout(sheet: SheetSpec): TablePlacement[] {
  const placements: TablePlacement[] = [];
  let header = mainHeaderRow(sheet);
  placements.push(place(sheet.table, null, header));
  for (const extra of sheet.moreTables ?? []) {
    const previous = placements[placements.length - 1] as TablePlacement;
    const caption = previous.lastDataRow + 2;
    header = caption + 1;
    placements.push(place(extra.table, caption, header));
  }
  return placements;
}

function place(table: TableSpec, captionRow: number | null, headerRow: number): TablePlacement {
  return {
    table,
    captionRow,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + Math.max(1, table.rows.length),
  };
}

/** The 1-based sheet row of data row `index` (0-based) of the sheet's main table. */
export function mainTableRow(sheet: Pick<SheetSpec, "titleLines">, index: number): number {
  return mainHeaderRow(sheet) + 1 + index;
}

/** The main table's header row: after the title lines and a blank row, or row 1. */
function mainHeaderRow(sheet: Pick<SheetSpec, "titleLines">): number {
  const titles = sheet.titleLines?.length ?? 0;
  return titles > 0 ? titles + 2 : 1;
}

/** `Điểm chấm` → `'Điểm chấm'`: a sheet name as a reference needs quotes (and doubled inner quotes). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
