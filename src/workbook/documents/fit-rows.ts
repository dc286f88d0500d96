import type { PageCell, PageSheetSpec } from "../ports/page";

/**
 * Heights for the rows of wrapped text that a page leaves unset. Excel does
 * not grow a row to the text of a merged cell (and no writer measures text),
 * so a paragraph over the page's width would print as one clipped line.
 * Measured for Times New Roman: a generous estimate, since a row a little
 * tall reads well and a clipped one does not.
 */
export function fitRowHeights(page: PageSheetSpec): PageSheetSpec {
  const widths = page.columnWidths ?? {};
  const heights: Record<number, number> = { ...page.rowHeights };
  const spans = new Map((page.merges ?? []).filter((m) => m.top === m.bottom).map((m) => [`${m.top},${m.left}`, m.right]));
  for (const cell of page.cells) {
    if (page.rowHeights?.[cell.row] !== undefined || typeof cell.value !== "string" || cell.value === "") continue;
    const right = spans.get(`${cell.row},${cell.column}`) ?? cell.column;
    let units = 0;
    for (let c = cell.column; c <= right; c++) units += widths[c] ?? 8.43;
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, heightOf(cell, units, page.defaultFont?.size ?? 11));
  }
  return { ...page, rowHeights: heights };
}

/** Excel's width unit is a digit of the workbook's Calibri 11: 7 px, 96 px an inch. */
const CM_PER_UNIT = (7 * 2.54) / 96;
const CM_PER_POINT = 2.54 / 72;

function heightOf(cell: PageCell, units: number, defaultSize: number): number {
  const font = cell.style?.font ?? {};
  const size = font.size ?? defaultSize;
  const text = cell.value as string;
  const indent = (cell.style?.indent ?? 0) * 0.3;
  const usable = Math.max(1, units * CM_PER_UNIT - 0.2 - indent);
  const lines = text.split("\n").reduce((sum, line) => {
    // Times New Roman's mean advance over Vietnamese text, measured on LibreOffice's PDF: 0.39 em; capitals 0.6 em.
    const caps = line.length > 0 && line === line.toLocaleUpperCase("vi") ? 1.55 : 1;
    const charCm = size * 0.42 * CM_PER_POINT * caps * (font.bold ? 1.08 : 1);
    return sum + (cell.style?.wrap ? Math.max(1, Math.ceil((line.length * charCm) / usable)) : 1);
  }, 0);
  return Math.ceil(lines * size * 1.24 + 4);
}
