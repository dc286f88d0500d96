import { fillGrid } from "../../core/documents/fill-grid";
import type { DocumentValues } from "../../core/documents/values";
import { makeGrid, type CellValue } from "../../core/model/grid";
import type { Issue } from "../../core/model/issue";
import type { PageCell, PageSheetSpec, PageValue } from "../ports/page";

/**
 * A page written as a template (the built-in documents) filled by the same
 * engine as a block's own template sheet: its placeholder rows repeat with
 * their styles and heights, the rows below move down with their merges.
 */
export function fillPage(template: PageSheetSpec, values: DocumentValues): { page: PageSheetSpec; issues: readonly Issue[] } {
  const rowCount = Math.max(0, ...template.cells.map((c) => c.row));
  const rows: CellValue[][] = Array.from({ length: rowCount }, () => []);
  for (const cell of template.cells) {
    const row = rows[cell.row - 1] as CellValue[];
    row[cell.column - 1] = typeof cell.value === "string" ? cell.value : null;
  }
  const grid = makeGrid("", template.name, rows, { merges: (template.merges ?? []).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 })) });
  const plan = fillGrid(grid, values);

  const byRow = new Map<number, PageCell[]>();
  for (const cell of template.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const filled = new Map(plan.cells.map((c) => [`${c.row + 1},${c.column + 1}`, c]));
  const cells: PageCell[] = [];
  const rowHeights: Record<number, number> = {};
  plan.rowSources.forEach((source, out) => {
    const row = out + 1;
    const height = template.rowHeights?.[source + 1];
    if (height !== undefined) rowHeights[row] = height;
    for (const cell of byRow.get(source + 1) ?? []) {
      const fill = filled.get(`${row},${cell.column}`);
      if (!fill) {
        cells.push({ ...cell, row });
        continue;
      }
      const value: PageValue = fill.value;
      const style = fill.numberFormat ? { ...cell.style, numberFormat: fill.numberFormat } : cell.style;
      cells.push({ ...cell, row, value, ...(style ? { style } : {}) });
    }
  });
  const lastRow = plan.rowSources.length;
  const page: PageSheetSpec = {
    ...template,
    cells,
    merges: plan.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })),
    rowHeights,
    ...(template.print ? { print: { ...template.print, printArea: `A1:${lastColumnLetter(template)}${lastRow}` } } : {}),
  };
  return { page, issues: plan.issues };
}

function lastColumnLetter(page: PageSheetSpec): string {
  const last = Math.max(1, ...page.cells.map((c) => c.column), ...(page.merges ?? []).map((m) => m.right));
  return String.fromCharCode(64 + Math.min(26, last));
}
