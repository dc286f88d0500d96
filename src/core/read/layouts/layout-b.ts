/**
 * Layout B (SPEC §2.3), the matrix: one sheet scores every ratee, so each
 * ratee column is read as its own cross sheet, as layout A's tabs are.
 *
 * - **Ratee columns**: every labelled header column that is not the
 *   numbering, text, max or allowed-values column, bears no score label of
 *   layout A and no ignored label (*Ghi chú*, *Minh chứng*…), and is not
 *   blank (`score-columns.ts`). Its label is the ratee's name as written
 *   (`from: "column"`, the header cell's address); under a two-row header
 *   the sub-header names it (*Điểm chấm các đơn vị* over *CTĐ | Luật gia*).
 *   Each gives one cross sheet, filled or not (a blank column is a ratee
 *   not scored yet: `SCORE_MISSING` later).
 * - **Hidden columns** are read like the others (SPEC §2.3): hiding a column
 *   does not delete the scores in it.
 * - **Self column**: the first *Tự chấm* column holding a number in a leaf
 *   row gives the self sheet (ratee `null`); a blank one gives none (the
 *   unit may self-score elsewhere). Cross-labelled columns (*Khối chấm*) in
 *   a matrix name no ratee and are not read.
 * - **The scorer**: as in layout A (SPEC §2.3).
 * - Sheets come in column order. The table's rows are read and mapped once,
 *   then each column is read against them.
 * - **Not layout B** (`null`): no criteria header; no ratee column; no row
 *   of the sheet's table maps to a leaf of the block's criteria; or the sheet is a
 *   per-ratee sheet (`isMatrix` false: a *Khối chấm* column and extra
 *   labelled columns holding no number), left to layout A.
 */
import { a1, columnLetters } from "../../model/address";
import type { Grid } from "../../model/grid";
import { mergeAt } from "../../model/grid";
import type { ScoreKind } from "../../model/scoresheet";
import { cleanUnitName } from "../units/unit-name";
import type { CriteriaHeader, HeaderColumn } from "../criteria/criteria-header";
import type { LayoutReader, NameRef, RawScoresheet, SheetContext } from "./layout";
import { classifyColumns, columnName, firstWithNumber, isMatrix } from "./score-columns";
import { findScorer } from "../units/scorer-ratee";
import type { SheetTable } from "./table-rows";
import { findCriteriaHeader } from "../criteria/criteria-header";
import { readScoreColumn, readSheetTable } from "./table-rows";
import type { ReadCache } from "../read-cache";

/** The A1 address of the cell that holds a column's naming label (a merge's top-left cell). */
function headerCell(grid: Grid, header: CriteriaHeader, column: HeaderColumn): string {
  const fromSub = column.label.sub !== undefined && columnName(column) === column.label.sub;
  const row = fromSub ? header.lastHeaderRow : header.headerRow;
  const merge = mergeAt(grid, row, column.column);
  return merge ? a1(merge.top, merge.left) : a1(row, column.column);
}

function sheetFor(
  grid: Grid,
  table: SheetTable,
  column: number,
  kind: ScoreKind,
  scorer: NameRef,
  ratee: NameRef | null,
  cache: ReadCache,
): RawScoresheet {
  const read = readScoreColumn(grid, table, column, cache);
  return {
    layout: "B",
    file: grid.file,
    sheet: grid.sheet,
    scorer,
    ratee,
    kind,
    column: columnLetters(column),
    scores: read.scores,
    absentLeaves: table.absentLeaves,
    printedMaxima: table.printedMaxima,
    printedSubtotals: read.printedSubtotals,
    unknownRows: read.unknownRows,
  };
}

export const layoutB: LayoutReader = {
  layout: "B",
  scores: "per-criterion",
  read(grid: Grid, context: SheetContext): RawScoresheet[] | null {
    const header = findCriteriaHeader(grid, context.cache);
    if (!header) return null;
    const columns = classifyColumns(header);
    if (columns.other.length === 0) return null;
    const table = readSheetTable(grid, context);
    if (!table || table.leaves.length === 0) return null;
    if (!isMatrix(grid, columns, table)) return null;

    const scorer = findScorer(grid, table.header.headerRow, context);
    const self = firstWithNumber(grid, table, columns.self);
    const reads: { column: number; sheet: RawScoresheet }[] = columns.other.map((column) => ({
      column: column.column,
      sheet: sheetFor(grid, table, column.column, "cross", scorer, {
        text: cleanUnitName(columnName(column)),
        from: "column",
        cell: headerCell(grid, table.header, column),
      }, context.cache),
    }));
    if (self) reads.push({ column: self.column, sheet: sheetFor(grid, table, self.column, "self", scorer, null, context.cache) });
    return reads.sort((a, b) => a.column - b.column).map((r) => r.sheet);
  },
};
