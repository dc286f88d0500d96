/**
 * One worksheet's XML → its values, hidden rows and columns and merges, in
 * one pass that counts cells and rows against the bounds (docs/DECISIONS.md, D2) as it
 * goes. The values are what exceljs 4.4 made of them (see `cellOf`), so the
 * domain sees the same grids as before.
 */
import type { CellError, CellRange, CellValue } from "../../core/model/grid";
import { a1, parseA1 } from "../../core/model/address";
import { memoize } from "../memoize";
import { ReadLimitError, type ReadLimits } from "./limits";
import { unescapeText } from "./workbook-parts";
import { scanXml, type XmlHandler, type XmlTag } from "./xml-scan";

export interface SheetContent {
  /** 0-based rows of values, sparse; a row's trailing blanks dropped. */
  readonly rows: CellValue[][];
  readonly hiddenRows: Set<number>;
  readonly cols: readonly { readonly min: number; readonly max: number }[];
  readonly mergeRefs: readonly string[];
  /** A1 addresses of formulas without a cached result (see Grid.uncomputed). */
  readonly uncomputed: Set<string>;
}

export interface SheetContext {
  /** The sheet being read, for the messages. */
  sheet: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  /** The cells counted so far in the workbook, carried from sheet to sheet. */
  cells: number;
  /** One copy of each distinct text (see read-xlsx.ts). */
  readonly intern: (text: string) => string;
}

/** Where the pass is: only `sheetData`'s `c`, `f`, `v`, `t` are cells (an extension's `xm:f` is not). */
const enum In {
  Outside,
  SheetData,
  Cell,
}

export function readSheetXml(xml: string, context: SheetContext): SheetContent {
  const { limits } = context;
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  const cols: { min: number; max: number }[] = [];
  const mergeRefs: string[] = [];
  let rowCount = 0;
  let where = In.Outside;
  let values: CellValue[] | null = null;
  let column = -1;
  let rowIndex = -1;
  const uncomputed = new Set<string>();

  // The cell being read.
  let address: string | undefined;
  let type: string | undefined;
  let style = -1;
  let formula = false;
  let inValue = false;
  let text: string | undefined;
  let runs: string[] | null = null;
  let inRun = false;

  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, tag: XmlTag) {
      if (where === In.Cell) {
        if (name === "v" || name === "t") {
          inValue = handler.wantsText = true;
        } else if (name === "f") {
          // A shared formula's other cells have an empty <f t="shared" si="…"/>: still a formula.
          formula = formula || tag.attr("t") !== undefined;
          inValue = false;
          handler.wantsText = true;
        } else if (name === "r") {
          runs ??= [];
          inRun = true;
        }
        return;
      }
      if (where === In.SheetData) {
        if (name === "c") {
          if (++context.cells > limits.cells) throw new ReadLimitError("too-many-cells", { sheet: context.sheet, max: limits.cells });
          where = In.Cell;
          address = tag.attr("r");
          type = tag.attr("t");
          const s = tag.attr("s");
          style = s === undefined ? -1 : parseInt(s, 10);
          formula = false;
          text = undefined;
          runs = null;
        } else if (name === "row") {
          if (++rowCount > limits.rows) throw new ReadLimitError("too-many-rows", { sheet: context.sheet, max: limits.rows });
          const number = parseInt(tag.attr("r") ?? "", 10);
          column = -1;
          values = null;
          rowIndex = number - 1;
          if (number >= 1) {
            values = rows[number - 1] = [];
            if (isTrue(tag.attr("hidden"))) hiddenRows.add(number - 1);
          }
        }
        return;
      }
      if (name === "sheetData") {
        where = In.SheetData;
      } else if (name === "col") {
        if (isTrue(tag.attr("hidden"))) cols.push({ min: parseInt(tag.attr("min") ?? "0", 10), max: parseInt(tag.attr("max") ?? "0", 10) });
      } else if (name === "mergeCell") {
        const ref = tag.attr("ref");
        if (ref !== undefined) mergeRefs.push(ref);
      }
    },
    text(piece: string) {
      if (inValue) {
        if (inRun && runs) runs.push(piece);
        else text = text === undefined ? piece : text + piece;
      } else {
        // A formula's own text: only whether there is one matters.
        formula = true;
      }
    },
    close(name: string) {
      if (where === In.Cell) {
        if (name === "c") {
          where = In.SheetData;
          column = address !== undefined ? columnOf(address) : column + 1;
          if (values && column >= 0) {
            const value = cellOf();
            if (value === null && formula && !text && rowIndex >= 0) uncomputed.add(a1(rowIndex, column));
            if (value !== null) put(values, column, typeof value === "string" ? context.intern(value) : value);
          }
        } else if (name === "v" || name === "t" || name === "f") {
          inValue = handler.wantsText = false;
        } else if (name === "r") {
          inRun = false;
        }
      } else if (name === "sheetData") {
        where = In.Outside;
      }
    },
  };

  /** The cell just read, as exceljs 4.4 typed it (its cell-xform parse and reconcile) and cell-value.ts turned it into a CellValue. */
  function cellOf(): CellValue {
    if (runs !== null) text = unescapeText(runs.join("")) + (text ?? "");
    // exceljs looks a style up only when `s` is not 0.
    const isDate = style > 0 && context.dateStyles.has(style);
    if (formula) {
      if (!text) return null;
      const result: unknown =
        type === "str" ? text : type === "b" ? parseInt(text, 10) !== 0 : type === "e" ? errorValue(text) : parseFloat(text);
      // exceljs makes any cached result of a date-formatted cell a Date, even text or an error (then an invalid one).
      return isDate ? toDate(Number(result)) : plain(result);
    }
    if (text === undefined) return null;
    switch (type) {
      case "s": {
        const shared = context.sharedStrings[parseInt(text, 10)];
        return shared === undefined || shared === "" ? null : shared;
      }
      case "str":
      case "inlineStr":
        return text === "" ? null : text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return errorValue(text);
      default: {
        const number = parseFloat(text);
        return isDate ? toDate(number) : plain(number);
      }
    }
  }

  function toDate(serial: number): CellValue {
    const date = new Date(Math.round((serial - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000));
    return Number.isNaN(date.getTime()) ? errorValue("#VALUE!") : date;
  }

  scanXml(xml, handler);
  return { rows, hiddenRows, cols, mergeRefs, uncomputed };
}

function plain(value: unknown): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : errorValue("#NUM!");
  if (typeof value === "string") return value === "" ? null : value;
  return value as CellValue;
}

function put(values: CellValue[], column: number, value: CellValue): void {
  if (column < values.length) {
    values[column] = value;
  } else {
    while (values.length < column) values.push(null);
    values.push(value);
  }
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** `AB12` → 27 (0-based column); -1 when it names none. */
function columnOf(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** Merged ranges, 0-based inclusive, in reading order, each once. */
export function mergesOf(refs: readonly string[]): CellRange[] {
  const merges: CellRange[] = [];
  for (const ref of new Set(refs)) {
    const [from = "", to = from] = ref.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    });
  }
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  return merges;
}

/**
 * Error values are few (`#REF!`, `#DIV/0!`…): one frozen object each, shared
 * by every cell. Bounded, so a file full of made-up codes cannot grow it.
 */
export const errorValue: (code: string) => CellError = memoize((code) => Object.freeze({ error: code }), 64);
