/**
 * A vote tally (SPEC §5.1) told from a scoresheet or a roster, so a tally
 * dropped among the block's files is handed to the vote, never read as
 * scores. Without the roster (it may be one of the files) the proposals
 * cannot be matched to units yet: a tally is a voter column and, beside it,
 * columns holding nothing but vote marks.
 */
import type { CellValue, Grid } from "../model/grid";
import { cellAt, visibleValueAt } from "../model/grid";
import { normalizeText } from "../text/normalize";
import { readMark } from "../vote/marks";

/** How far down the header row is looked for (SPEC §5.1). */
const HEADER_SCAN_ROWS = 20;

const VOTER_LABELS: ReadonlySet<string> = new Set(
  ["Đơn vị bỏ phiếu", "Người bỏ phiếu", "Đại biểu", "Thành viên", "Đơn vị"].map(normalizeText),
);

/** Header words of a roster's own columns, which may hold an `x` too (*Đăng ký Cờ*). */
const NOT_PROPOSALS = ["dang ky", "ghi chu", "viet tat", "vai tro", "stt", "tt", "so tt"];

/** A vote mark as the vote reads it (core/vote/marks.ts). */
function isMark(value: CellValue): boolean {
  const mark = readMark(value);
  return mark === "for" || mark === "against";
}

const isBlank = (value: CellValue) => value === null || (typeof value === "string" && value.trim() === "");

/**
 * The cells of `column` from `firstRow` down (to two blank rows): `marks`
 * when they are marks or blank, but for a few words that are none (a typo
 * the vote reports as VOTE_MARK_UNKNOWN, which it could not if the tally were
 * not taken for one); `empty` when all are blank (a proposal nobody marked
 * yet: VOTE_BLANK on each voter); `no` otherwise: a number that is no mark
 * is a score, and the sheet no tally.
 */
function columnLook(grid: Grid, column: number, firstRow: number): "marks" | "empty" | "no" {
  let marks = 0;
  let others = 0;
  let blanks = 0;
  for (let row = firstRow; row < grid.rowCount && blanks < 2; row++) {
    const value = cellAt(grid, row, column);
    if (isBlank(value)) {
      if ((grid.rows[row] ?? []).every(isBlank)) blanks++;
      continue;
    }
    blanks = 0;
    if (isMark(value)) marks++;
    else if (typeof value === "string") others++;
    else return "no";
  }
  if (marks === 0 && others === 0) return "empty";
  return marks > 0 && others < marks ? "marks" : "no";
}

/** Every proposal column holds marks or nothing, and one at least holds marks. */
function holdsVotes(grid: Grid, columns: readonly number[], firstRow: number): boolean {
  const looks = columns.map((c) => columnLook(grid, c, firstRow));
  return looks.includes("marks") && !looks.includes("no");
}

function labelOf(grid: Grid, row: number, column: number): string {
  const value = visibleValueAt(grid, row, column);
  return typeof value === "string" ? normalizeText(value) : "";
}

/** The labelled columns from `from` on, in the header row, that are not a roster's own. */
function proposalColumns(grid: Grid, row: number, from: number): number[] {
  const columns: number[] = [];
  for (let column = from; column < grid.columnCount; column++) {
    const label = labelOf(grid, row, column);
    if (label !== "" && !NOT_PROPOSALS.some((w) => label === w || label.startsWith(`${w} `))) columns.push(column);
  }
  return columns;
}

/**
 * A voter column headed by one of the voter labels with, right of it,
 * columns of marks; or, transposed, the voter label heading the voters'
 * columns (their names in the row under it) over columns of marks.
 */
export function looksLikeTally(grid: Grid): boolean {
  const last = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let row = 0; row < last; row++) {
    const cells = grid.rows[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      if (!VOTER_LABELS.has(labelOf(grid, row, column))) continue;
      if (holdsVotes(grid, proposalColumns(grid, row, column + 1), row + 1)) return true;
      const transposed = proposalColumns(grid, row + 1, column);
      if (holdsVotes(grid, transposed, row + 2)) return true;
    }
  }
  return false;
}
