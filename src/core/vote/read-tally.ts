/**
 * Reading a tally sheet (SPEC §5.1): the header row, in the first 20 rows,
 * holds the voter column's label and the proposals across (*voters in
 * rows*), or the proposals' column with the voters across (*voters in
 * columns*, the transposed form). Both come out as one shape: ballots, each
 * a voter's line of marks, with every cell's address for the checks.
 */
import { a1 } from "../model/address";
import type { CellValue, Grid } from "../model/grid";
import { cellAt, visibleValueAt } from "../model/grid";
import type { Nomination } from "../model/result";
import { HEADER_SCAN_ROWS } from "../read/criteria/criteria-header";
import { squashSpaces } from "../text/normalize";
import { readMark, type Mark } from "./marks";
import { matchProposal, type ProposalContext, type ProposalMatch } from "./proposal-match";
import { axisLabel, isEndLabel, isOtherLabel } from "./tally-labels";

export type TallyOrientation = "voters-in-rows" | "voters-in-columns";

/** A header naming a proposal. */
export interface TallyProposal {
  readonly nomination: Nomination;
  readonly header: string;
  readonly cell: string;
}

/** A header naming a unit, or holding marks, that is no proposal: VOTE_PROPOSAL_UNKNOWN. */
export interface UnknownProposal {
  readonly header: string;
  readonly cell: string;
}

export interface TallyMarkCell {
  readonly nomination: Nomination;
  readonly value: CellValue;
  readonly cell: string;
  /** A formula saved without its result: no one left it blank, and no one knows what it says. */
  readonly uncomputed?: true;
}

/** The mark a tally's cell holds; a formula nobody computed is no mark, not a blank. */
export function markOf(cell: Pick<TallyMarkCell, "value" | "uncomputed">): Mark {
  return cell.uncomputed ? "unknown" : readMark(cell.value);
}

/** One voter's line: its name as written, where, and its marks for the proposals the tally names. */
export interface Ballot {
  readonly voter: string;
  readonly cell: string;
  readonly marks: readonly TallyMarkCell[];
}

export interface Tally {
  readonly file: string;
  readonly sheet: string;
  readonly orientation: TallyOrientation;
  readonly proposals: readonly TallyProposal[];
  readonly unknownProposals: readonly UnknownProposal[];
  readonly ballots: readonly Ballot[];
}

/** Rows (or columns) looked at to tell the orientation by the names along the label's axis. */
const SAMPLE = 200;

/** A line along one axis: its index and the header text at it. */
interface Line {
  readonly index: number;
  readonly text: string;
  readonly value: CellValue;
}

const text = (value: CellValue): string => (typeof value === "string" ? squashSpaces(value) : value === null ? "" : String(value));

/** Cells of row `r` right and left of column `c`, as header lines. */
function rowLines(grid: Grid, r: number, skip: number): Line[] {
  const out: Line[] = [];
  for (let c = 0; c < grid.columnCount; c++) {
    if (c === skip) continue;
    const value = visibleValueAt(grid, r, c);
    if (text(value) !== "") out.push({ index: c, text: text(value), value });
  }
  return out;
}

/** Cells of column `c` under row `r`, up to the table's end: a blank line or an end label. */
function columnLines(grid: Grid, r: number, c: number, limit: number, context: ProposalContext): Line[] {
  const out: Line[] = [];
  for (let row = r + 1; row < Math.min(grid.rowCount, r + 1 + limit); row++) {
    const value = cellAt(grid, row, c);
    const t = text(value);
    if (t === "") {
      if (out.length > 0 && rowIsBlank(grid, row, c)) break;
      continue;
    }
    if (isEndLabel(value) && context.matchUnit(t).kind !== "match") break;
    out.push({ index: row, text: t, value });
  }
  return out;
}

function rowIsBlank(grid: Grid, row: number, except: number): boolean {
  const cells = grid.rows[row] ?? [];
  return cells.every((v, c) => c === except || text(v) === "");
}

interface Candidate {
  readonly headerRow: number;
  readonly labelColumn: number;
  readonly orientation: TallyOrientation;
  readonly score: number;
}

/** Of the lines, how many name a distinct proposal, and how many name a roster unit at all. */
function namesOn(lines: readonly Line[], context: ProposalContext): { proposals: number; units: number } {
  const proposals = new Set<Nomination>();
  let units = 0;
  for (const line of lines) {
    const m = matchProposal(line.text, context);
    if (m.kind === "proposal") proposals.add(m.nomination);
    if (m.kind !== "none") units++;
  }
  return { proposals: proposals.size, units };
}

function findHeader(grid: Grid, context: ProposalContext): Candidate | null {
  let best: Candidate | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rowCount); r++) {
    for (let c = 0; c < grid.columnCount; c++) {
      const label = axisLabel(visibleValueAt(grid, r, c));
      if (label === null) continue;
      const across = namesOn(rowLines(grid, r, c), context);
      const down = namesOn(columnLines(grid, r, c, SAMPLE, context), context);
      // Proposals are all proposed units; voters are all units, or people: the axis of proposals is the purer one.
      const purity = (n: { proposals: number; units: number }) => (n.units === 0 ? 0 : n.proposals / n.units);
      const rows = label === "voters" || (label === "either" && purity(across) >= purity(down));
      const orientation: TallyOrientation = rows ? "voters-in-rows" : "voters-in-columns";
      const score = rows ? across.proposals : down.proposals;
      // Equal scores: the lower row, where a label merged down over a two-row header meets the names.
      if (score > 0 && (best === null || score >= best.score)) best = { headerRow: r, labelColumn: c, orientation, score };
    }
  }
  return best ?? findUnlabelledTransposed(grid, context);
}

/**
 * The transposed form whatever its corner cell says (blank, *STT*, *Tên*):
 * a column whose rows name proposals, under a header row whose cells right
 * of it name voters over columns that hold marks. The proposals' column and
 * the marks tell it; `looksLikeTally` still has the last word.
 */
function findUnlabelledTransposed(grid: Grid, context: ProposalContext): Candidate | null {
  let best: (Candidate & { voters: number }) | null = null;
  // Each header is matched once, not once for every row the header row might be.
  const memo = new Map<string, ProposalMatch>();
  const match = (text: string) => memo.get(text) ?? memo.set(text, matchProposal(text, context)).get(text)!;
  const purity = (lines: readonly Line[]) => {
    const named = lines.map((l) => match(l.text)).filter((m) => m.kind !== "none");
    const distinct = new Set(named.flatMap((m) => (m.kind === "proposal" ? [m.nomination] : [])));
    return named.length === 0 ? 0 : distinct.size / named.length;
  };
  for (let c = 0; c < grid.columnCount; c++) {
    for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rowCount); r++) {
      // A corner that says voters heads the voters' column: the rows form, which findHeader read or refused.
      if (axisLabel(visibleValueAt(grid, r, c)) === "voters") continue;
      const down = columnLines(grid, r, c, SAMPLE, context);
      const rows = down.filter((l) => match(l.text).kind === "proposal");
      const proposals = new Set(rows.map((l) => (match(l.text) as { nomination: Nomination }).nomination)).size;
      if (proposals === 0) continue;
      // Proposals are all proposed units; voters are all units, or people: the rows must be the purer axis.
      if (purity(down) <= purity(rowLines(grid, r, c).filter((l) => l.index > c))) continue;
      const voters = rowLines(grid, r, c).filter(
        (l) => l.index > c && !isOtherLabel(l.value) && readMark(l.value) === "unknown" && rows.some((p) => isVote(cellAt(grid, p.index, l.index))),
      ).length;
      if (voters === 0) continue;
      const better = best === null || proposals > best.score || (proposals === best.score && voters > best.voters);
      if (better) best = { headerRow: r, labelColumn: c, orientation: "voters-in-columns", score: proposals, voters };
    }
  }
  return best;
}

function isVote(value: CellValue): boolean {
  const m = readMark(value);
  return m === "for" || m === "against";
}

/** The proposals along the header axis; the other headers that hold marks (or name an unproposed unit) as unknown. */
function proposalsOf(
  lines: readonly Line[],
  context: ProposalContext,
  address: (index: number) => string,
  holdsMarks: (index: number) => boolean,
): { proposals: (TallyProposal & { index: number })[]; unknown: UnknownProposal[] } {
  const proposals: (TallyProposal & { index: number })[] = [];
  const unknown: UnknownProposal[] = [];
  for (const line of lines) {
    if (isOtherLabel(line.value)) continue;
    const m: ProposalMatch = matchProposal(line.text, context);
    // The same proposal named twice: the first column counts, the second is not a proposal of its own.
    if (m.kind === "proposal" && !proposals.some((p) => p.nomination === m.nomination)) {
      proposals.push({ nomination: m.nomination, header: line.text, cell: address(line.index), index: line.index });
    } else if (m.kind !== "none" || holdsMarks(line.index)) {
      unknown.push({ header: line.text, cell: address(line.index) });
    }
  }
  return { proposals, unknown };
}

/**
 * A tally holds ballots, and its cells are marks or blank: a sheet whose
 * cells under the names are mostly something else (a roster's columns, a
 * layout-C table of totals) is no tally, whatever its headers say.
 */
function looksLikeTally(tally: Tally): boolean {
  const cells = tally.ballots.flatMap((b) => b.marks.map(markOf));
  const unknown = cells.filter((m) => m === "unknown").length;
  return tally.ballots.length > 0 && unknown * 2 <= cells.filter((m) => m !== "blank").length;
}

/** A tally on this sheet, or null when the sheet holds none. */
export function readTally(grid: Grid, context: ProposalContext): Tally | null {
  const tally = readLines(grid, context);
  return tally && looksLikeTally(tally) ? tally : null;
}

function readLines(grid: Grid, context: ProposalContext): Tally | null {
  const header = findHeader(grid, context);
  if (!header) return null;
  const { headerRow: r, labelColumn: c } = header;
  const place = { file: grid.file, sheet: grid.sheet, orientation: header.orientation };
  const hasMark = (value: CellValue) => {
    const m = readMark(value);
    return m === "for" || m === "against";
  };

  if (header.orientation === "voters-in-rows") {
    const voters = columnLines(grid, r, c, grid.rowCount, context);
    const rowsWithMarks = (col: number) => voters.some((v) => hasMark(cellAt(grid, v.index, col)));
    const { proposals, unknown } = proposalsOf(rowLines(grid, r, c), context, (col) => a1(r, col), rowsWithMarks);
    const ballots = voters.map((v) => ({
      voter: v.text,
      cell: a1(v.index, c),
      marks: proposals.map((p) => markCell(grid, p.nomination, v.index, p.index)),
    }));
    return { ...place, proposals: proposals.map(strip), unknownProposals: unknown, ballots };
  }

  const rowsOfProposals = columnLines(grid, r, c, grid.rowCount, context);
  const voterColumns = rowLines(grid, r, c).filter((l) => l.index > c && !isOtherLabel(l.value));
  const columnHasMarks = (col: number) => rowsOfProposals.some((p) => hasMark(cellAt(grid, p.index, col)));
  const rowHasMarks = (row: number) => voterColumns.some((v) => hasMark(cellAt(grid, row, v.index)));
  const { proposals, unknown } = proposalsOf(rowsOfProposals, context, (row) => a1(row, c), rowHasMarks);
  // A header across that names no unit and holds no mark is some other column (Điểm, a remark).
  const voters = voterColumns.filter((v) => matchProposal(v.text, context).kind !== "none" || columnHasMarks(v.index));
  const ballots = voters.map((v) => ({
    voter: v.text,
    cell: a1(r, v.index),
    marks: proposals.map((p) => markCell(grid, p.nomination, p.index, v.index)),
  }));
  return { ...place, proposals: proposals.map(strip), unknownProposals: unknown, ballots };
}

function markCell(grid: Grid, nomination: Nomination, row: number, column: number): TallyMarkCell {
  const cell = a1(row, column);
  const value = cellAt(grid, row, column);
  return value === null && grid.uncomputed?.has(cell) ? { nomination, value, cell, uncomputed: true } : { nomination, value, cell };
}

function strip({ nomination, header, cell }: TallyProposal): TallyProposal {
  return { nomination, header, cell };
}
