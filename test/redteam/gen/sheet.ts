/**
 * The red team's own sheet model and workbook writer: cells by A1 address,
 * merges, hidden columns, formulas with cached results. Independent of the
 * project's fixture builder and of the engine's readers (only the A1 helper
 * below, written here again).
 */
import ExcelJS from "exceljs";

/** What a cell holds as the officer typed it. */
export type Value =
  | number
  | string
  | boolean
  | Date
  | null
  | { readonly formula: string; readonly result: number | string | { error: string } | null }
  | { readonly error: string };

export interface SheetModel {
  name: string;
  readonly cells: Map<string, Value>;
  readonly merges: string[];
  readonly hiddenColumns: Set<number>;
  state?: "visible" | "hidden";
  /** Images to place (PNG bytes), each at a range such as `B2:D6`. */
  readonly images: { png: Uint8Array; range: string }[];
}

export function sheet(name: string): SheetModel {
  return { name, cells: new Map(), merges: [], hiddenColumns: new Set(), images: [] };
}

/** 1-based column → letters. */
export function col(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 1-based row and column → `C7`. */
export function at(row: number, column: number): string {
  return `${col(column)}${row}`;
}

export function put(model: SheetModel, row: number, column: number, value: Value): string {
  const address = at(row, column);
  if (value === null) model.cells.delete(address);
  else model.cells.set(address, value);
  return address;
}

export function merge(model: SheetModel, top: number, left: number, bottom: number, right: number): void {
  model.merges.push(`${at(top, left)}:${at(bottom, right)}`);
}

export interface BookOptions {
  /** Sheets in this order (writer order). */
  readonly sheets: readonly SheetModel[];
}

/** A 1×1 red PNG, for workbooks with a picture (a logo on the letterhead). */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64",
  ),
);

function excelValue(value: Value): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "object" && !(value instanceof Date)) {
    if ("formula" in value) {
      return { formula: value.formula, result: value.result ?? undefined } as ExcelJS.CellFormulaValue;
    }
    return { error: value.error } as ExcelJS.CellErrorValue;
  }
  return value;
}

/** Writes the sheets to an .xlsx buffer with exceljs. */
export async function workbookBytes(options: BookOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "redteam";
  for (const model of options.sheets) {
    const ws = workbook.addWorksheet(model.name, model.state === "hidden" ? { state: "hidden" } : {});
    for (const [address, value] of model.cells) ws.getCell(address).value = excelValue(value);
    for (const range of model.merges) ws.mergeCells(range);
    for (const c of model.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const image of model.images) {
      const id = workbook.addImage({ buffer: Buffer.from(image.png) as unknown as ExcelJS.Buffer, extension: "png" });
      ws.addImage(id, image.range);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
