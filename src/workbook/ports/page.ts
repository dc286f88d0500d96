/**
 * Port: a sheet laid out cell by cell, for what an officer prints, signs or
 * sends out rather than filters: the documents of SPEC §7, the ballot of
 * §5.1, the blank scoresheets of §7.1. `SheetSpec` (sink.ts) stays the shape
 * of our Excel tables; this is the shape of a page.
 *
 * Contract every adapter keeps, beside the one of `WorkbookSink`:
 * - a page is ours by its marker (`role`), never by its name: re-writing a
 *   page replaces the page of that name we wrote before, and a user's sheet
 *   of the same name is left alone (ours then gets a free name);
 * - strings are literal text, never formulas; only `FormulaValue` is a formula;
 * - rows and columns are 1-based, as on the printed sheet and in A1.
 */
import type { CellValidation } from "../validation";

/**
 * Port: a sink that writes pages. Beside `WorkbookSink`, not in it: the
 * sinks that write the result tables (ExcelSink, ExcelJsSink, MemoryWorkbook)
 * implement both, but a feature that only prints (the blank scoresheets, the
 * documents) asks for this one alone, and test doubles of the table sink need
 * not learn pages. One call is one batch: Office.js writes it in a small,
 * constant number of requests however many pages it holds.
 */
export interface PageSink {
  writePages(pages: readonly PageSheetSpec[]): Promise<PagesWritten>;
}

/**
 * What a `writePages` could not do although the pages are written: the
 * pages (their sheets' names as written) whose print setup the host
 * refused. Cosmetic, so reported rather than fatal: they print with the
 * host's defaults until the officer sets them in Page Layout.
 */
export interface PagesWritten {
  readonly printSetupFailed: readonly string[];
}

/** A file writer sets the print setup in the file itself: nothing can refuse it. */
export const ALL_PAGES_SET: PagesWritten = { printSetupFailed: [] };

/** What a page is for; adapters mark the sheet with it so a re-run finds its own. */
export type PageRole = "document" | "ballot" | "form" | "instructions";

export interface PageSheetSpec {
  /** Sheet name (≤ 31 characters, adapters make it free and valid). */
  readonly name: string;
  readonly role: PageRole;
  readonly cells: readonly PageCell[];
  readonly merges?: readonly PageRange[];
  /** Widths in characters (Excel's column width), by 1-based column. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  /** Heights in points, by 1-based row; a row not listed keeps Excel's default. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** The font of every cell that does not set its own (documents: Times New Roman 13). */
  readonly defaultFont?: FontSpec;
  readonly print?: PrintSetup;
  /** Protect the sheet (no password): only cells with `unlocked` can be edited. */
  readonly protect?: boolean;
  /** The sheet to show when the workbook opens. */
  readonly active?: boolean;
  /**
   * Pages of one batch of files that share a `shape` differ only in their
   * texts (the blank scoresheets' form, with other names in it): a writer
   * may make the page once and stamp the texts in (xml-page-sheet.ts).
   */
  readonly shape?: string;
}

export interface PageRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PageCell {
  readonly row: number;
  readonly column: number;
  readonly value: PageValue;
  readonly style?: CellStyle;
  readonly validation?: CellValidation;
  /** Editable when the sheet is protected (a score cell of a blank scoresheet). */
  readonly unlocked?: boolean;
}

/** A date is a calendar day (`2022-12-29`), written as an Excel date with `numberFormat`. */
export interface DateValue {
  readonly date: string;
}

/** A formula in A1 notation without the leading `=`, and the value to cache where the writer can. */
export interface FormulaValue {
  readonly formula: string;
  readonly result?: number | string;
}

export type PageValue = string | number | boolean | null | DateValue | FormulaValue;

export interface FontSpec {
  readonly name?: string;
  /** Points. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** `#RRGGBB`. */
  readonly color?: string;
}

export type BorderStyle = "thin" | "medium" | "dotted" | "double";

export interface CellStyle {
  readonly font?: FontSpec;
  /** Background `#RRGGBB`. */
  readonly fill?: string;
  readonly border?: {
    readonly top?: BorderStyle;
    readonly bottom?: BorderStyle;
    readonly left?: BorderStyle;
    readonly right?: BorderStyle;
  };
  readonly horizontal?: "left" | "center" | "right" | "justify";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly indent?: number;
  /** Excel number format (`0.00`, `dd/mm/yyyy`); values stay exact. */
  readonly numberFormat?: string;
}

/** Page setup for printing: A4 and the margins of Decree 30/2020/NĐ-CP by default. */
export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Centimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Scale to this many pages wide (1); tall is free unless `fitTall` is set. */
  readonly fitWide: number;
  readonly fitTall?: number;
  /** The print area, `A1:H40`; the whole used range when absent. */
  readonly printArea?: string;
  /** Rows to repeat at the top of each printed page, `5:6`. */
  readonly repeatRows?: string;
  /** The print title at the top of every printed page (the sheet, the block, the year). */
  readonly pageHeader?: string;
  /** Page breaks: a new page starts after each of these rows (1-based). */
  readonly rowBreaks?: readonly number[];
  readonly centerHorizontally?: boolean;
}

/** Decree 30/2020/NĐ-CP, Appendix I: A4, top and bottom 2 cm, left 3 cm, right 1.5 cm. */
export const DECREE_30_PRINT: PrintSetup = {
  orientation: "portrait",
  margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
  fitWide: 1,
};

/** The result sheets' print setup (SPEC §6): A4, one page wide, narrower margins than a signed document's. */
export const RESULT_SHEET_MARGINS = { top: 1.5, bottom: 1.5, left: 1.5, right: 1 } as const;

/** Centimetres → inches, the unit both Excel APIs take for margins. */
export function cmToInches(cm: number): number {
  return cm / 2.54;
}
