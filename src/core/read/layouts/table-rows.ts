/**
 * The criteria table inside a scoresheet (layouts A and B): its rows, each
 * mapped to the block's official criterion, read once per sheet; then any
 * score column of the sheet is read against them.
 *
 * **Rows.** The sheet's own table is read with `readCriteriaTable`, so its
 * ids follow the same numbering rules as the official table's (`I.2.1`,
 * `I.2.(1)`…). Every other non-blank row between the header and the end of
 * that table (a heading, a note, a row with text but no max, a total) is
 * looked at too. The end is the sheet table's last criterion or its total
 * row, and then any total rows right under it (*Cộng*, then *Tổng cộng*).
 *
 * **Matching** (SPEC §2.3: by id, else by normalised text), in passes so
 * that no official criterion is taken by two rows:
 * 1. id and text agree (the text normalised, a `( … )` remark aside);
 * 2. the text is that of exactly one official criterion: by text, whatever
 *    the numbering says. This is where the spec's "id first" is refined: a
 *    sheet that inserted a row and renumbered the rest below it would
 *    otherwise have each row scored under its neighbour's criterion, and an
 *    exact, unique text is stronger evidence than a shifted number;
 * 3. the id alone (the wording changed, an outdated template): by id;
 * 4. the text is that of several official criteria (*Báo cáo năm* under two
 *    parents): the first of them, in table order, after the criterion the
 *    nearest mapped row above took.
 * A row matching nothing is unknown: reported (`unknownRows`) when its
 * score cell is not blank, else a heading, ignored.
 *
 * **Totals.** A *Tổng cộng* / *Tổng điểm* row (else a plain *Cộng*) under
 * every mapped row is the sheet's total (`criterionId: null`). A total
 * printed above mapped rows (*Tổng cộng* of the normal sections, the bonus
 * and deduction sections listed after it) is not the total of SPEC §4 and
 * is not reported. A section's subtotal row (*Cộng mục II*, *Cộng II*; a
 * plain *Cộng* inside the table sums the section above it) is a printed
 * subtotal of that section. A plain *Cộng* under the table that is not its
 * total (a *Tổng cộng* follows) is ambiguous (the last section? the normal
 * sections?) and not reported.
 *
 * **Maxima.** The printed max of every mapped row, as printed (a deduction
 * max of `-5` stays `-5`; the check compares magnitudes); a blank or
 * non-numeric max is not reported. The total row's printed max is reported
 * too (`criterionId: null`; the check accepts the base or the base plus the
 * bonus maxima), in sheet order after the rows above it.
 *
 * **Cells.** Scores are the score column's cells as they stand
 * (`parseCellNumber`: blank, number, text, error), including in bonus and
 * deduction sections, where the check decides a blank means 0. Printed
 * subtotals are reported only where the cell holds a number.
 */
import type { Criterion } from "../../model/criteria";
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, MergedCells } from "../../model/grid";
import { a1 } from "../../model/address";
import { normalizeText, squashSpaces } from "../../text/normalize";
import { cellDisplayText, isBlankCell, parseCellNumber, parseMaxCell } from "../cell-number";
import type { CriteriaHeader } from "../criteria/criteria-header";
import { findCriteriaHeader } from "../criteria/criteria-header";
import { readCriteriaTable } from "../criteria/criteria-table";
import { isBullet, splitLeadingNumbering } from "../../text/numbering";
import { GRAND_TOTAL, isTotalLabel } from "../criteria/row-labels";
import type { PrintedValue, RawScore, SheetContext, UnknownRow } from "./layout";
import { cacheSlot, objectSlot, ReadCache } from "../read-cache";
import { type Candidate, matchRows, official } from "./row-match";

/** A sheet row mapped to an official criterion. */
export interface MappedRow {
  /** 0-based row. */
  readonly row: number;
  readonly criterion: Criterion;
}

/** A sheet row that maps to no criterion. */
export interface UnmatchedRow {
  readonly row: number;
  /** Numbering and text as printed. */
  readonly label: string;
}

/** A row whose score cell is a printed value Thi đua recomputes. */
export interface PrintedRow {
  readonly row: number;
  /** The parent's or section's id; `null` for the sheet's total. */
  readonly criterionId: string | null;
}

/** A scoresheet's criteria table, mapped to the official one; read once per sheet. */
export interface SheetTable {
  readonly header: CriteriaHeader;
  /** Rows mapped to an official leaf, in sheet order. */
  readonly leaves: readonly MappedRow[];
  /** Parent rows, section subtotal rows and the total row, in sheet order. */
  readonly printedRows: readonly PrintedRow[];
  /** Rows mapped to nothing (headings, notes, unknown criteria), in sheet order. */
  readonly unmatched: readonly UnmatchedRow[];
  /** Official leaves with no row in the sheet, in table order. */
  readonly absentLeaves: readonly string[];
  /** The printed max of every mapped row that prints a number. */
  readonly printedMaxima: readonly PrintedValue[];
}

/** What one score column of the sheet holds. */
export interface ScoreColumnRead {
  readonly scores: readonly RawScore[];
  readonly printedSubtotals: readonly PrintedValue[];
  readonly unknownRows: readonly UnknownRow[];
}

// ───────────────────────── labels ─────────────────────────

const SECTION_REF = /(?:^| )([ivx]+)$/;


// ───────────────────────── the sheet's rows ─────────────────────────

interface TotalRow {
  readonly row: number;
  readonly grand: boolean;
  /** A plain *Cộng* / *Cộng điểm*, naming no section. */
  readonly plain: boolean;
  /** The section a *Cộng mục II* names, upper-case. */
  readonly section: string | null;
}

function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.rows[row] ?? []).every((value) => isBlankCell(value));
}

/**
 * The sheet's table mapped to the official one; `null` when the sheet has
 * no criteria header. Cached per Grid and context, so layouts A and B trying
 * the same sheet read it once.
 */
export function readSheetTable(grid: Grid, context: SheetContext): SheetTable | null {
  const cached = context.cache.of(SHEET_TABLES, grid, () => ({ context, table: sameStructure(grid, context) }));
  return cached.context === context ? cached.table : sameStructure(grid, context);
}

const SHEET_TABLES = objectSlot<Grid, { context: SheetContext; table: SheetTable | null }>("sheet tables");

/**
 * Every scorer sends the same template: at scale, thousands of sheets share a
 * handful of structures. A SheetTable depends only on the sheet's text, its
 * layout and where numbers stand, never on the scores' values (read later,
 * column by column), so sheets alike in all of that share one.
 */
const STRUCTURES = objectSlot<SheetContext["table"], ReadCache>("sheet structures, per criteria table");
const STRUCTURE = cacheSlot<string, SheetTable | null>("sheet structure", 5_000);

function sameStructure(grid: Grid, context: SheetContext): SheetTable | null {
  // Rows above the header (titles, the scorer's and ratee's names) only decide where the header is.
  const header = findCriteriaHeader(grid, context.cache);
  if (!header) return null;
  const key = `${JSON.stringify(header)}\u0003${structureKey(grid, header)}`;
  const byKey = context.cache.of(STRUCTURES, context.table, () => new ReadCache());
  return byKey.get(STRUCTURE, key, () => buildSheetTable(grid, context));
}

/**
 * All the sheet says from its header down, except the values of numbers
 * outside the table's own columns and header rows: there a `#` marks where a
 * number stands (a score), since the structure depends on where numbers are,
 * not on what they are.
 */
function structureKey(grid: Grid, header: CriteriaHeader): string {
  const own = new Set([header.numberColumn, header.textColumn, header.maxColumn, header.allowedColumn]);
  const parts: string[] = [
    grid.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).join(";"),
    [...grid.hiddenRows].join(","),
    [...grid.hiddenColumns].join(","),
  ];
  for (let row = header.headerRow; row < grid.rows.length; row++) {
    const inHeader = row <= header.lastHeaderRow + 1;
    let line = "";
    (grid.rows[row] ?? []).forEach((cell, column) => {
      if (cell === null) line += "\u0001";
      else if (typeof cell === "number") line += inHeader || own.has(column) ? `n${cell}\u0001` : "#\u0001";
      else if (typeof cell === "string") line += `s${cell}\u0001`;
      else line += `o${JSON.stringify(cell)}\u0001`;
    });
    parts.push(line);
  }
  return parts.join("\u0002");
}

function buildSheetTable(grid: Grid, context: SheetContext): SheetTable | null {
  const read = readCriteriaTable(grid, context.cache);
  if (!read) return null;
  const { header } = read;
  const merged = new MergedCells(grid);
  const valueAt = (row: number, column: number | null): CellValue => (column === null ? null : merged.topRowValue(row, column));

  // The sheet's criteria rows.
  const candidates: Candidate[] = [];
  const criterionRows = new Set<number>();
  let end = header.firstDataRow - 1;
  for (const c of read.table.criteria) {
    const row = read.rows.get(c.id);
    if (row === undefined) continue;
    criterionRows.add(row);
    end = Math.max(end, row);
    candidates.push({ row, sheetId: c.id, label: squashSpaces(`${c.number} ${c.text}`), text: c.text });
  }
  if (read.total && read.total.row > end) end = read.total.row;

  const rowText = (row: number) => {
    const numberValue = valueAt(row, header.numberColumn);
    const textValue = valueAt(row, header.textColumn);
    const sameCell = numberValue === textValue && header.numberColumn !== null;
    const numberText = isBlankCell(numberValue) || isBullet(numberValue) || sameCell ? "" : squashSpaces(cellDisplayText(numberValue));
    const text = isBlankCell(textValue) ? "" : squashSpaces(cellDisplayText(textValue));
    return { numberText, text };
  };
  const totalOf = (row: number): TotalRow | null => {
    const { numberText, text } = rowText(row);
    const label = normalizeText(text !== "" ? text : numberText);
    if (!isTotalLabel(label)) return null;
    const grand = GRAND_TOTAL.test(label);
    const ref = grand ? null : (SECTION_REF.exec(label)?.[1] ?? null);
    const plain = !grand && (label === "cong" || label === "cong diem");
    return { row, grand, plain, section: ref === null ? null : ref.toUpperCase() };
  };

  // Total rows right under the table.
  let blanks = 0;
  for (let row = end + 1; row < grid.rowCount; row++) {
    if (isBlankRow(grid, row)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (!totalOf(row)) break;
    end = row;
  }

  // Every other row of the table: headings, notes, totals, unnumbered rows without a max.
  const totals: TotalRow[] = [];
  for (let row = header.firstDataRow; row <= end; row++) {
    if (criterionRows.has(row) || isBlankRow(grid, row)) continue;
    const total = totalOf(row);
    if (total) {
      totals.push(total);
      continue;
    }
    const { numberText, text } = rowText(row);
    if (numberText === "" && text === "") continue;
    const split = numberText === "" ? splitLeadingNumbering(text) : null;
    candidates.push({
      row,
      sheetId: null,
      label: squashSpaces(`${numberText} ${text}`),
      text: split ? split.rest : text,
    });
  }
  candidates.sort((a, b) => a.row - b.row);

  const mapping = matchRows(candidates, context);

  const leaves: MappedRow[] = [];
  const printedRows: PrintedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const printedMaxima: PrintedValue[] = [];
  const mappedLeafIds = new Set<string>();
  let lastMappedRow = -1;
  for (const candidate of candidates) {
    const criterion = mapping.get(candidate.row);
    if (!criterion) {
      unmatched.push({ row: candidate.row, label: candidate.label });
      continue;
    }
    lastMappedRow = candidate.row;
    if (criterion.isLeaf) {
      leaves.push({ row: candidate.row, criterion });
      mappedLeafIds.add(criterion.id);
    } else {
      printedRows.push({ row: candidate.row, criterionId: criterion.id });
    }
    const max = parseMaxCell(cellAt(grid, candidate.row, header.maxColumn));
    if (max !== null) printedMaxima.push({ criterionId: criterion.id, cell: a1(candidate.row, header.maxColumn), value: max });
  }

  // Subtotals and the total.
  const below = totals.filter((t) => t.row > lastMappedRow);
  const total =
    [...below].reverse().find((t) => t.grand) ?? [...below].reverse().find((t) => t.plain) ?? null;
  const topOf = (c: Criterion): Criterion => {
    let node = c;
    for (let parent = node.parentId; parent !== null; parent = node.parentId) {
      const next = context.criteriaById.get(parent);
      if (!next) break;
      node = next;
    }
    return node;
  };
  for (const t of totals) {
    if (t === total) {
      printedRows.push({ row: t.row, criterionId: null });
      const max = parseMaxCell(cellAt(grid, t.row, header.maxColumn));
      if (max !== null) printedMaxima.push({ criterionId: null, cell: a1(t.row, header.maxColumn), value: max });
      continue;
    }
    if (t.grand) continue;
    let sectionId: string | null = null;
    if (t.section !== null) {
      if (context.criteriaById.get(t.section)?.parentId === null) sectionId = t.section;
    } else if (t.plain && t.row < lastMappedRow) {
      const above = [...candidates].reverse().find((c) => c.row < t.row && mapping.has(c.row));
      const criterion = above ? mapping.get(above.row) : undefined;
      if (criterion) sectionId = topOf(criterion).id;
    }
    if (sectionId !== null) printedRows.push({ row: t.row, criterionId: sectionId });
  }
  printedRows.sort((a, b) => a.row - b.row);

  const { leaves: officialLeaves } = official(context);
  return {
    header,
    leaves,
    printedRows,
    unmatched,
    absentLeaves: officialLeaves.filter((c) => !mappedLeafIds.has(c.id)).map((c) => c.id),
    printedMaxima,
  };
}

// ───────────────────────── score columns ─────────────────────────

/** True when any leaf row of the column holds a number (formulas' cached results in subtotal rows aside). */
export function columnHasNumber(grid: Grid, table: SheetTable, column: number): boolean {
  return table.leaves.some(({ row }) => parseCellNumber(cellAt(grid, row, column)).kind === "number");
}

/** The scores, printed subtotals and unknown scored rows of one score column. */
export function readScoreColumn(grid: Grid, table: SheetTable, column: number, cache: ReadCache): ScoreColumnRead {
  const scores: RawScore[] = table.leaves.map(({ row, criterion }) => ({
    criterionId: criterion.id,
    cell: a1(row, column),
    value: parseCellNumber(cellAt(grid, row, column), cache),
  }));
  const printedSubtotals: PrintedValue[] = [];
  for (const { row, criterionId } of table.printedRows) {
    const value = parseCellNumber(cellAt(grid, row, column));
    if (value.kind === "number") printedSubtotals.push({ criterionId, cell: a1(row, column), value: value.value });
  }
  const unknownRows: UnknownRow[] = [];
  for (const { row, label } of table.unmatched) {
    const value = parseCellNumber(cellAt(grid, row, column));
    if (value.kind !== "blank") unknownRows.push({ label, cell: a1(row, column), value });
  }
  return { scores, printedSubtotals, unknownRows };
}
