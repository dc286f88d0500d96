/**
 * A page (workbook/ports/page.ts) on an exceljs worksheet: the streaming one of
 * ExcelJsSink and the in-memory one of the preview's download alike. The
 * cells, merges, sizes and validations are the same calls on both; the
 * sheet-level parts that the two writers put differently in the XML
 * (protection, print options) are left to each, from `pageSetupOf` and
 * `SHEET_PROTECTION_XML`.
 */
import type { Borders, BorderStyle as ExcelBorderStyle, Cell, CellValue, DataValidation, HeaderFooter, PageSetup, Style, Worksheet } from "exceljs";
import { memoize } from "./memoize";
import { cmToInches, type BorderStyle, type CellStyle, type PageSheetSpec, type PrintSetup } from "../workbook/ports/page";
import { DEFAULT_DATE_FORMAT, groupRectangles, listSource, rangeAddress, resolvePageCells, valueKind, type ResolvedCell } from "../workbook/page-layout";
import type { CellValidation } from "../workbook/validation";
import { MAX_DV_MESSAGE, MAX_DV_TITLE } from "../workbook/excel-rules";
import { cellText } from "./cell-text";

/** Points a row of 11-pt text takes: given to rows that hold only blank, formatted cells, which exceljs's streaming writer would otherwise drop. */
const BLANK_ROW_HEIGHT = 15;
/** A4 in SpreadsheetML's `paperSize`. */
const A4 = 9;
/** Excel's header and footer margins, inches. */
const HEADER_FOOTER_INCHES = 0.3;

/**
 * `<sheetProtection>` without a password, as Excel writes "Protect Sheet" with
 * the default options: locked cells cannot be changed, unlocked ones can,
 * both can be selected.
 */
export const SHEET_PROTECTION_XML = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

/** Writes the page's cells, merges, widths, heights and validations onto `ws` (rows not committed). */
export function writePageCells(ws: Worksheet, page: PageSheetSpec): void {
  for (const [column, width] of Object.entries(page.columnWidths ?? {})) ws.getColumn(Number(column)).width = width;
  const slaves = new Set<string>();
  for (const merge of page.merges ?? []) {
    ws.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) slaves.add(`${r},${c}`);
  }
  const cells = resolvePageCells(page);
  const valued = new Set<number>();
  for (const cell of cells) {
    const target = ws.getCell(cell.row, cell.column);
    if (!slaves.has(`${cell.row},${cell.column}`)) {
      if (setPageValue(target, cell)) valued.add(cell.row);
    }
    target.style = styleOf(cell);
  }
  const heights = page.rowHeights ?? {};
  for (const cell of cells) {
    if (!valued.has(cell.row) && heights[cell.row] === undefined) ws.getRow(cell.row).height = BLANK_ROW_HEIGHT;
  }
  for (const [row, height] of Object.entries(heights)) ws.getRow(Number(row)).height = height;
  for (const row of page.print?.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  addPageValidations(ws, cells);
}

/** Sets the cell's value; false when it is blank. Strings are always text (shared strings, escaped), never formulas. */
function setPageValue(target: Cell, cell: ResolvedCell): boolean {
  const value = valueKind(cell.value);
  let written: CellValue;
  switch (value.kind) {
    case "blank":
      return false;
    case "text":
      written = cellText(value.text);
      break;
    case "number":
      written = value.number;
      break;
    case "boolean":
      written = value.boolean;
      break;
    case "date":
      written = value.serial;
      break;
    case "formula":
      written = value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: typeof value.result === "string" ? cellText(value.result) : value.result };
      break;
  }
  target.value = written;
  return true;
}

/** One exceljs style object per distinct look: exceljs caches styles by identity. */
const styleOfKey = memoize((key: string): Partial<Style> => toExcelJsStyle(JSON.parse(key) as CellStyle & { unlocked: boolean; date: boolean }), 5_000);

function styleOf(cell: ResolvedCell): Partial<Style> {
  const date = valueKind(cell.value).kind === "date";
  return styleOfKey(JSON.stringify({ ...cell.style, unlocked: cell.unlocked, date }));
}

function toExcelJsStyle(style: CellStyle & { unlocked: boolean; date: boolean }): Partial<Style> {
  const out: Partial<Style> = {};
  const f = style.font;
  if (f) {
    out.font = {
      ...(f.name !== undefined ? { name: f.name } : {}),
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.underline !== undefined ? { underline: f.underline } : {}),
      ...(f.color !== undefined ? { color: { argb: argb(f.color) } } : {}),
    };
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const border: Partial<Borders> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const s = style.border[side];
      if (s) border[side] = { style: s satisfies BorderStyle as ExcelBorderStyle };
    }
    out.border = border;
  }
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
  const numFmt = style.numberFormat ?? (style.date ? DEFAULT_DATE_FORMAT : undefined);
  if (numFmt) out.numFmt = numFmt;
  if (style.unlocked) out.protection = { locked: false };
  return out;
}

/** `#1F4E79` → `FF1F4E79`. */
function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

/** One data validation per rectangle of cells that share it. */
function addPageValidations(ws: Worksheet, cells: readonly ResolvedCell[]): void {
  const groups = groupRectangles(cells, (cell) => (cell.validation ? JSON.stringify(cell.validation) : null));
  const validations = (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
  for (const { cells: members, ranges } of groups.values()) {
    const v = (members[0] as ResolvedCell).validation as CellValidation;
    const rule = excelJsValidation(v);
    for (const range of ranges) validations.add(rangeAddress(range), rule);
  }
}

/** A cell validation as exceljs writes it; the tables' columns (table-rules.ts) share it. */
export function excelJsValidation(v: CellValidation): DataValidation {
  return {
    ...(v.kind === "decimal" ? { type: "decimal", operator: "between", formulae: [v.min, v.max] } : { type: "list", formulae: [listSource(v.values)] }),
    allowBlank: true,
    showInputMessage: v.prompt !== undefined,
    ...(v.prompt ? { promptTitle: v.prompt.title.slice(0, MAX_DV_TITLE), prompt: v.prompt.message.slice(0, MAX_DV_MESSAGE) } : {}),
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    ...(v.error ? { errorTitle: v.error.title.slice(0, MAX_DV_TITLE), error: v.error.message.slice(0, MAX_DV_MESSAGE) } : {}),
  } as DataValidation;
}

/**
 * The print title over every printed page and the page number under it, in
 * SpreadsheetML's header codes (`&C` centre, `&P` page, `&N` pages); an `&`
 * of the title is doubled so that it prints as itself.
 */
export function headerFooterOf(print: PrintSetup | undefined): Partial<HeaderFooter> | undefined {
  if (!print?.pageHeader) return undefined;
  const title = print.pageHeader.replace(/&/g, "&&").slice(0, 200);
  return { oddHeader: `&C&"Times New Roman,Bold"&11${title}`, oddFooter: "&CTrang &P/&N" };
}

/**
 * exceljs's page setup for a page: A4, the orientation, margins in inches,
 * fit to N pages wide (tall free unless `fitTall`), the print area (a
 * `_xlnm.Print_Area` defined name, absolute), the rows repeated on each
 * page, centred horizontally (the in-memory writer writes `<printOptions>`
 * for it; the streaming one leaves that to ExcelJsSink).
 */
export function pageSetupOf(print: PrintSetup | undefined): Partial<PageSetup> {
  if (!print) return {};
  return {
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitWide,
    fitToHeight: print.fitTall ?? 0,
    margins: {
      top: cmToInches(print.margins.top),
      bottom: cmToInches(print.margins.bottom),
      left: cmToInches(print.margins.left),
      right: cmToInches(print.margins.right),
      header: HEADER_FOOTER_INCHES,
      footer: HEADER_FOOTER_INCHES,
    },
    // exceljs prefixes each corner's column with `$`; the `$` before the row makes the reference absolute (`$A$1:$H$40`).
    ...(print.printArea ? { printArea: print.printArea.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/gi, "$1$$$2") } : {}),
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows.replace(/\$/g, "") } : {}),
    ...(print.centerHorizontally ? { horizontalCentered: true } : {}),
  };
}
