/**
 * One cell of exceljs's parsed model → the Grid's CellValue, as the domain reads it: formulas
 * by their cached result, errors kept apart from text, rich text and
 * hyperlinks as their plain text, dates as Date. Numbers typed as text stay
 * text (`"9,5"`): parsing them is the domain's job.
 *
 * Hot path (every cell of every sheet of every file): no allocation beyond
 * what the value itself needs; exceljs's own Date objects are handed on.
 */
import type { CellError, CellValue } from "../../src/core/model/grid";
import { memoize } from "../../src/xlsx/memoize";

/** exceljs's `ValueType` enum; its declaration is a `declare enum`, so the values are repeated here. */
const enum T {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Date = 4,
  Hyperlink = 5,
  Formula = 6,
  SharedString = 7,
  RichText = 8,
  Boolean = 9,
  Error = 10,
}

/**
 * A cell as exceljs's parser leaves it (`type`, `value`, a formula's
 * `result`, a hyperlink's `text`), after its reconciliation: shared strings
 * resolved, rich text typed as such, date-formatted numbers made Dates.
 */
export interface CellModel {
  readonly address?: string;
  readonly type: number;
  readonly value?: unknown;
  readonly result?: unknown;
  readonly text?: unknown;
}

/** The value a cell shows. A cell covered by a merge is left to the caller (it blanks every covered cell). */
export function cellValue(cell: CellModel): CellValue {
  switch (cell.type) {
    case T.Number:
    case T.Boolean:
    case T.String:
    case T.SharedString:
    case T.RichText:
    case T.Error:
    case T.Date:
      return fromUnknown(cell.value);
    case T.Formula:
      return fromUnknown(cell.result);
    case T.Hyperlink:
      // `text` of a hyperlink cell is whatever the cell held: a string, a number, rich text, a formula's result.
      return fromUnknown(cell.text);
    default:
      // Null, and Merge (a `<c>` with neither value nor style).
      return null;
  }
}

/** Any value exceljs may hand over (a value, a formula's result, a hyperlink's text). */
function fromUnknown(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : errorValue("#NUM!");
    case "string":
      return value === "" ? null : value;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return fromDate(value);
  const v = value as { error?: unknown; richText?: unknown; text?: unknown; result?: unknown; formula?: unknown };
  if (typeof v.error === "string") return errorValue(v.error);
  if (Array.isArray(v.richText)) return fromUnknown(joinRichText(v.richText));
  if (v.text !== undefined) return fromUnknown(v.text);
  if ("result" in v || "formula" in v) return fromUnknown(v.result);
  return null;
}

/**
 * exceljs turns a formula's cached result into a Date when the cell has a date
 * format, even when the result was text or an error: that Date is invalid and
 * the original is lost. It is no date and no number, so it becomes an error
 * value, which the domain reports as not a number, pointing at the cell.
 */
function fromDate(value: Date): CellValue {
  return Number.isNaN(value.getTime()) ? errorValue("#VALUE!") : value;
}

function joinRichText(runs: readonly unknown[]): string {
  let s = "";
  for (const run of runs) {
    const text = (run as { text?: unknown } | null)?.text;
    if (typeof text === "string") s += text;
    else if (text !== undefined && text !== null) s += String(text);
  }
  return s;
}

/**
 * Error values are few (`#REF!`, `#DIV/0!`…): one frozen object each, shared
 * by every cell. Bounded, so a file full of made-up codes cannot grow it.
 */
const errorValue: (code: string) => CellError = memoize((code) => Object.freeze({ error: code }), 64);
