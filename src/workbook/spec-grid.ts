/**
 * One of our sheets as the writers lay it out (sheetLayout), read back as a
 * Grid: for a sink that keeps sheets as data (the preview's workbook), so
 * the readers see the cells a downloaded file has, at the same addresses.
 */
import type { CellValue, Grid } from "../core/model/grid";
import { tableHeaders } from "./excel-rules";
import { sheetLayout, type OutputCell, type SheetSpec } from "./ports/sink";

const value = (cell: OutputCell): CellValue => (cell !== null && typeof cell === "object" ? cell.text : cell);

export function sheetSpecGrid(spec: SheetSpec, file: string): Grid {
  const rows: CellValue[][] = [];
  (spec.titleLines ?? []).forEach((line, i) => (rows[i] = [line]));
  for (const placement of sheetLayout(spec)) {
    const caption = placement.captionRow === null ? undefined : spec.moreTables?.find((t) => t.table === placement.table)?.caption;
    if (placement.captionRow !== null && caption !== undefined) rows[placement.captionRow - 1] = [caption];
    rows[placement.headerRow - 1] = tableHeaders(placement.table.columns);
    placement.table.rows.forEach((row, i) => (rows[placement.firstDataRow - 1 + i] = row.map(value)));
  }
  const filled = Array.from(rows, (row) => row ?? []);
  return {
    file,
    sheet: spec.name,
    rows: filled,
    rowCount: filled.length,
    columnCount: Math.max(0, ...filled.map((r) => r.length)),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    hidden: false,
  };
}
