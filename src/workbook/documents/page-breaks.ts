import type { PageCell, PageSheetSpec } from "../ports/page";

const A4_HEIGHT_CM = 29.7;
/** A row nobody sized: Excel's default for the documents' 13-pt font. */
const DEFAULT_ROW_POINTS = 17;

/**
 * Page breaks that keep each table's header row with the row under it
 * (SPEC §7: a header never stands alone at the foot of a page). The rows'
 * heights are the page's own (fit-rows.ts gives every row of text one), so
 * where the printed page ends is known; a header row that would end a page
 * gets a break before it. A header row is a row of bordered, bold cells
 * over a bordered row.
 */
export function keepHeadersWithRows(page: PageSheetSpec): PageSheetSpec {
  if (!page.print) return page;
  const byRow = new Map<number, PageCell[]>();
  for (const cell of page.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const lastRow = Math.max(0, ...byRow.keys());
  const height = (row: number) => page.rowHeights?.[row] ?? DEFAULT_ROW_POINTS;
  const bordered = (row: number) => (byRow.get(row) ?? []).some((c) => c.style?.border?.left || c.style?.border?.right);
  const isHeader = (row: number) => bordered(row) && bordered(row + 1) && (byRow.get(row) ?? []).every((c) => c.value === "" || c.value === null || c.style?.font?.bold === true);
  const usable = ((A4_HEIGHT_CM - page.print.margins.top - page.print.margins.bottom) / 2.54) * 72;
  const breaks: number[] = [];
  let used = 0;
  let header: number | null = null;
  let repeat: number | null = null;
  for (let row = 1; row <= lastRow; row++) {
    const h = height(row);
    if (isHeader(row)) {
      header = row;
      if (used > 0 && used + h + height(row + 1) > usable) {
        breaks.push(row - 1);
        used = 0;
      }
    } else if (!bordered(row)) {
      header = null;
    }
    // Where the page fills up by itself, the next one starts with this row; inside a table, under its header repeated.
    if (used > 0 && used + h > usable) {
      used = 0;
      if (header !== null && repeat === null) {
        repeat = header;
        used = height(header);
      }
    }
    used += h;
  }
  if (breaks.length === 0 && repeat === null) return page;
  // A sheet repeats one run of rows: the header of the first table that goes on to a new page.
  return { ...page, print: { ...page.print, ...(breaks.length > 0 ? { rowBreaks: breaks } : {}), ...(repeat !== null ? { repeatRows: `${repeat}:${repeat}` } : {}) } };
}
