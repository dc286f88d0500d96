/**
 * The scorer and the ratee named above a scoresheet's table (SPEC §2.3):
 * *Đơn vị chấm: Hội Nhà báo tỉnh*, *Đơn vị được chấm: Hội Luật gia tỉnh*.
 *
 * - Only the rows above the header are searched, every column, top to
 *   bottom and left to right; the first labelled cell that gives a name
 *   wins.
 * - A cell may hold several labelled lines (*Đơn vị chấm: X* and *Đơn vị
 *   được chấm: Y* on two lines of one cell, or on one line set apart by a
 *   tab or a run of spaces): each part is tried.
 * - The name stands after the colon (`nameAfterLabel`), else on the next
 *   line of the same cell, else (the label ending its cell) in the next
 *   non-empty cell to the right on the same row; that cell must not be a
 *   label itself, nor a blank form's dots (*………*). A label with no name
 *   (*Đơn vị chấm: ………*) is passed over and the search goes on.
 * - *Đơn vị: điểm* (a unit of measure under the scorer label *Đơn vị*)
 *   names no unit.
 * - The name's cell is the cell that holds it: the label's cell when the
 *   name follows the colon, else the cell to the right.
 * - Names are tidied (`cleanUnitName`) and otherwise kept as written:
 *   matching them to the roster is the import's job.
 *
 * Without a labelled cell, the scorer comes from the file's name
 * (`SheetContext.scorerFromFileName`) and a layout-A ratee from the sheet's
 * name, with the same noise removed as from a file's name (*Phiếu chấm
 * CTĐ 2026* → *CTĐ*; `scorerFromFileName`), or as written when nothing
 * would be left (*Tự chấm*, *Sheet1*).
 */
import { a1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { cellAt } from "../../model/grid";
import { normalizeText } from "../../text/normalize";
import { cellDisplayText, isBlankCell } from "../cell-number";
import { cleanUnitName, nameAfterLabel, RATEE_LABELS, SCORER_LABELS, scorerFromFileName } from "./unit-name";
import type { NameRef, SheetContext } from "../layouts/layout";

/** A blank form's filler: dots, ellipses, underscores, dashes. */
const FILLER = /^[\s.…_\-–—]*$/u;

/** Words that are no unit's name after *Đơn vị:* (*Đơn vị: điểm*, a unit of measure). */
const NOT_A_NAME = new Set(["diem", "d", "diem so", "tinh", "dong", "nguoi", "phan tram"]);

const ALL_LABEL_LIST: readonly string[] = [...SCORER_LABELS, ...RATEE_LABELS];
const ALL_LABELS = new Set(ALL_LABEL_LIST.map((l) => normalizeText(l)));

/** True when the text is a known label (with or without its colon) and nothing else. */
function isBareLabel(text: string): boolean {
  const head = text.split(/[:：]/u)[0] ?? "";
  const rest = text.slice(head.length + 1);
  return ALL_LABELS.has(normalizeText(head)) && FILLER.test(rest);
}

/** True when the text, or one of its parts, opens with a known label. */
function isLabelled(text: string): boolean {
  return isBareLabel(text) || parts(text).some((p) => nameAfterLabel(p, ALL_LABEL_LIST) !== null);
}

/** The parts of a cell that may each hold a label: its lines, and runs split by tabs or 3+ spaces. */
function parts(text: string): string[] {
  return text
    .split(/\r?\n|\r|\t| {3,}|\u00a0{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function usableName(text: string): string | null {
  const name = cleanUnitName(text.replace(/^[\s.…_\-–—]+|[\s.…_\-–—]+$/gu, ""));
  if (name === "" || FILLER.test(name)) return null;
  const normalized = normalizeText(name);
  if (normalized === "" || NOT_A_NAME.has(normalized)) return null;
  return name;
}

/** The next non-empty cell right of `column` on `row`, when it is a name and not another label. */
function nameToTheRight(grid: Grid, row: number, column: number): NameRef | null {
  const cells = grid.rows[row] ?? [];
  for (let c = column + 1; c < cells.length; c++) {
    const value = cellAt(grid, row, c);
    if (isBlankCell(value)) continue;
    const text = cellDisplayText(value);
    if (FILLER.test(text)) continue;
    if (isLabelled(text)) return null;
    const name = usableName(text);
    return name === null ? null : { text: name, from: "cell", cell: a1(row, c) };
  }
  return null;
}

/**
 * The name a labelled cell above `beforeRow` gives, for one of `labels`
 * (`SCORER_LABELS`, `RATEE_LABELS`); `null` when none does.
 */
export function findLabelledName(grid: Grid, labels: readonly string[], beforeRow: number): NameRef | null {
  const last = Math.min(beforeRow, grid.rowCount);
  for (let row = 0; row < last; row++) {
    const cells = grid.rows[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      const value = cells[column];
      if (typeof value !== "string") continue;
      const pieces = parts(value);
      for (let i = 0; i < pieces.length; i++) {
        const after = nameAfterLabel(pieces[i] ?? "", labels);
        if (after === null) continue;
        const name = after === "" ? null : usableName(after);
        if (name !== null) return { text: name, from: "cell", cell: a1(row, column) };
        const next = pieces[i + 1];
        if (next !== undefined) {
          // The label alone on its line, the name on the next line of the cell.
          if (isLabelled(next)) continue;
          const below = usableName(next);
          if (below !== null) return { text: below, from: "cell", cell: a1(row, column) };
        } else {
          // The label ends the cell: its name is in the next cell to the right.
          const right = nameToTheRight(grid, row, column);
          if (right) return right;
        }
      }
    }
  }
  return null;
}

/** The scorer: a labelled cell above the header, else the file's name (SPEC §2.3). */
export function findScorer(grid: Grid, headerRow: number, context: SheetContext): NameRef {
  return findLabelledName(grid, SCORER_LABELS, headerRow) ?? { text: context.scorerFromFileName, from: "file-name" };
}

/** A layout-A ratee: a labelled cell above the header, else the sheet's name (SPEC §2.3). */
export function findRatee(grid: Grid, headerRow: number): NameRef {
  return findLabelledName(grid, RATEE_LABELS, headerRow) ?? rateeFromSheetName(grid.sheet);
}

/** The ratee a sheet's name gives: its noise removed like a file name's, or as written when nothing is left. */
export function rateeFromSheetName(sheet: string): NameRef {
  const cleaned = scorerFromFileName(sheet);
  return { text: cleaned !== "" ? cleaned : cleanUnitName(sheet), from: "sheet-name" };
}
