/**
 * Thi đua's own result workbook (SPEC §6; issue 13): an officer who writes
 * `--out` into the block's folder and imports the folder again must get the
 * same result, not thousands of scoresheets read from *Điểm chấm*. It is told
 * by content, the header rows of our tables, which the caller hands in (they
 * belong to the workbook layer: src/workbook/columns.ts).
 */
import type { Grid } from "../model/grid";
import { normalizeText } from "../text/normalize";

/** How far down a table's header is looked for: under the sheet's title lines. */
const HEADER_SCAN_ROWS = 12;
/** A header this long is ours beyond doubt; a shorter one (*Thông số | Giá trị*) only beside another. */
const DISTINCT_COLUMNS = 4;

/** The header rows of the tables we write, in every language, each a row of labels. */
export type OwnHeaders = readonly (readonly string[])[];

/** Which of `headers` the sheet's header row starts with (from its first non-blank cell), if any. */
function ownHeaderOf(grid: Grid, headers: readonly (readonly string[])[]): readonly string[] | undefined {
  const last = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let row = 0; row < last; row++) {
    const cells = (grid.rows[row] ?? []).map((v) => (typeof v === "string" ? normalizeText(v) : v === null ? "" : null));
    const start = cells.findIndex((c) => c !== "");
    if (start < 0) continue;
    const found = headers.find((h) => h.length > 0 && h.every((label, i) => cells[start + i] === label));
    if (found) return found;
  }
  return undefined;
}

/** The workbook holds one of our tables with a distinct header, or two of any. */
export function isOwnResult(grids: readonly Grid[], headers: OwnHeaders | undefined): boolean {
  if (!headers || headers.length === 0) return false;
  const normalized = headers.map((h) => h.map(normalizeText));
  let found = 0;
  for (const grid of grids) {
    const header = ownHeaderOf(grid, normalized);
    if (!header) continue;
    if (header.length >= DISTINCT_COLUMNS || ++found >= 2) return true;
  }
  return false;
}
