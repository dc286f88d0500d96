/**
 * The header row of a criteria table (SPEC §2.2), shared by the criteria
 * table reader and the scoresheet readers of layouts A and B, whose sheets
 * are the same table plus score columns.
 *
 * Labels match by whole normalised string (`normalizeText`, SPEC §2), never
 * by substring: a title such as *BẢNG TIÊU CHÍ CHẤM ĐIỂM* is no *Tiêu chí*
 * column. A label with a parenthesised remark (*Điểm chuẩn (điểm)*) is also
 * tried without it.
 *
 * Where and how tall the header is, is §2.2's. Merged cells show their value
 * in every cell they cover (`visibleValueAt`); a blank top cell over a
 * sub-header label takes the top label on its left, for officers who centre
 * across a selection instead of merging.
 */
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, mergeAt, visibleValueAt } from "../../model/grid";
import { normalizeText } from "../../text/normalize";
import { cellDisplayText, isBlankCell } from "../cell-number";
import { parseNumbering } from "../../text/numbering";
import { cacheSlot, objectSlot, type ReadCache } from "../read-cache";

/** A header column's label; for two-row headers the sub-header names the column. */
export interface HeaderLabel {
  /** The header row's label (a merged cell's value in each column it covers); `""` when blank. */
  readonly top: string;
  /** The sub-header's label under it, when the header has two rows and it differs from `top`. */
  readonly sub?: string;
  /** The label that names the column: `sub` when present, else `top`. */
  readonly text: string;
}

export interface HeaderColumn {
  readonly column: number;
  readonly label: HeaderLabel;
}

export interface CriteriaHeader {
  /** 0-based row of the header (the top row of a two-row header). */
  readonly headerRow: number;
  /** The sub-header row of a two-row header, else `headerRow`. */
  readonly lastHeaderRow: number;
  /**
   * The first row of the table's body: after the header and after a row of
   * column numbers (`1 | 2 | 3`, `(1) | (2)`, `A | B`) that forms often print
   * under it.
   */
  readonly firstDataRow: number;
  /** The numbering column (*TT*, *STT*, *Số TT*, *Mã*), else the column left of the text; `null` when the text is in column A. */
  readonly numberColumn: number | null;
  readonly textColumn: number;
  readonly maxColumn: number;
  /** *Giá trị cho phép*, *Mức điểm*, *Thang đánh giá*…: a graded criterion's allowed values. */
  readonly allowedColumn?: number;
  /** The other labelled columns (score columns, ratees' names, *Ghi chú*…), left to right. */
  readonly otherColumns: readonly HeaderColumn[];
}

/** How many rows from the top the header is looked for in (SPEC §2.2). */
export const HEADER_SCAN_ROWS = 20;

const TEXT_LABELS = new Set([
  "noi dung",
  "tieu chi",
  "noi dung tieu chi",
  "noi dung cham diem",
  "noi dung danh gia",
  // Beyond the spec's list: the same heading as officers also word it.
  "cac tieu chi",
  "noi dung cac tieu chi",
  "tieu chi cham diem",
  "tieu chi danh gia",
  "tieu chi thi dua",
  "noi dung thi dua",
  "noi dung tieu chi cham diem",
  "noi dung tieu chi danh gia",
  "noi dung tieu chi thi dua",
  "noi dung va tieu chi",
  "noi dung tieu chi cham",
]);

const MAX_LABELS = new Set([
  "diem chuan",
  "diem toi da",
  "thang diem",
  "diem quy dinh",
  "so diem toi da",
  "diem chuan toi da",
  "so diem chuan",
  "muc diem toi da",
  "thang diem toi da",
  "diem toi da quy dinh",
  "thang diem chuan",
]);

/** A top label that is a max column when a *Tối đa* sub-header stands under it. */
const SCORE_TOP_LABELS = new Set(["diem", "so diem", "diem so", "thang diem", "diem cham"]);
/** Sub-headers that make a *Điểm* column the max column. */
const MAX_SUB_LABELS = new Set(["toi da", "chuan", "quy dinh", "diem toi da", "diem chuan", "diem quy dinh", "thang diem"]);

const NUMBER_LABELS = new Set(["tt", "stt", "so tt", "ma", "so thu tu", "thu tu", "ma so", "ma tieu chi", "ma so tieu chi"]);

/** Chosen labels for the allowed-values column (the spec leaves them open). */
const ALLOWED_LABELS = new Set([
  "gia tri cho phep",
  "cac gia tri cho phep",
  "muc diem",
  "cac muc diem",
  "muc diem cho phep",
  "thang danh gia",
  "muc danh gia",
  "cac muc",
  "cac muc danh gia",
  "muc cham",
  "muc cham diem",
  "diem theo muc",
  "xep loai",
]);

/** The normalised forms a label is matched by: as written, and without `( … )` remarks. */
export function labelForms(value: CellValue): string[] {
  if (typeof value !== "string") return [];
  const full = normalizeText(value);
  if (full === "") return [];
  const bare = normalizeText(value.replace(/\([^)]*\)/g, " "));
  return bare !== "" && bare !== full ? [full, bare] : [full];
}

/** True when the cell's label is one of `labels` (normalised synonyms). */
export function labelIs(value: CellValue, labels: ReadonlySet<string>): boolean {
  return labelForms(value).some((form) => labels.has(form));
}

interface Column {
  readonly column: number;
  /** The header row's value, or the top label on its left when blank over a sub label. */
  readonly top: CellValue;
  /** The header row's value as it stands. */
  readonly rawTop: CellValue;
  /** Under the top label; `null` when no sub row or the same merged cell. */
  readonly sub: CellValue;
  /** `labelForms` of `top` and of `sub`, worked out once: every label is tried against several lists. */
  readonly topForms: readonly string[];
  readonly subForms: readonly string[];
}

type Forms = (value: CellValue) => readonly string[];
const LABEL_FORMS = cacheSlot<string, readonly string[]>("header label forms", 20_000);
const has = (forms: readonly string[], labels: ReadonlySet<string>) => forms.some((form) => labels.has(form));

/**
 * The cell is covered by a merge that starts left of it: a horizontally
 * merged label names only its leftmost column (a text column merged over
 * two cells for width is one column, not a second one labelled *Nội dung*).
 */
function mergedFromLeft(grid: Grid, row: number, column: number): boolean {
  const m = mergeAt(grid, row, column);
  return m !== undefined && m.left < column;
}

function sameMerge(grid: Grid, row: number, column: number): boolean {
  const m = mergeAt(grid, row, column);
  return m !== undefined && row + 1 <= m.bottom;
}

/** The columns of a header whose top row is `row`, with what stands under each. */
function headerColumns(grid: Grid, row: number, forms: Forms): Column[] {
  const columns: Column[] = [];
  const hasSub = row + 1 < grid.rowCount;
  let inherited: CellValue = null;
  for (let c = 0; c < grid.columnCount; c++) {
    const rawTop = visibleValueAt(grid, row, c);
    const sub = hasSub && !sameMerge(grid, row, c) ? visibleValueAt(grid, row + 1, c) : null;
    const top: CellValue = isBlankCell(rawTop) && !isBlankCell(sub) && inherited !== null ? inherited : rawTop;
    inherited = !isBlankCell(top) && !isBlankCell(sub) ? top : null;
    const kept = isBlankCell(sub) ? null : sub;
    columns.push({ column: c, top, rawTop, sub: kept, topForms: forms(top), subForms: forms(kept) });
  }
  return columns;
}

const isMaxTop = (col: Column) => has(col.topForms, MAX_LABELS);
const isMaxViaSub = (col: Column) =>
  has(col.subForms, MAX_LABELS) || (has(col.topForms, SCORE_TOP_LABELS) && has(col.subForms, MAX_SUB_LABELS));

/**
 * Whether the row under a one-row-looking header is a sub-header: the text
 * column is blank or merged there, it holds a text label somewhere, and no
 * data (a numbering, a max) stands in it.
 */
function looksLikeSubHeader(grid: Grid, row: number, text: number, numberColumn: number | null, max: number): boolean {
  const sub = row + 1;
  if (sub >= grid.rowCount) return false;
  // Visible values: a section heading merged across the row is data, not a blank.
  if (!sameMerge(grid, row, text) && !isBlankCell(visibleValueAt(grid, sub, text))) return false;
  if (
    numberColumn !== null &&
    !sameMerge(grid, row, numberColumn) &&
    parseNumbering(visibleValueAt(grid, sub, numberColumn))
  )
    return false;
  if (!sameMerge(grid, row, max) && typeof cellAt(grid, sub, max) === "number") return false;
  for (let c = 0; c < grid.columnCount; c++) {
    if (sameMerge(grid, row, c)) continue;
    const value = cellAt(grid, sub, c);
    if (typeof value === "string" && /\p{L}/u.test(value)) return true;
  }
  return false;
}

/**
 * A row of column numbers under the header: `1 | 2 | 3`, `(1) | (2)`,
 * `A | B | 1 | 2 | 3=1+2`. Its text cell is such an index, and the numbers
 * and the letters of the row each run consecutively left to right.
 */
function isColumnNumberRow(grid: Grid, row: number, text: number): boolean {
  if (row >= grid.rowCount) return false;
  const index = (value: CellValue): string | number | null => {
    if (typeof value === "number") return Number.isInteger(value) ? value : null;
    if (typeof value !== "string") return null;
    const match = /^\s*\(?\s*(\d{1,2}|[A-Za-z])\s*\)?\s*$/.exec(value);
    if (!match || match[1] === undefined) return null;
    return /\d/.test(match[1]) ? Number(match[1]) : match[1].toUpperCase();
  };
  if (index(cellAt(grid, row, text)) === null) return false;
  const numbers: number[] = [];
  const letters: number[] = [];
  for (let c = 0; c < grid.columnCount; c++) {
    const value = cellAt(grid, row, c);
    if (isBlankCell(value)) continue;
    const token = index(value);
    if (typeof token === "number") numbers.push(token);
    else if (typeof token === "string") letters.push(token.charCodeAt(0));
    else if (!(typeof value === "string" && /^[\s\dA-Za-z()=+\-*/x.,]{1,24}$/.test(value) && value.includes("="))) return false;
  }
  const consecutive = (list: number[]) => list.every((v, i) => i === 0 || v === (list[i - 1] ?? 0) + 1);
  return numbers.length + letters.length >= 2 && consecutive(numbers) && consecutive(letters);
}

function display(value: CellValue): string {
  return isBlankCell(value) ? "" : cellDisplayText(value);
}

function tryHeader(grid: Grid, row: number, forms: Forms): CriteriaHeader | null {
  const columns = headerColumns(grid, row, forms);
  let text = columns.find((col) => has(col.topForms, TEXT_LABELS));
  let textInSub = false;
  if (!text) {
    // The text label may stand in the sub row only, under a merged *Điểm* heading.
    if (!columns.some((col) => has(col.topForms, SCORE_TOP_LABELS) && has(col.subForms, MAX_SUB_LABELS))) return null;
    text = columns.find((col) => has(col.subForms, TEXT_LABELS));
    textInSub = true;
  }
  if (!text) return null;
  const textColumn = text.column;

  let max = columns.find((col) => col.column !== textColumn && isMaxTop(col));
  let maxInSub = false;
  if (!max) {
    max = columns.find((col) => col.column !== textColumn && isMaxViaSub(col));
    maxInSub = max !== undefined;
  }
  if (!max) return null;
  const maxColumn = max.column;

  const labelled = (labels: ReadonlySet<string>, taken: readonly number[]) =>
    columns.find((col) => !taken.includes(col.column) && (has(col.topForms, labels) || has(col.subForms, labels)));
  const numberColumn =
    labelled(NUMBER_LABELS, [textColumn, maxColumn])?.column ??
    (textColumn > 0 && textColumn - 1 !== maxColumn ? textColumn - 1 : null);
  const allowed = labelled(ALLOWED_LABELS, [textColumn, maxColumn, ...(numberColumn === null ? [] : [numberColumn])]);

  const twoRows = textInSub || maxInSub || looksLikeSubHeader(grid, row, textColumn, numberColumn, maxColumn);
  const lastHeaderRow = twoRows ? row + 1 : row;
  const taken = new Set([textColumn, maxColumn, numberColumn, allowed?.column]);
  const otherColumns: HeaderColumn[] = [];
  for (const col of columns) {
    if (taken.has(col.column)) continue;
    const top = display(twoRows ? col.top : col.rawTop);
    const subText = twoRows ? display(col.sub) : "";
    const sub = subText !== "" && subText !== top ? subText : undefined;
    if (top === "" && sub === undefined) continue;
    if (mergedFromLeft(grid, sub === undefined ? row : row + 1, col.column)) continue;
    otherColumns.push({
      column: col.column,
      label: sub === undefined ? { top, text: top } : { top, sub, text: sub },
    });
  }

  let firstDataRow = lastHeaderRow + 1;
  if (isColumnNumberRow(grid, firstDataRow, textColumn)) firstDataRow++;

  return {
    headerRow: row,
    lastHeaderRow,
    firstDataRow,
    numberColumn,
    textColumn,
    maxColumn,
    ...(allowed ? { allowedColumn: allowed.column } : {}),
    otherColumns,
  };
}

const HEADERS = objectSlot<Grid, CriteriaHeader | null>("criteria headers");

/**
 * The header of the criteria table in `grid`: the first row within the
 * first 20 holding a text column and a max column; `null` when there is
 * none. Found once per Grid: classifying a sheet, reading it in layout A, B
 * or C and reading the criteria table all ask.
 */
export function findCriteriaHeader(grid: Grid, cache?: ReadCache): CriteriaHeader | null {
  if (!cache) return scanForHeader(grid, labelForms);
  // Every scorer copies the template: its header labels are worked out once per import.
  const forms: Forms = (value) => (typeof value === "string" ? cache.get(LABEL_FORMS, value, labelForms) : []);
  return cache.of(HEADERS, grid, (g) => scanForHeader(g, forms));
}

function scanForHeader(grid: Grid, forms: Forms): CriteriaHeader | null {
  let found: CriteriaHeader | null = null;
  const last = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  for (let row = 0; row < last && !found; row++) found = tryHeader(grid, row, forms);
  return found;
}
