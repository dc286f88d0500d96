/**
 * An instrumented stand-in for the part of Office.js (Excel) the adapters
 * use, honest to its semantics where they matter:
 * - operations are QUEUED and only applied at `context.sync()`, in order; an
 *   operation that fails rejects the sync, the ones before it stay applied
 *   (Excel batches are not transactions), the ones after it are dropped;
 * - a property read that was not loaded and synced throws PropertyNotLoaded;
 * - each sync is one request: the JSON of every queued operation's
 *   arguments is metered (UTF-8 bytes) and a request or a response above
 *   5 MB throws, as Excel on the web does; a range read above 5,000,000
 *   cells throws; more than 50 batches (`Excel.run`) queued at once throws;
 *   operations still queued when a batch ends fail the run (they would be lost);
 * - a string written through `values` (or a hyperlink's text) to a cell
 *   whose number format is not `@` is parsed as Excel parses typed input:
 *   `=…`, `+…`, `-…`, `@…` become formulas (the first three as documented
 *   for `Range.values`, `@` as Excel's own entry does), `12`, `1.5e3`,
 *   `50%` numbers, `TRUE`/`FALSE` booleans, a leading `'` is dropped;
 * - a protected sheet refuses every change to its cells' values and formats
 *   (Excel: "The cell or chart you're trying to change is on a protected
 *   sheet"), so a writer must protect last;
 * - the ExcelApi 1.9 members (`pageLayout`, `indentLevel`) throw ApiNotFound
 *   when the fake is made older;
 * - copying a sheet (`worksheet.copy`, 1.7), inserting one from a file's
 *   base64 (`insertWorksheetsFromBase64`, 1.13: the .xlsx is read with
 *   exceljs into values, number formats, the formats the fake knows,
 *   heights, widths, merges and the print area; a name the workbook
 *   holds is refused, since the docs do not say what Excel does; made as
 *   Excel on the web, it refuses a file with comments, charts or
 *   PivotTables, as docs/DECISIONS.md (host facts) says the web does), inserting and deleting whole rows (what is
 *   below moves, with its formats, heights and merges; a merge or format
 *   over the place grows or shrinks) and `copyFrom` (1.9) are applied to
 *   that state; inserted rows take no format (Excel's "same as above" is
 *   not modelled: a writer copies what it wants);
 * - sheet names follow Excel's rules (unique regardless of case, ≤ 31
 *   characters, none of `[]:*?/\`), table names are unique in the workbook,
 *   the last visible sheet cannot be deleted.
 * - stricter, as Excel really behaves (each rule with its doc or issue
 *   beside it): requests and responses priced per object path and action
 *   (~250 bytes an operation on a range) and in UTF-8; the workbook's
 *   structure protection; a protected sheet refusing widths, heights and
 *   validation too; `getMergedAreasOrNullObject` above 512 areas;
 *   insert-then-throw, GeneralException and an empty insertion on the web;
 *   cell-edit mode and `delayForCellEdit`; print setup refused or
 *   fit-to-pages ignored; formulas left uncalculated under suspension; the
 *   sheet-name ("History", apostrophes) and table-name rules.
 * The workbook state is plain data tests can assert on. The double is split
 * by object under double/ (limits, names, base, sheet, context, worksheet,
 * range, format, table, xlsx); this file is the host and what tests import.
 */
import { LIMIT_BATCHES } from "./double/limits";
import { sheetNameProblem, tableNameProblem } from "./double/names";
import type { ExcelHost, RunOptions } from "../../src/excel/host";
import { RequestLog, OfficeError } from "./double/base";
import { FakeTable, FakeSheet, FakeWorkbook } from "./double/sheet";
import { FakeContext } from "./double/context";

export { LIMIT_BATCHES, LIMIT_BYTES, LIMIT_CELLS, LIMIT_MERGED_AREAS } from "./double/limits";
export { OfficeError, type RequestLog } from "./double/base";
export { FakeSheet, parseEntry, type FakeChart, type FakeConditionalFormat, type FakeTable, type FakeValidation, type FakeWorkbook, type Stored } from "./double/sheet";
export { boxAddress } from "./double/base";
export { sheetsFromXlsx } from "./double/xlsx";

// ----------------------------------------------------------------- the fake

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version supported: 8 → 1.8 (default 13). */
  readonly apiVersion?: number;
  /** Excel on the web: `insertWorksheetsFromBase64` fails for a file with comments, charts or PivotTables (docs/DECISIONS.md, host facts). */
  readonly web?: boolean;
  /**
   * Excel on the web's `insertWorksheetsFromBase64` as reported: "inserted"
   * puts the sheets in and then throws (https://github.com/OfficeDev/office-js/issues/3179);
   * "general" throws GeneralException before inserting anything
   * (https://github.com/OfficeDev/office-js/issues/6142, /2718, /5785);
   * "nothing" inserts nothing and returns no ids.
   */
  readonly insertFault?: "inserted" | "general" | "nothing";
  /**
   * The officer is typing in a cell: a batch fails with
   * InvalidOperationInCellEditMode unless run with `delayForCellEdit`
   * (ExcelApi 1.11), which waits until the edit ends.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
   */
  readonly cellEditMode?: boolean;
  /**
   * Print setup as reported: "fit-ignored" keeps fit-to-pages from applying
   * (the zoom reads back as `{ scale: 100 }`) until the Page Layout tab was
   * opened (https://github.com/OfficeDev/office-js/issues/1860); "refused"
   * fails every page-layout change (a printer-less machine, a policy).
   */
  readonly pageSetupFault?: "fit-ignored" | "refused";
}

export class FakeExcel implements ExcelHost {
  readonly workbook: FakeWorkbook = { sheets: [], active: null, enableEvents: true, structureProtected: false, names: new Map() };
  readonly requests: RequestLog[] = [];
  /** Every file handed to `insertWorksheetsFromBase64`, decoded: what reached Excel from a template. */
  readonly insertedFiles: Buffer[] = [];
  readonly apiVersion: number;
  readonly web: boolean;
  insertFault: FakeExcelOptions["insertFault"] | null;
  pageSetupFault: FakeExcelOptions["pageSetupFault"] | null;
  /**
   * Formulas written while calculation was suspended and not computed since
   * (`suspendApiCalculationUntilNextSync` lasts until the next sync, and the
   * cells it covered stay dirty until a recalculation:
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
   */
  uncalculatedFormulas = 0;
  recalculations = 0;
  cellEditMode: boolean;
  /** Batches that waited for the officer's cell edit to end. */
  delayedForCellEdit = 0;
  syncs = 0;
  private running = 0;
  /** Throws at the start of the sync with this 1-based number (to test failures). */
  failAtSync: number | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? 13;
    this.web = options.web ?? false;
    this.insertFault = options.insertFault ?? null;
    this.pageSetupFault = options.pageSetupFault ?? null;
    this.cellEditMode = options.cellEditMode ?? false;
  }

  addSheet(name: string, visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    const sheet = new FakeSheet(name, visibility);
    this.workbook.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.workbook.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}; sheets: ${this.workbook.sheets.map((s) => s.name).join(", ")}`);
    return found;
  }
  table(name: string): { sheet: FakeSheet; table: FakeTable } {
    for (const sheet of this.workbook.sheets) {
      const table = sheet.tables.find((t) => t.name === name);
      if (table) return { sheet, table };
    }
    throw new Error(`no table ${name}`);
  }

  checkNameFree(name: string): boolean {
    return !this.workbook.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  }
  /** The name Excel gives a copy of a sheet: `Biên bản (2)`, the first free one. */
  copyName(name: string): string {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = `${[...name].slice(0, 31 - suffix.length).join("")}${suffix}`;
      if (this.checkNameFree(candidate)) return candidate;
    }
  }

  isSupported(set: string, version: string): boolean {
    if (set !== "ExcelApi") return false;
    const [major, minor] = version.split(".").map(Number);
    return major === 1 && (minor ?? 0) <= this.apiVersion;
  }

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (this.running >= LIMIT_BATCHES) throw new OfficeError("TooManyBatches", `more than ${LIMIT_BATCHES} batches queued`);
    // RunOptions.delayForCellEdit (ExcelApi 1.11): an older Excel ignores it and fails as without it.
    if (this.cellEditMode && options.delayForCellEdit === true && this.apiVersion >= 11) {
      this.delayedForCellEdit++;
      this.cellEditMode = false;
    }
    this.running++;
    try {
      const context = new FakeContext(this);
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.queue.length > 0) {
        throw new Error(`Excel.run ended with ${context.queue.length} operations never synced: ${context.queue.slice(0, 5).map((o) => o.what).join(", ")}`);
      }
      return result;
    } finally {
      this.running--;
    }
  }

  /** `Excel` as a global for code that calls `Excel.run` itself. */
  asGlobal(): { run: FakeExcel["run"] } {
    return { run: (batch) => this.run(batch) };
  }

  /** Every change to the workbook's sheets fails while its structure is protected. */
  checkStructure(what: string): void {
    if (this.workbook.structureProtected) throw new OfficeError("GeneralException", `${what}: the workbook's structure is protected`);
  }

  visibleCount(): number {
    return this.workbook.sheets.filter((s) => s.visibility === "Visible").length;
  }
  checkSheetName(name: string, except?: FakeSheet): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new OfficeError("InvalidArgument", `bad sheet name ${JSON.stringify(name)}: ${problem}`);
    if (this.workbook.sheets.some((s) => s !== except && s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      throw new OfficeError("ItemAlreadyExists", `a sheet is named ${name}`);
    }
  }
  checkTableName(name: string, except?: FakeTable): void {
    const problem = tableNameProblem(name);
    if (problem) throw new OfficeError("InvalidArgument", `bad table name ${name}: ${problem}`);
    if (this.workbook.names.has(name.toLowerCase())) throw new OfficeError("InvalidArgument", `a workbook name is ${name}`);
    for (const s of this.workbook.sheets) {
      if (s.tables.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `a table is named ${name}`);
    }
  }
}
