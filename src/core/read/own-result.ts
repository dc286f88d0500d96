/**
 * Thi đua's own result workbook (SPEC §6; docs/DECISIONS.md, D9): an officer who writes
 * `--out` (or `--documents`) into the block's folder and imports the folder
 * again must get the same result, not thousands of scoresheets read from
 * *Điểm chấm* nor our documents taken for scoresheets. They are told by
 * content, the header rows of our tables, which the caller hands in (they
 * belong to the workbook layer: src/workbook/own-headers.ts).
 */
import type { Grid } from "../model/grid";
import { normalizeText } from "../text/normalize";

/** How far down a table's header is looked for: under the sheet's title lines. */
export const HEADER_SCAN_ROWS = 12;
/** In a document the table comes after the heading, the title and a paragraph or more (two pages at most). */
export const DOCUMENT_SCAN_ROWS = 80;
/** A header this long is ours beyond doubt; a shorter one (*Thông số | Giá trị*) only beside another. */
const DISTINCT_COLUMNS = 4;

/** Header rows, each a row of labels. */
export type HeaderRows = readonly (readonly string[])[];

/** The header rows of the tables we write, in every language. */
export interface OwnHeaders {
  /** Our result workbook's tables (§6): looked for before anything else, since its Kiểm tra may quote a `{{…}}`. */
  readonly results: HeaderRows;
  /** Our documents' and ballot's tables (§7, §5.1): looked for after templates, since a block's template may start from ours. */
  readonly documents: HeaderRows;
}

/** Which of `headers` the sheet's header row starts with (from its first non-blank cell, blank cells skipped), if any. */
function ownHeaderOf(grid: Grid, headers: HeaderRows, scanRows: number): readonly string[] | undefined {
  const last = Math.min(grid.rowCount, scanRows);
  for (let row = 0; row < last; row++) {
    const cells = (grid.rows[row] ?? []).map((v) => (typeof v === "string" ? normalizeText(v) : v === null ? "" : null));
    // The labels in order, blank cells aside: a document's header cell merged over several columns leaves blanks between.
    const labels = cells.filter((c) => c !== "");
    if (labels.length === 0) continue;
    const found = headers.find((h) => h.length > 0 && h.every((label, i) => labels[i] === label));
    if (found) return found;
  }
  return undefined;
}

/** The sheet holds one of our tables: ours, whatever else a reader might take it for. */
export function holdsOwnTable(grid: Grid, headers: HeaderRows, scanRows = HEADER_SCAN_ROWS): boolean {
  return ownHeaderOf(grid, headers.map((h) => h.map(normalizeText)), scanRows) !== undefined;
}

/** The workbook holds one of our tables with a distinct header, or two of any. */
export function isOwnResult(grids: readonly Grid[], headers: HeaderRows | undefined, scanRows = HEADER_SCAN_ROWS): boolean {
  if (!headers || headers.length === 0) return false;
  const normalized = headers.map((h) => h.map(normalizeText));
  let found = 0;
  for (const grid of grids) {
    const header = ownHeaderOf(grid, normalized, scanRows);
    if (!header) continue;
    if (header.length >= DISTINCT_COLUMNS || ++found >= 2) return true;
  }
  return false;
}
