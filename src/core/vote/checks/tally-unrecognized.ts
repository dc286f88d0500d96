import { makeIssue } from "../../check/make-issue";
import type { CellValue, Grid } from "../../model/grid";
import { visibleValueAt } from "../../model/grid";
import type { Issue } from "../../model/issue";
import type { Nomination } from "../../model/result";
import { HEADER_SCAN_ROWS } from "../../read/criteria/criteria-header";
import { squashSpaces } from "../../text/normalize";
import { markText } from "../marks";
import { proposalLabel } from "../proposal-match";

/** Enough of a sheet's head for the officer to recognise the file, no more (a hostile file's text stays short). */
const SHEETS_SHOWN = 3;
const CELLS_SHOWN = 6;
const CELL_CHARS = 40;

const shown = (value: CellValue): string => {
  const text = squashSpaces(markText(value));
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
};

/**
 * `Danh sách!5: STT | Tên đơn vị | Viết tắt`: of each sheet's first 20 rows,
 * the one most like a header (the most cells written), where a tally's
 * header was looked for and not found.
 */
function headerRows(grids: readonly Grid[]): string {
  const out: string[] = [];
  for (const grid of grids.slice(0, SHEETS_SHOWN)) {
    let best: { row: number; cells: string[] } | null = null;
    for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rowCount); r++) {
      const cells: string[] = [];
      for (let c = 0; c < grid.columnCount; c++) {
        const text = shown(visibleValueAt(grid, r, c));
        if (text !== "" && cells[cells.length - 1] !== text) cells.push(text);
      }
      if (cells.length > (best?.cells.length ?? 0)) best = { row: r, cells };
    }
    if (!best) continue;
    const more = best.cells.length > CELLS_SHOWN ? " | …" : "";
    out.push(`${grid.sheet}!${best.row + 1}: ${best.cells.slice(0, CELLS_SHOWN).join(" | ")}${more}`);
  }
  return out.length === 0 ? "—" : out.join("; ");
}

/**
 * SPEC §5.1: a file given on purpose as a tally (`--votes`, or imported as
 * one in the pane) that holds none is an error naming the header rows it
 * read; the run goes on as if no tally had been given.
 */
export function tallyUnrecognized(file: string, grids: readonly Grid[], nominations: readonly Nomination[]): Issue {
  const first = grids[0];
  return makeIssue("VOTE_TALLY_UNRECOGNIZED", { file, ...(first ? { sheet: first.sheet } : {}) }, {
    rows: headerRows(grids),
    proposals: nominations.map(proposalLabel).join("; ") || "—",
  });
}
