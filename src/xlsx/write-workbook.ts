/**
 * The WorkbookSink of `--out` and of the pane's *Tải kết quả*: a NEW `.xlsx`
 * written as straight SpreadsheetML into a streamed zip (xml-package.ts).
 * Each SheetSpec becomes a sheet laid out by `sheetLayout` (xml-table-sheet.ts):
 * title lines, then real Excel tables (`tdSummary`…) with their style, the
 * header row frozen, column widths, one number format per column (values at
 * full precision), internal hyperlinks, conditional formats, data
 * validation, and the chart of a sheet that has one. Pages (workbook/ports/page.ts)
 * are written by xml-page-sheet.ts; a sink given only pages makes a file of
 * pages (the blank scoresheets, the documents).
 *
 * Text is always text: every string goes into the shared strings table, so a
 * unit named `=HYPERLINK("http://x")`, `+84…`, `-Hội` or `@x` is a string
 * cell, never a formula. Strings are made safe for XML, a literal `_xHHHH_`
 * is escaped so Excel does not decode it, and text longer than Excel's
 * 32,767 characters a cell is cut there (cell-text.ts). Numbers that are not
 * finite are written as blanks.
 *
 * Why not exceljs (issue 24): its streaming writer spent 38% of a `rank
 * --out` at L building, rendering and encoding a model per cell
 * (write-workbook-exceljs.ts, kept as the reference the differential test
 * compares with), and the pane's in-memory one froze the page and ran out of
 * memory at 100 units. A row here is a few string concatenations.
 */
import { ALL_PAGES_SET, type PageSheetSpec, type PageSink, type PagesWritten } from "../workbook/ports/page";
import type { SheetSpec, WorkbookSink } from "../workbook/ports/sink";
import { freeSheetName } from "../workbook/excel-rules";
import { XlsxPackage, type PackageOptions } from "./xml-package";
import { PageStamps, writePageSheet } from "./xml-page-sheet";
import { tableSheetSlices, writeTableSheet } from "./xml-table-sheet";
import { isRowsStandIn, sheetKey, type PreparedSheet } from "./prepared-sheet";

export interface XlsxSinkOptions extends PackageOptions {
  /** Page shapes shared with other sinks of the same style registry (the blank scoresheets of a block). */
  readonly stamps?: PageStamps;
  /**
   * Called after each slice of a large table's rows (xml-table-sheet.ts,
   * SLICE_ROWS) and after each sheet, and awaited when it returns a
   * promise: the pane's main-thread fallback yields to the page there, the
   * pane's worker reports progress (issue 24).
   */
  readonly onSlice?: (progress: { readonly sheet: number; readonly sheets: number; readonly rows: number }) => Promise<void> | void;
  /**
   * A sheet written ahead (prepared-sheet.ts): the package begins with its
   * strings and looks, and the sheet of its key, given with its rows'
   * stand-in, takes its part as it was made.
   */
  readonly prepared?: PreparedSheet;
}

export class XlsxSink implements WorkbookSink, PageSink {
  private readonly pkg: XlsxPackage;
  private readonly stamps: PageStamps;
  private readonly onSlice: XlsxSinkOptions["onSlice"];
  private readonly usedNames = new Set<string>();
  /** Each SheetSpec name → the name its sheet got, over every batch (the latest wins). */
  private readonly actualNames = new Map<string, string>();
  private readonly tableNames = new Set<string>();
  private activeSet = false;
  private done = false;
  /** Until the sheet it was written for is. */
  private prepared: PreparedSheet | undefined;

  constructor(options: XlsxSinkOptions = {}) {
    const styles = options.stamps?.styles ?? options.styles;
    this.pkg = new XlsxPackage({ ...options, ...(styles ? { styles } : {}) });
    this.stamps = options.stamps ?? new PageStamps(this.pkg.styles);
    this.onSlice = options.onSlice;
    this.prepared = options.prepared;
    if (this.prepared) this.pkg.seed(this.prepared);
  }

  async writeSheets(sheets: readonly SheetSpec[]): Promise<void> {
    this.checkOpen();
    // Names first: a link may point at a sheet of this batch written after it.
    const actual = sheets.map((sheet) => freeSheetName(sheet.name, this.usedNames));
    const firstOfBatch = new Set<string>();
    sheets.forEach((sheet, i) => {
      if (firstOfBatch.has(sheet.name)) return;
      firstOfBatch.add(sheet.name);
      this.actualNames.set(sheet.name, actual[i] as string);
    });
    for (const [i, sheet] of sheets.entries()) {
      const active = sheet.active === true && !this.activeSet;
      const ahead = this.preparedFor(sheet);
      const context = { tableNames: this.tableNames, names: this.actualNames, ...(ahead ? { part: { ahead } } : {}) };
      const onSlice = this.onSlice;
      if (onSlice) {
        for (const rows of tableSheetSlices(this.pkg, sheet, actual[i] as string, context, sheet.active === true)) await onSlice({ sheet: i, sheets: sheets.length, rows });
        await onSlice({ sheet: i + 1, sheets: sheets.length, rows: 0 });
      } else writeTableSheet(this.pkg, sheet, actual[i] as string, context, sheet.active === true);
      if (active) this.markActive();
    }
  }

  /**
   * Pages go after the sheets written before them, each under a free name
   * (the file is new: a name given twice, or one a table sheet took, gets
   * ` (2)`).
   */
  async writePages(pages: readonly PageSheetSpec[]): Promise<PagesWritten> {
    this.checkOpen();
    for (const page of pages) {
      const name = freeSheetName(page.name, this.usedNames);
      const active = page.active === true && !this.activeSet;
      writePageSheet(this.pkg, page, name, active, this.stamps);
      if (active) this.markActive();
    }
    return ALL_PAGES_SET;
  }

  /** Finishes the workbook; the sink takes no more sheets after this. */
  async toBuffer(): Promise<Uint8Array> {
    if (this.done) throw new Error("XlsxSink: toBuffer was already called");
    this.done = true;
    return this.pkg.finish();
  }

  /** The prepared sheet, if `sheet` is the one it was written for (once). */
  private preparedFor(sheet: SheetSpec): PreparedSheet | undefined {
    const prepared = this.prepared;
    if (prepared && prepared.table === sheet.table.name && sheetKey(sheet) === prepared.key) {
      this.prepared = undefined;
      return prepared;
    }
    // Rows that only stand in for a prepared sheet's must never be written as the sheet's rows.
    if (isRowsStandIn(sheet.table.rows)) throw new Error(`XlsxSink: the sheet “${sheet.name}” is not the one written ahead`);
    return undefined;
  }

  private markActive(): void {
    this.pkg.setActive(this.pkg.sheetCount);
    this.activeSet = true;
  }

  private checkOpen(): void {
    if (this.done) throw new Error("XlsxSink: the workbook was already turned into bytes");
  }
}

/** The name `--out` and the tests have always used; the writer is the direct one now. */
export { XlsxSink as ExcelJsSink };
