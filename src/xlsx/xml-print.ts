/**
 * A sheet's print setup as SpreadsheetML (the direct writer's pages and
 * table sheets alike): fit to pages, A4, margins, the print title over every
 * page with the page number under it, the page breaks, and the print area
 * and repeated rows as the workbook's defined names.
 */
import { cmToInches, type PrintSetup } from "../workbook/ports/page";
import { quoteSheetName } from "../workbook/ports/sink";
import { headerFooterOf } from "./write-page";
import { xmlText } from "./write-xml";
import type { XlsxPackage } from "./xml-package";

/** A4 in SpreadsheetML's `paperSize`. */
const A4 = 9;
/** Excel's header and footer margins, inches. */
const HEADER_FOOTER_INCHES = 0.3;
/** Excel's last column index (0-based), the extent of a row break. */
const LAST_COLUMN = 16383;

/** `<sheetPr>`: fit to pages takes effect only with it. Empty without a print setup. */
export function printSheetPr(print: PrintSetup | undefined): string {
  return print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
}

/** Everything between the hyperlinks and the drawing, in the schema's order: printOptions, pageMargins, pageSetup, headerFooter, rowBreaks. */
export function printXml(print: PrintSetup | undefined): string {
  if (!print) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait"/>';
  const m = print.margins;
  let xml = print.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  xml += `<pageMargins left="${cmToInches(m.left)}" right="${cmToInches(m.right)}" top="${cmToInches(m.top)}" bottom="${cmToInches(m.bottom)}" header="${HEADER_FOOTER_INCHES}" footer="${HEADER_FOOTER_INCHES}"/>`;
  xml += `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitWide}" fitToHeight="${print.fitTall ?? 0}"/>`;
  const headerFooter = headerFooterOf(print);
  if (headerFooter) xml += `<headerFooter><oddHeader>${xmlText(headerFooter.oddHeader ?? "")}</oddHeader><oddFooter>${xmlText(headerFooter.oddFooter ?? "")}</oddFooter></headerFooter>`;
  const breaks = print.rowBreaks ?? [];
  if (breaks.length > 0) xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((row) => `<brk id="${row}" max="${LAST_COLUMN}" man="1"/>`).join("")}</rowBreaks>`;
  return xml;
}

/** The print area and the rows repeated on every printed page, as names local to the sheet (`index` 1-based). */
export function definePrintNames(pkg: XlsxPackage, index: number, name: string, print: PrintSetup | undefined): void {
  const sheet = quoteSheetName(name);
  if (print?.printArea) pkg.defineName("_xlnm.Print_Area", index - 1, `${sheet}!${absolute(print.printArea)}`);
  if (print?.repeatRows) pkg.defineName("_xlnm.Print_Titles", index - 1, `${sheet}!${absoluteRows(print.repeatRows)}`);
}

/** `A1:H40` → `$A$1:$H$40`. */
function absolute(range: string): string {
  return range.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/gi, "$$$1$$$2");
}

/** `7:7` → `$7:$7`. */
function absoluteRows(rows: string): string {
  return rows.replace(/\$/g, "").replace(/(\d+)/g, "$$$1");
}
