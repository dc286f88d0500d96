/**
 * Layout A (SPEC §2.3): one sheet per ratee, the criteria table plus one
 * score column.
 *
 * - **The score column.** A cross- or self-score label (SPEC §2.3;
 *   `score-columns.ts`). The leader's
 *   template often has both (*Tối đa | Tự chấm | Khối chấm*): a unit scoring
 *   another fills *Khối chấm* and leaves *Tự chấm* blank; a unit scoring
 *   itself fills *Tự chấm*. So: the cross column when it holds a number in
 *   a leaf row; else the self column when it does; when both do, the sheet
 *   gives the cross sheet and then the self sheet (the checks sort them
 *   out); when neither does, the cross column (all blank: `SCORE_MISSING`
 *   later), or the self column on a sheet that has only that. Among several
 *   columns of one kind, the most recent holding a number (a label without
 *   a year is this round's, then the latest year: *Điểm chấm* before *Điểm
 *   2025*), else the most recent.
 *   Subtotal and total rows do not count as holding a number: a template's
 *   `=SUM()` shows a cached 0 there.
 * - **The ratee.** As SPEC §2.3 says; a self sheet's ratee is `null`, the
 *   scorer itself. Beyond the spec: a sheet that names no ratee above its header and whose name is a
 *   self-score label (a tab *Tự chấm*, *Tự đánh giá*) is the scorer's self
 *   sheet whatever its column is labelled: members copy the template's one
 *   *Điểm chấm* column onto every tab, and the tab's name is the only one
 *   that names a ratee, here the scorer itself.
 * - **The scorer.** As SPEC §2.3 says (`scorer-ratee.ts`).
 * - **Not layout A** (`null`): no criteria header; no score column; no row
 *   of the sheet's table maps to a leaf of the block's criteria (another
 *   table: a shared `I`, `1` alone does not make it the block's); or
 *   the sheet is a matrix (`isMatrix`: columns named after ratees), left to
 *   layout B.
 */
import { columnLetters } from "../../model/address";
import type { Grid } from "../../model/grid";
import type { ScoreKind } from "../../model/scoresheet";
import type { HeaderColumn } from "../criteria/criteria-header";
import type { LayoutReader, NameRef, RawScoresheet, SheetContext } from "./layout";
import { classifyColumns, firstWithNumber, isMatrix, isSelfScoreLabel } from "./score-columns";
import { findRatee, findScorer } from "../units/scorer-ratee";
import type { SheetTable } from "./table-rows";
import { findCriteriaHeader } from "../criteria/criteria-header";
import { readScoreColumn, readSheetTable } from "./table-rows";

interface ColumnPick {
  readonly column: HeaderColumn;
  readonly kind: ScoreKind;
}

/** The score columns a layout-A sheet is read from, cross first. */
function pickColumns(grid: Grid, table: SheetTable, cross: readonly HeaderColumn[], self: readonly HeaderColumn[]): ColumnPick[] {
  const crossFilled = firstWithNumber(grid, table, cross);
  const selfFilled = firstWithNumber(grid, table, self);
  const picks: ColumnPick[] = [];
  if (crossFilled) picks.push({ column: crossFilled, kind: "cross" });
  if (selfFilled) picks.push({ column: selfFilled, kind: "self" });
  if (picks.length > 0) return picks;
  const fallbackCross = cross[0];
  if (fallbackCross) return [{ column: fallbackCross, kind: "cross" }];
  const fallbackSelf = self[0];
  return fallbackSelf ? [{ column: fallbackSelf, kind: "self" }] : [];
}

export const layoutA: LayoutReader = {
  layout: "A",
  scores: "per-criterion",
  read(grid: Grid, context: SheetContext): RawScoresheet[] | null {
    const header = findCriteriaHeader(grid, context.cache);
    if (!header) return null;
    const columns = classifyColumns(header);
    if (columns.cross.length === 0 && columns.self.length === 0) return null;
    const table = readSheetTable(grid, context);
    if (!table || table.leaves.length === 0) return null;
    if (isMatrix(grid, columns, table)) return null;

    let picks = pickColumns(grid, table, columns.cross, columns.self);
    if (picks.length === 0) return null;
    const scorer = findScorer(grid, table.header.headerRow, context);
    const crossRatee: NameRef | null = picks.some((p) => p.kind === "cross")
      ? findRatee(grid, table.header.headerRow)
      : null;
    if (crossRatee?.from === "sheet-name" && isSelfScoreLabel(grid.sheet)) {
      // One self sheet: its self-labelled column when filled, else the column it has.
      picks = [{ ...(picks.find((p) => p.kind === "self") ?? picks[0]!), kind: "self" }];
    }

    return picks.map(({ column, kind }) => {
      const read = readScoreColumn(grid, table, column.column, context.cache);
      return {
        layout: "A",
        file: grid.file,
        sheet: grid.sheet,
        scorer,
        ratee: kind === "self" ? null : crossRatee,
        kind,
        column: columnLetters(column.column),
        scores: read.scores,
        absentLeaves: table.absentLeaves,
        printedMaxima: table.printedMaxima,
        printedSubtotals: read.printedSubtotals,
        unknownRows: read.unknownRows,
      };
    });
  },
};
