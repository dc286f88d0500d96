/**
 * Writes a criteria table into a sheet model, the way leaders and members
 * lay it out: any start column, a one-row or a two-row header (a merged
 * *Điểm* over *Tối đa | Tự chấm | Khối chấm*), score columns after the max,
 * a row of column numbers, a total row. Returns where every row and column
 * landed, so scores and defects can be put at known cells.
 */
import { type CritRow, type Scores, type Table, subtotal, total } from "./block";
import { at, col, merge, put, type SheetModel, type Value } from "./sheet";

export interface ColumnSpec {
  /** Top label (in a two-row header, columns inside the group have none of their own). */
  readonly label: string;
  /** Cells by row key; `"TOTAL"` for the total row. */
  readonly cells?: ReadonlyMap<string, Value>;
  readonly hidden?: boolean;
}

export interface TableOptions {
  /** 1-based row of the header's top row. */
  readonly headerRow: number;
  /** 1-based column of the numbering column. */
  readonly startCol: number;
  readonly numberLabel: string;
  readonly textLabel: string;
  /** The text merged over this many cells on every row, for width (default 1). */
  readonly textSpan?: number;
  /** One-row header: the max column's label. Two-row: the sub-label under the group. */
  readonly maxLabel: string;
  /** Two-row header: the group label merged over the max column and the first `groupSpan - 1` extra columns. */
  readonly group?: { readonly label: string; readonly span: number };
  readonly columns: readonly ColumnSpec[];
  /** A `(1) (2) (3)…` row under the header. */
  readonly columnNumbers?: boolean;
  /** The numbering and text as this sheet prints them (another numbering style, no diacritics). */
  readonly numberOf?: (row: CritRow) => Value;
  readonly textOf?: (row: CritRow) => string;
  /** Replace a row's printed max (an outdated template). */
  readonly maxOf?: (row: CritRow) => Value;
  /** Leave these rows out (a scorer deleted them). */
  readonly skip?: ReadonlySet<string>;
  /** Rows inserted after a key: `[number, text, max, cells by column index]`. */
  readonly inserted?: ReadonlyMap<string, readonly [Value, string, Value, readonly Value[]]>;
  /** Print the total row (label in the text column). */
  readonly totalRow?: boolean;
  /** A blank row right under the header before the body (some forms leave one). */
  readonly blankAfterHeader?: boolean;
}

export interface Placed {
  /** Row key → 1-based row. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Inserted rows by the key they follow → 1-based row. */
  readonly insertedRow: ReadonlyMap<string, number>;
  readonly totalRow: number | null;
  readonly maxCol: number;
  readonly textCol: number;
  /** Extra column index → 1-based column. */
  readonly colOf: (index: number) => number;
  readonly lastCol: number;
  readonly lastRow: number;
}

export function writeTable(model: SheetModel, table: Table, o: TableOptions): Placed {
  const numberCol = o.startCol;
  const textCol = o.startCol + 1;
  const span = o.textSpan ?? 1;
  const maxCol = textCol + span;
  /** The text cell of a row, merged over `span` cells. */
  const widen = (top: number, bottom: number) => {
    if (span > 1) merge(model, top, textCol, bottom, textCol + span - 1);
  };
  const colOf = (i: number) => maxCol + 1 + i;
  const lastCol = colOf(o.columns.length - 1);
  const top = o.headerRow;

  if (o.group) {
    const sub = top + 1;
    put(model, top, numberCol, o.numberLabel);
    merge(model, top, numberCol, sub, numberCol);
    put(model, top, textCol, o.textLabel);
    if (span > 1) widen(top, sub);
    else merge(model, top, textCol, sub, textCol);
    put(model, top, maxCol, o.group.label);
    merge(model, top, maxCol, top, maxCol + o.group.span - 1);
    put(model, sub, maxCol, o.maxLabel);
    o.columns.forEach((c, i) => {
      const column = colOf(i);
      if (column < maxCol + o.group!.span) {
        put(model, sub, column, c.label);
      } else {
        put(model, top, column, c.label);
        merge(model, top, column, sub, column);
      }
    });
  } else {
    put(model, top, numberCol, o.numberLabel);
    put(model, top, textCol, o.textLabel);
    widen(top, top);
    put(model, top, maxCol, o.maxLabel);
    o.columns.forEach((c, i) => put(model, top, colOf(i), c.label));
  }
  o.columns.forEach((c, i) => {
    if (c.hidden) model.hiddenColumns.add(colOf(i));
  });

  let r = top + (o.group ? 2 : 1);
  if (o.columnNumbers) {
    for (let c = numberCol; c <= lastCol; c++) put(model, r, c, `(${c - numberCol + 1})`);
    r++;
  }
  if (o.blankAfterHeader) r++;

  const rowOf = new Map<string, number>();
  const insertedRow = new Map<string, number>();
  for (const row of table.rows) {
    if (o.skip?.has(row.key)) continue;
    rowOf.set(row.key, r);
    put(model, r, numberCol, o.numberOf ? o.numberOf(row) : row.n);
    put(model, r, textCol, o.textOf ? o.textOf(row) : row.text);
    widen(r, r);
    put(model, r, maxCol, o.maxOf ? o.maxOf(row) : row.max);
    o.columns.forEach((c, i) => put(model, r, colOf(i), c.cells?.get(row.key) ?? null));
    r++;
    const extra = o.inserted?.get(row.key);
    if (extra) {
      const [n, text, max, cells] = extra;
      insertedRow.set(row.key, r);
      put(model, r, numberCol, n);
      put(model, r, textCol, text);
      widen(r, r);
      put(model, r, maxCol, max);
      cells.forEach((v, i) => put(model, r, colOf(i), v));
      r++;
    }
  }
  let totalRow: number | null = null;
  if (o.totalRow && table.total) {
    totalRow = r;
    put(model, r, textCol, table.total.label);
    widen(r, r);
    put(model, r, maxCol, table.total.max);
    o.columns.forEach((c, i) => put(model, r, colOf(i), c.cells?.get("TOTAL") ?? null));
    r++;
  }
  return { rowOf, insertedRow, totalRow, maxCol, textCol, colOf, lastCol, lastRow: r - 1 };
}

export interface ScorePrinting {
  /** Print parents and the total as formulas with their cached sums. */
  readonly subtotals: boolean;
  /** How a leaf's number is typed (text with a comma, a negative deduction…). */
  readonly leaf?: (row: CritRow, value: number, index: number) => Value;
  /** The score column's letter, for the formulas' text. */
  readonly letter: string;
}

/** A score column's cells: leaves as typed, parents and the total as SUM formulas with cached results. */
export function scoreCells(table: Table, scores: Scores, p: ScorePrinting): Map<string, Value> {
  const cells = new Map<string, Value>();
  let index = 0;
  for (const row of table.rows) {
    if (row.leaf) {
      const v = scores.get(row.key);
      cells.set(row.key, v === null || v === undefined ? null : p.leaf ? p.leaf(row, v, index) : v);
      index++;
    } else if (p.subtotals) {
      cells.set(row.key, { formula: `SUM(${p.letter}1:${p.letter}2)`, result: subtotal(table, row.key, scores) });
    }
  }
  if (p.subtotals) cells.set("TOTAL", { formula: `SUM(${p.letter}1:${p.letter}2)`, result: total(table, scores) });
  return cells;
}

/** A title merged across the whole width of the table. */
export function title(model: SheetModel, row: number, fromCol: number, toCol: number, text: string): void {
  put(model, row, fromCol, text);
  merge(model, row, fromCol, row, toCol);
}

export { at, col };
