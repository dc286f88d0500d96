import { columnWidths } from "./excel-rules";
import { RESULT_SHEET_MARGINS, type PrintSetup } from "./ports/page";
import { sheetLayout, type SheetSpec, type TablePlacement } from "./ports/sink";

/** Excel width units that fit across A4 portrait within the result sheets' margins (18 cm); wider tables print landscape. */
const PORTRAIT_UNITS = 95;

/**
 * Every sheet we write prints (SPEC §6, issue 21): A4, one page wide, the
 * main table's header row repeated on every page, landscape where the table
 * is wider than a portrait page (Tổng hợp with a column per scorer), and a
 * print title naming the sheet, the block and the year.
 */
export function printable(sheet: SheetSpec, blockLine: string | null): SheetSpec {
  const placements = sheetLayout(sheet);
  const header = (placements[0] as TablePlacement).headerRow;
  const width = columnWidths(placements).reduce((a, b) => a + b, 0);
  const print: PrintSetup = {
    orientation: width > PORTRAIT_UNITS ? "landscape" : "portrait",
    margins: RESULT_SHEET_MARGINS,
    fitWide: 1,
    repeatRows: `${header}:${header}`,
    pageHeader: blockLine ? `${sheet.name} — ${blockLine}` : sheet.name,
  };
  return { ...sheet, print };
}
