/**
 * Excel's rules that every writer of our sheets keeps alike (Office.js, the
 * `--out` streaming writer, the preview's in-memory one): free sheet and
 * table names, table headers, a cell's and a validation's text limits, the
 * table style and the columns' widths.
 */
import type { ColumnSpec, TablePlacement } from "./ports/sink";

/** Excel's limits on a cell's text and on a data validation's title and message. */
const MAX_CELL_TEXT = 32_767;
export const MAX_DV_TITLE = 32;
export const MAX_DV_MESSAGE = 255;
/** The look of every table we write. */
export const TABLE_STYLE = "TableStyleMedium2";

/** A text cut to what a cell holds: at most 32,767 characters, a surrogate pair kept whole. */
export function clipCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_CELL_TEXT - 1] ?? "") ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return text.slice(0, cut);
}

/** Table names are unique in a workbook: a second `tdScores` becomes `tdScores_2`. */
export function freeTableName(wanted: string, used: Set<string>): string {
  let name = wanted;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** The widest wish for each column (in characters) over a sheet's tables, 10 where none is given. */
export function columnWidths(placements: readonly TablePlacement[]): number[] {
  const widths: number[] = [];
  for (const { table } of placements) {
    table.columns.forEach((column, c) => {
      widths[c] = Math.max(widths[c] ?? 0, column.width ?? 10);
    });
  }
  return widths;
}

/**
 * Excel's rules for a sheet name, kept by both adapters alike: at most 31
 * characters, none of `[]:*?/\`, not edged by `'`, unique regardless of case.
 * A taken name gets the next free `(2)`, `(3)`…, so a user's own sheet named
 * like ours is never touched.
 */
export function freeSheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(name.toLocaleLowerCase());
  return name;
}

/** The header cells a table can have: one line, not blank, ≤ 255 characters, unique regardless of case. */
export function tableHeaders(columns: readonly Pick<ColumnSpec, "header">[]): string[] {
  const seen = new Set<string>();
  return columns.map((column, i) => {
    const base = column.header.replace(/[\r\n\t]+/g, " ").trim().slice(0, 250) || `Column ${i + 1}`;
    let header = base;
    for (let n = 2; seen.has(header.toLocaleLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLocaleLowerCase());
    return header;
  });
}
