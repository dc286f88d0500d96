/**
 * A page (workbook/ports/page.ts) as straight SpreadsheetML, into the direct
 * writer's package: cells with their looks, merges, widths, heights,
 * validations, protection and the print setup (A4, margins, fit to width,
 * the print area and the rows repeated on each printed page as defined
 * names).
 *
 * Stamped, not rebuilt: the blank scoresheets of a block are the same form
 * sheet with other names in it (64 workbooks of 64 sheets at L). A page's
 * XML is made once per *shape* — everything but its texts — and each page of
 * that shape is the made XML with its own texts' shared-string indices put
 * in the slots its text cells left. A `PageStamps` keeps the shapes made;
 * one serves every package that shares its style registry.
 */
import { columnLetters } from "../core/model/address";
import { DEFAULT_DATE_FORMAT, groupRectangles, rangeAddress, resolvePageCells, valueKind, type ResolvedCell } from "../workbook/page-layout";
import type { PageCell, PageSheetSpec } from "../workbook/ports/page";
import type { CellValidation } from "../workbook/validation";
import { cellText } from "./cell-text";
import { SHEET_PROTECTION_XML } from "./write-page";
import { xmlText, XML_HEAD } from "./write-xml";
import { definePrintNames, printSheetPr, printXml } from "./xml-print";
import type { XlsxPackage } from "./xml-package";
import type { Look, StyleRegistry } from "./xml-styles";
import { validationXml } from "./xml-table-sheet";

/** Shapes kept at once: a block's forms need two (self, cross), the instructions one per member. */
const MAX_SHAPES = 64;

/** A page's XML with holes: `pieces[i]` then the shared string of text cell `slots[i]` (an index into `page.cells`), …, then the last piece. */
interface Shape {
  readonly pieces: readonly string[];
  readonly slots: readonly number[];
}

/** The shapes made, by their key; for one style registry. */
export class PageStamps {
  private readonly shapes = new Map<string, Shape>();
  made = 0;
  stamped = 0;

  constructor(readonly styles: StyleRegistry) {}

  shapeOf(page: PageSheetSpec): Shape {
    const key = shapeKey(page);
    let shape = this.shapes.get(key);
    if (shape) {
      this.stamped++;
      return shape;
    }
    shape = makeShape(page, this.styles);
    this.made++;
    if (this.shapes.size >= MAX_SHAPES) this.shapes.delete(this.shapes.keys().next().value as string);
    this.shapes.set(key, shape);
    return shape;
  }
}

/** Writes the page under `name` (already free); selected when `active`. */
export function writePageSheet(pkg: XlsxPackage, page: PageSheetSpec, name: string, active: boolean, stamps: PageStamps): void {
  if (stamps.styles !== pkg.styles) throw new Error("writePageSheet: the stamps were made for another style registry");
  const shape = stamps.shapeOf(active === (page.active === true) ? page : { ...page, active });
  const ws = pkg.beginSheet(name);
  const { pieces, slots } = shape;
  for (let i = 0; i < slots.length; i++) {
    ws.write(pieces[i] as string);
    const cell = page.cells[slots[i] as number] as PageCell;
    ws.write(String(pkg.sharedString(cell.value as string)));
  }
  ws.write(pieces[pieces.length - 1] as string);
  ws.end();
  definePrintNames(pkg, ws.index, name, page.print);
}

/**
 * Everything of the page that its XML holds, its texts left out (each marked
 * `[]`, which no value is); or, for a page that names its shape, that name
 * with what would tell two shapes of one name apart.
 */
function shapeKey(page: PageSheetSpec): string {
  if (page.shape !== undefined) return JSON.stringify(["shape", page.shape, page.cells.length, page.merges?.length ?? 0, page.active ? 1 : 0]);
  return JSON.stringify([
    page.cells.map((c) => [c.row, c.column, typeof c.value === "string" && c.value !== "" ? [] : c.value, c.style ?? 0, c.validation ?? 0, c.unlocked ? 1 : 0]),
    page.merges ?? 0,
    page.columnWidths ?? 0,
    page.rowHeights ?? 0,
    page.defaultFont ?? 0,
    page.print ? { ...page.print, printArea: 0, repeatRows: 0 } : 0,
    page.protect ? 1 : 0,
    page.active ? 1 : 0,
  ]);
}

function makeShape(page: PageSheetSpec, styles: StyleRegistry): Shape {
  const pieces: string[] = [];
  const slots: number[] = [];
  let xml = "";
  const print = page.print;
  xml += `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;
  xml += printSheetPr(print);
  xml += `<sheetViews><sheetView workbookViewId="0"${page.active ? ' tabSelected="1"' : ""}/></sheetViews>`;
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = Object.entries(page.columnWidths ?? {})
    .map(([c, w]) => [Number(c), w] as const)
    .sort((a, b) => a[0] - b[0]);
  if (widths.length > 0) xml += `<cols>${widths.map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`).join("")}</cols>`;

  // Where each resolved cell came from in `page.cells`: its text goes in that slot.
  const indexOf = new Map<string, number>();
  page.cells.forEach((cell, i) => indexOf.set(`${cell.row},${cell.column}`, i));
  const slaves = new Set<string>();
  for (const merge of page.merges ?? []) {
    for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) slaves.add(`${r},${c}`);
  }
  const cells = resolvePageCells(page);
  const heights = page.rowHeights ?? {};
  const rows = new Map<number, ResolvedCell[]>();
  for (const cell of cells) {
    let row = rows.get(cell.row);
    if (!row) rows.set(cell.row, (row = []));
    row.push(cell);
  }
  for (const r of Object.keys(heights).map(Number)) if (!rows.has(r)) rows.set(r, []);
  xml += "<sheetData>";
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const height = heights[r];
    xml += `<row r="${r}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    for (const cell of rows.get(r) as ResolvedCell[]) {
      const key = `${cell.row},${cell.column}`;
      const value = slaves.has(key) ? ({ kind: "blank" } as const) : valueKind(cell.value);
      const style = styles.xf(lookOf(cell, value.kind === "date"));
      const head = `<c r="${columnLetters(cell.column - 1)}${cell.row}"${style ? ` s="${style}"` : ""}`;
      switch (value.kind) {
        case "blank":
          xml += `${head}/>`;
          break;
        case "text":
          xml += `${head} t="s"><v>`;
          pieces.push(xml);
          slots.push(indexOf.get(key) as number);
          xml = "</v></c>";
          break;
        case "number":
          xml += `${head}><v>${value.number}</v></c>`;
          break;
        case "boolean":
          xml += `${head} t="b"><v>${value.boolean ? 1 : 0}</v></c>`;
          break;
        case "date":
          xml += `${head}><v>${value.serial}</v></c>`;
          break;
        case "formula": {
          const result = value.result;
          const text = typeof result === "string";
          xml += `${head}${text ? ' t="str"' : ""}><f>${xmlText(value.formula)}</f>${result === undefined ? "" : `<v>${text ? xmlText(cellText(result)) : result}</v>`}</c>`;
          break;
        }
      }
    }
    xml += "</row>";
  }
  xml += "</sheetData>";
  if (page.protect) xml += SHEET_PROTECTION_XML;
  const merges = page.merges ?? [];
  if (merges.length > 0) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`;
  const validations = pageValidations(cells);
  if (validations.length > 0) xml += `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`;
  xml += printXml(print);
  xml += "</worksheet>";
  pieces.push(xml);
  return { pieces, slots };
}

function lookOf(cell: ResolvedCell, date: boolean): Look {
  const s = cell.style;
  const numberFormat = s.numberFormat ?? (date ? DEFAULT_DATE_FORMAT : undefined);
  return {
    ...(s.font ? { font: s.font } : {}),
    ...(s.fill ? { fill: s.fill } : {}),
    ...(s.border ? { border: s.border } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(s.horizontal ? { horizontal: s.horizontal } : {}),
    ...(s.vertical ? { vertical: s.vertical } : {}),
    ...(s.wrap ? { wrap: true } : {}),
    ...(s.indent ? { indent: s.indent } : {}),
    ...(cell.unlocked ? { unlocked: true } : {}),
  };
}

/** One data validation per rectangle of cells that share it. */
function pageValidations(cells: readonly ResolvedCell[]): string[] {
  const groups = groupRectangles(cells, (cell) => (cell.validation ? JSON.stringify(cell.validation) : null));
  const out: string[] = [];
  for (const { cells: members, ranges } of groups.values()) {
    const v = (members[0] as ResolvedCell).validation as CellValidation;
    for (const range of ranges) out.push(validationXml(v, rangeAddress(range)));
  }
  return out;
}
