/**
 * What every writer of a page (page.ts) makes of it alike, so the file, the
 * preview and Excel show the same sheet: merged areas carry their first
 * cell's look, the default font fills every cell's unset font, identical
 * looks are grouped into rectangles (Office.js formats a rectangle in one
 * operation), and the marker that tells our pages from the user's sheets.
 */
import { columnLetters } from "../core/model/address";
import type { CellStyle, FontSpec, PageCell, PageRange, PageRole, PageSheetSpec, PageValue } from "./ports/page";
import type { CellValidation } from "./validation";

/** The sheet-scoped name that marks a sheet as one of our pages (Office.js); its value is `pageMarker`. */
export const PAGE_MARKER_NAME = "tdPage";

/** `form|Tự chấm`: the page's role and the name it was asked for, so a re-run finds it even under a free name. */
export function pageMarker(page: Pick<PageSheetSpec, "role" | "name">): string {
  return `${page.role}|${page.name}`;
}

/** The name a page was asked for, from its marker; null when the text is no marker of ours. */
export function markedPageName(marker: unknown): string | null {
  if (typeof marker !== "string") return null;
  const bar = marker.indexOf("|");
  if (bar < 0) return null;
  const role = marker.slice(0, bar) as PageRole;
  return ["document", "ballot", "form", "instructions"].includes(role) ? marker.slice(bar + 1) : null;
}

/** A date cell's format when its style gives none. */
export const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/** A page cell as written: its style with the default font folded in, merged areas filled. */
export interface ResolvedCell {
  readonly row: number;
  readonly column: number;
  readonly value: PageValue;
  readonly style: CellStyle;
  readonly validation?: CellValidation;
  readonly unlocked: boolean;
}

/**
 * The cells to write, by row then column: each given cell with the default
 * font under its own; each cell a merge covers that the page does not give
 * gets the merge's first cell's look (its borders frame the whole area, as
 * Excel does when it merges formatted cells), blank and locked as the first.
 * A cell given twice: the last wins.
 */
export function resolvePageCells(page: PageSheetSpec): ResolvedCell[] {
  const byKey = new Map<string, ResolvedCell>();
  const key = (row: number, column: number) => `${row},${column}`;
  for (const cell of page.cells) {
    checkPosition(page, cell.row, cell.column);
    byKey.set(key(cell.row, cell.column), resolve(cell, page.defaultFont));
  }
  for (const merge of page.merges ?? []) {
    checkPosition(page, merge.top, merge.left);
    checkPosition(page, merge.bottom, merge.right);
    const first = byKey.get(key(merge.top, merge.left));
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (byKey.has(key(r, c))) continue;
        byKey.set(key(r, c), {
          row: r,
          column: c,
          value: null,
          style: first?.style ?? withFont({}, page.defaultFont),
          unlocked: first?.unlocked ?? false,
        });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

function checkPosition(page: PageSheetSpec, row: number, column: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1 || row > 1_048_576 || column > 16_384) {
    throw new RangeError(`Page "${page.name}": no cell at row ${row}, column ${column} (rows and columns are 1-based)`);
  }
}

function resolve(cell: PageCell, defaultFont: FontSpec | undefined): ResolvedCell {
  return {
    row: cell.row,
    column: cell.column,
    value: cell.value,
    style: withFont(cell.style ?? {}, defaultFont),
    ...(cell.validation ? { validation: cell.validation } : {}),
    unlocked: cell.unlocked === true,
  };
}

function withFont(style: CellStyle, defaultFont: FontSpec | undefined): CellStyle {
  if (!defaultFont) return style;
  return { ...style, font: { ...defaultFont, ...style.font } };
}

/** The last row and column (1-based) any cell or merge of the page reaches; 0 for an empty page. */
export function pageExtent(page: PageSheetSpec): { readonly rows: number; readonly columns: number } {
  let rows = 0;
  let columns = 0;
  for (const cell of page.cells) {
    rows = Math.max(rows, cell.row);
    columns = Math.max(columns, cell.column);
  }
  for (const merge of page.merges ?? []) {
    rows = Math.max(rows, merge.bottom);
    columns = Math.max(columns, merge.right);
  }
  return { rows, columns };
}

/**
 * Cells sharing a key, grouped into rectangles: runs of adjacent columns in
 * a row, then runs with the same columns on consecutive rows stacked. Not the
 * fewest rectangles, but a form's score column or a table's body each become
 * one.
 */
export function groupRectangles<T extends { readonly row: number; readonly column: number }>(cells: readonly T[], keyOf: (cell: T) => string | null): Map<string, { readonly cells: T[]; readonly ranges: PageRange[] }> {
  const groups = new Map<string, { cells: T[]; ranges: PageRange[] }>();
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const cell of sorted) {
    const key = keyOf(cell);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { cells: [], ranges: [] }));
    group.cells.push(cell);
    const last = group.ranges[group.ranges.length - 1];
    if (last && last.top === cell.row && last.bottom === cell.row && last.right === cell.column - 1) {
      group.ranges[group.ranges.length - 1] = { ...last, right: cell.column };
    } else {
      group.ranges.push({ top: cell.row, bottom: cell.row, left: cell.column, right: cell.column });
    }
  }
  for (const group of groups.values()) {
    const stacked: PageRange[] = [];
    for (const range of group.ranges) {
      const above = stacked.find((s) => s.left === range.left && s.right === range.right && s.bottom === range.top - 1);
      if (above) stacked[stacked.indexOf(above)] = { ...above, bottom: range.bottom };
      else stacked.push(range);
    }
    group.ranges = stacked;
  }
  return groups;
}

/**
 * A list validation's source as Excel keeps it inline, `"Tốt,Khá"`: entries
 * joined by commas, quotes doubled. Excel cannot hold an entry with a comma
 * in an inline list, nor more than 255 characters in all: both are refused
 * here, with what to do, rather than written as a list that means another.
 */
export function listSource(values: readonly (string | number)[]): string {
  const texts = values.map(String);
  const comma = texts.find((t) => t.includes(","));
  if (comma !== undefined) throw new RangeError(`A drop-down entry cannot hold a comma: "${comma}"; write it without one`);
  const joined = texts.join(",");
  if (joined.length > 255) throw new RangeError(`A drop-down's entries take ${joined.length} characters, over Excel's 255: shorten them or use fewer`);
  return `"${joined.replace(/"/g, '""')}"`;
}

/** `2022-12-29` → Excel's serial day (1900 system), `44924`; throws on a text that is no calendar day. */
export function dateSerial(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const back = new Date(time);
  if (!match || Number.isNaN(time) || back.getUTCDate() !== Number(match[3])) throw new RangeError(`"${date}" is no date (write it as YYYY-MM-DD)`);
  return time / 86_400_000 + 25_569;
}

/** The kinds of value a page cell holds, told apart once for every writer. */
export type ValueKind =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly number: number }
  | { readonly kind: "boolean"; readonly boolean: boolean }
  | { readonly kind: "date"; readonly serial: number; readonly date: string }
  | { readonly kind: "formula"; readonly formula: string; readonly result?: number | string };

export function valueKind(value: PageValue): ValueKind {
  if (value === null || value === "") return { kind: "blank" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", number: Object.is(value, -0) ? 0 : value } : { kind: "blank" };
  if (typeof value === "boolean") return { kind: "boolean", boolean: value };
  if ("date" in value) return { kind: "date", serial: dateSerial(value.date), date: value.date };
  const formula = value.formula.replace(/^=/, "");
  return value.result === undefined ? { kind: "formula", formula } : { kind: "formula", formula, result: value.result };
}

/** `{ top: 1, left: 1, bottom: 2, right: 3 }` → `A1:C2`. */
export function rangeAddress(range: PageRange): string {
  const a = `${columnLetters(range.left - 1)}${range.top}`;
  const b = `${columnLetters(range.right - 1)}${range.bottom}`;
  return a === b ? a : `${a}:${b}`;
}
