/** A .xlsx's sheets as the double holds them (exceljs): what `insertWorksheetsFromBase64` brings and what a test puts in as a user's sheet. */
import ExcelJS from "exceljs";
import { OfficeError, parseBox, boxAddress } from "./base";
import { Stored, FakeSheet } from "./sheet";

// ------------------------------------------------------------ .xlsx → sheets

export const BORDER_SIDES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/**
 * A workbook's sheets as the fake holds them, read with exceljs: what
 * `insertWorksheetsFromBase64` brings (all of them, or those named), and
 * what a test puts in the open workbook as a user's formatted sheet. Formats
 * under the names the Office.js writers set (`font.bold`, `fill.color`,
 * `border.EdgeTop.style`, `horizontalAlignment`…), one entry per cell;
 * widths in points as Office.js sets them.
 */
export async function sheetsFromXlsx(bytes: Buffer | Uint8Array, names?: readonly string[]): Promise<FakeSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const wanted = names && names.length > 0 ? names : workbook.worksheets.map((w) => w.name);
  return wanted.map((name) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new OfficeError("ItemNotFound", `the file has no sheet ${name}`);
    return fakeSheetOf(ws);
  });
}

export function fakeSheetOf(ws: ExcelJS.Worksheet): FakeSheet {
  const sheet = new FakeSheet(ws.name, ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible");
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) sheet.rowHeights.set(r - 1, row.height);
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const covered = cell.isMerged && cell.master.address !== cell.address;
      const value = covered ? undefined : storedOf(cell.value);
      if (value !== undefined) sheet.set(r - 1, c - 1, value);
      if (cell.numFmt && cell.numFmt !== "General") (sheet.formats[r - 1] ??= [])[c - 1] = cell.numFmt;
      const look = lookOf(cell);
      if (Object.keys(look).length > 0) sheet.cellFormats.set(boxAddress({ top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 }), look);
    });
  });
  ws.columns?.forEach((column, i) => {
    if (column.width !== undefined) sheet.columnWidths.set(i, Math.round((column.width * 7 + 5) * 0.75 * 100) / 100);
  });
  const merges = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  sheet.merges = Object.values(merges).map(({ model: m }) => boxAddress({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  const area = ws.pageSetup.printArea;
  if (area) sheet.pageLayout["printArea"] = boxAddress(parseBox(area.replace(/\$/g, "")));
  return sheet;
}

export function storedOf(value: ExcelJS.CellValue): Stored | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value !== "object") return value;
  if ("formula" in value && value.formula) return { formula: `=${value.formula}` };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return { error: String(value.error) };
  if ("result" in value) return storedOf(value.result as ExcelJS.CellValue);
  return undefined;
}

export function lookOf(cell: ExcelJS.Cell): Record<string, unknown> {
  const look: Record<string, unknown> = {};
  const f = cell.font;
  if (f?.name) look["font.name"] = f.name;
  if (f?.size) look["font.size"] = f.size;
  if (f?.bold) look["font.bold"] = true;
  if (f?.italic) look["font.italic"] = true;
  if (f?.underline) look["font.underline"] = "Single";
  if (f?.color?.argb) look["font.color"] = `#${f.color.argb.slice(2)}`;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) look["fill.color"] = `#${fill.fgColor.argb.slice(2)}`;
  for (const [side, edge] of Object.entries(BORDER_SIDES)) {
    const style = cell.border?.[side as keyof typeof BORDER_SIDES]?.style;
    if (style) look[`border.${edge}.style`] = style === "dotted" ? "Dot" : style === "double" ? "Double" : "Continuous";
  }
  const a = cell.alignment;
  if (a?.horizontal) look["horizontalAlignment"] = a.horizontal[0]?.toUpperCase() + a.horizontal.slice(1);
  if (a?.vertical) look["verticalAlignment"] = a.vertical === "middle" ? "Center" : a.vertical[0]?.toUpperCase() + a.vertical.slice(1);
  if (a?.wrapText) look["wrapText"] = true;
  return look;
}
