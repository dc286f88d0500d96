/**
 * Port: where the add-in writes its own sheets (SPEC §6) — the open Excel
 * workbook through Office.js, or a new `.xlsx` through exceljs. The sink
 * receives whole sheets described as data, so each adapter can write them in
 * a few large batches (one 2-D block of values, then formats) and the domain
 * never learns how.
 *
 * Contract every adapter keeps:
 * - it only ever creates, replaces or deletes sheets that hold a table whose
 *   name is one of ours (`td…`); a user's sheet is never modified, even when
 *   it bears one of our sheet names (ours then gets a free name);
 * - text cells are written as text, never parsed as formulas: a unit named
 *   `=HYPERLINK(…)` or `-Hội` stays that string;
 * - numbers are written at full precision; `numberFormat` does the rounding.
 */
export interface WorkbookSink {
  writeSheets(sheets: readonly SheetSpec[]): Promise<void>;
}

/** One sheet we own: a title block (optional) above one Excel table. */
export interface SheetSpec {
  /** Sheet name in the user's language (`Tổng hợp` / `Summary`). */
  readonly name: string;
  readonly table: TableSpec;
  /** Lines above the table (block name, year); written as text. */
  readonly titleLines?: readonly string[];
  readonly chart?: ChartSpec;
}

/** Excel table names are part of the contract (`tdSummary`…): other tools read them. */
export type TableName =
  | "tdSettings"
  | "tdUnits"
  | "tdCriteria"
  | "tdScores"
  | "tdIssues"
  | "tdSummary"
  | "tdNominations";

export interface TableSpec {
  readonly name: TableName;
  readonly columns: readonly ColumnSpec[];
  readonly rows: ReadonlyArray<ReadonlyArray<OutputCell>>;
}

export interface ColumnSpec {
  readonly header: string;
  /** Excel number format, e.g. `0.00`; values stay exact. */
  readonly numberFormat?: string;
  /** Width in characters; Vietnamese names need room. */
  readonly width?: number;
}

/**
 * A cell we write. Strings are always literal text. A link points at a cell
 * of this workbook (a `tdScores` row, or a source cell the user imported).
 */
export type OutputCell = string | number | boolean | null | LinkCell;

export interface LinkCell {
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

/** A clustered bar chart of one table column against another (the averages). */
export interface ChartSpec {
  readonly title: string;
  readonly categoryColumn: number;
  readonly valueColumn: number;
}
