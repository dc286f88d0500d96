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
 * The workbook state is plain data tests can assert on.
 */
import ExcelJS from "exceljs";
import { columnLetters, parseA1 } from "../../src/core/model/address";
import type { ExcelHost } from "../../src/excel/host";

export const LIMIT_BYTES = 5 * 1024 * 1024;
export const LIMIT_CELLS = 5_000_000;
export const LIMIT_BATCHES = 50;
/** A price for each operation besides its arguments (object path, method name). */
const OP_OVERHEAD = 60;

export type Stored = string | number | boolean | { formula: string } | { error: string };

export interface FakeTable {
  name: string;
  address: string;
  style: string;
  headers: string[];
}
export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
  priority?: number;
}
export interface FakeValidation {
  address: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  xValues?: string;
  position?: string;
  positionEnd?: string;
  categoriesReversed?: boolean;
}

export class FakeSheet {
  readonly values: (Stored[] | undefined)[] = [];
  readonly formats: (string[] | undefined)[] = [];
  readonly hyperlinks = new Map<string, { documentReference?: string; textToDisplay?: string; address?: string }>();
  readonly tables: FakeTable[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly validations: FakeValidation[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  /** 0-based row → points. */
  readonly rowHeights = new Map<number, number>();
  readonly cellFormats = new Map<string, Record<string, unknown>>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: string[] = [];
  frozenRows = 0;
  /** Sheet-scoped names: the formula each refers to (`="form|Tự chấm"`), its value and comment. */
  readonly names = new Map<string, { formula: string; value: unknown; comment?: string }>();
  protected = false;
  /** What `pageLayout` was given: the properties set, the print area and title rows. */
  readonly pageLayout: Record<string, unknown> = {};
  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  get(row: number, column: number): Stored | undefined {
    return this.values[row]?.[column];
  }
  format(row: number, column: number): string {
    return this.formats[row]?.[column] ?? "General";
  }
  /** Sets a cell as a user would see it (no parsing): for building a user's workbook. */
  set(row: number, column: number, value: Stored | null): void {
    const line = (this.values[row] ??= []);
    if (value === null) delete line[column];
    else line[column] = value;
  }
  /** The sheet's cells as rows of plain values from A1 (formulas as `{ formula }`). */
  rows(): (Stored | null)[][] {
    return Array.from(this.values, (line) => Array.from(line ?? [], (v) => (v === undefined ? null : v)));
  }
  /** Values of a 1-based row range, `null` for blanks, `width` columns from A. */
  block(firstRow: number, lastRow: number, width: number): (Stored | null)[][] {
    const out: (Stored | null)[][] = [];
    for (let r = firstRow - 1; r < lastRow; r++) {
      const line: (Stored | null)[] = [];
      for (let c = 0; c < width; c++) line.push(this.get(r, c) ?? null);
      out.push(line);
    }
    return out;
  }
  /** A cell's formats (`font.bold`, `fill.color`, `border.EdgeTop.style`…): every range set over it, the last set winning. */
  cellFormat(row: number, column: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [address, format] of this.cellFormats) {
      const box = parseBox(address);
      if (row < box.top || row > box.bottom || column < box.left || column > box.right) continue;
      for (const [key, value] of Object.entries(format)) {
        if (value === undefined) delete out[key];
        else out[key] = value;
      }
    }
    return out;
  }
  /** Whole rows inserted at 0-based `at`: what is at or below moves down; a merge, format or print area over the place grows. */
  insertRows(at: number, count: number): void {
    this.moveRows((box) => (box.bottom < at ? box : box.top >= at ? { ...box, top: box.top + count, bottom: box.bottom + count } : { ...box, bottom: box.bottom + count }), (r) => (r < at ? r : r + count));
  }
  /** Whole rows `at`…`at + count - 1` deleted: what is below moves up; a merge or format over them shrinks, or goes. */
  deleteRows(at: number, count: number): void {
    const last = at + count - 1;
    this.moveRows(
      (box) => {
        if (box.bottom < at) return box;
        if (box.top > last) return { ...box, top: box.top - count, bottom: box.bottom - count };
        const top = Math.min(box.top, at);
        const bottom = box.bottom > last ? box.bottom - count : at - 1;
        return bottom < top ? null : { ...box, top, bottom };
      },
      (r) => (r < at ? r : r > last ? r - count : null),
    );
  }
  private moveRows(moveBox: (box: Box) => Box | null, moveRow: (row: number) => number | null): void {
    const rows = <T>(list: (T | undefined)[]) => {
      const out: (T | undefined)[] = [];
      list.forEach((line, r) => {
        const to = moveRow(r);
        if (to !== null && line !== undefined) out[to] = line;
      });
      list.length = 0;
      out.forEach((line, r) => (list[r] = line));
    };
    rows(this.values);
    rows(this.formats);
    const moved = [...this.cellFormats].flatMap(([address, format]) => {
      const box = moveBox(parseBox(address));
      return box ? [[boxAddress(box), format] as const] : [];
    });
    this.cellFormats.clear();
    for (const [address, format] of moved) this.cellFormats.set(address, { ...this.cellFormats.get(address), ...format });
    const heights = [...this.rowHeights].flatMap(([r, h]) => {
      const to = moveRow(r);
      return to === null ? [] : [[to, h] as const];
    });
    this.rowHeights.clear();
    for (const [r, h] of heights) this.rowHeights.set(r, h);
    const hidden = [...this.hiddenRows].flatMap((r) => {
      const to = moveRow(r);
      return to === null ? [] : [to];
    });
    this.hiddenRows.clear();
    for (const r of hidden) this.hiddenRows.add(r);
    this.merges = this.merges.flatMap((m) => {
      const box = moveBox(parseBox(m));
      return box && cells(box) > 1 ? [boxAddress(box)] : [];
    });
    const area = this.pageLayout["printArea"];
    if (typeof area === "string") {
      const box = moveBox(parseBox(area));
      if (box) this.pageLayout["printArea"] = boxAddress(box);
      else delete this.pageLayout["printArea"];
    }
  }
  /** A copy of the sheet under another name: its cells, formats, sizes, merges, names and page layout. */
  copyAs(name: string): FakeSheet {
    const copy = new FakeSheet(name, this.visibility);
    this.values.forEach((line, r) => line && (copy.values[r] = [...line]));
    this.formats.forEach((line, r) => line && (copy.formats[r] = [...line]));
    for (const [a, f] of this.cellFormats) copy.cellFormats.set(a, { ...f });
    for (const [c, w] of this.columnWidths) copy.columnWidths.set(c, w);
    for (const [r, h] of this.rowHeights) copy.rowHeights.set(r, h);
    for (const r of this.hiddenRows) copy.hiddenRows.add(r);
    for (const c of this.hiddenColumns) copy.hiddenColumns.add(c);
    for (const [n, item] of this.names) copy.names.set(n, { ...item });
    Object.assign(copy.pageLayout, structuredClone(this.pageLayout));
    copy.merges = [...this.merges];
    return copy;
  }
  /** The last 0-based column holding a value, a number format or a format of its own; -1 on a blank sheet. */
  lastColumn(): number {
    let last = -1;
    for (const line of [...this.values, ...this.formats]) if (line) last = Math.max(last, line.length - 1);
    for (const address of this.cellFormats.keys()) {
      const box = parseBox(address);
      if (box.right < 16_383) last = Math.max(last, box.right);
    }
    return last;
  }
  /** The last 0-based row holding a value, a number format or a format of its own; -1 on a blank sheet. */
  lastRow(): number {
    let last = Math.max(this.values.length, this.formats.length) - 1;
    for (const address of this.cellFormats.keys()) {
      const box = parseBox(address);
      if (box.bottom < 1_048_575) last = Math.max(last, box.bottom);
    }
    return last;
  }
  /** The bounding box of non-blank cells, 0-based inclusive; null when empty. */
  usedBox(): Box | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((line, r) => {
      if (!line) return;
      line.forEach((v, c) => {
        if (v === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    return top < 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  active: string | null;
  enableEvents: boolean;
  /** What `range.select()` last selected: the sheet and its 0-based rows. */
  selection?: { sheet: string; top: number; bottom: number; entireRows: boolean; address?: string };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RequestLog {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** What each operation was (`worksheets.add`, `range.values`…). */
  names: string[];
  /** Operations that wrote cells while events were on, or without calculation suspended. */
  writesWithEvents: number;
  writesWithCalculation: number;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

interface Op {
  bytes: number;
  what: string;
  apply(state: ApplyState): void | Promise<void>;
}
interface ApplyState {
  response: number;
  calcSuspended: boolean;
  log: RequestLog;
}

/** Bytes of a value's JSON, UTF-8. */
function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

// ----------------------------------------------------------------- the fake

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version supported: 8 → 1.8 (default 13). */
  readonly apiVersion?: number;
  /** Excel on the web: `insertWorksheetsFromBase64` fails for a file with comments, charts or PivotTables (docs/DECISIONS.md, host facts). */
  readonly web?: boolean;
}

export class FakeExcel implements ExcelHost {
  readonly workbook: FakeWorkbook = { sheets: [], active: null, enableEvents: true };
  readonly requests: RequestLog[] = [];
  readonly apiVersion: number;
  readonly web: boolean;
  syncs = 0;
  private running = 0;
  /** Throws at the start of the sync with this 1-based number (to test failures). */
  failAtSync: number | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? 13;
    this.web = options.web ?? false;
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

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (this.running >= LIMIT_BATCHES) throw new OfficeError("TooManyBatches", `more than ${LIMIT_BATCHES} batches queued`);
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

  visibleCount(): number {
    return this.workbook.sheets.filter((s) => s.visibility === "Visible").length;
  }
  checkSheetName(name: string, except?: FakeSheet): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new OfficeError("InvalidArgument", `bad sheet name ${JSON.stringify(name)}`);
    }
    if (this.workbook.sheets.some((s) => s !== except && s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      throw new OfficeError("ItemAlreadyExists", `a sheet is named ${name}`);
    }
  }
  checkTableName(name: string, except?: FakeTable): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) throw new OfficeError("InvalidArgument", `bad table name ${name}`);
    for (const s of this.workbook.sheets) {
      if (s.tables.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `a table is named ${name}`);
    }
  }
}

// ----------------------------------------------------------------- context

class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  readonly application: ApplicationProxy;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
    this.application = new ApplicationProxy(this);
  }

  enqueue(what: string, args: unknown, apply: (state: ApplyState) => void | Promise<void>): void {
    this.queue.push({ what, bytes: OP_OVERHEAD + bytesOf(args), apply });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const excel = this.excel;
    excel.syncs++;
    const ops = this.queue.splice(0);
    const log: RequestLog = { requestBytes: 0, responseBytes: 0, operations: ops.length, names: ops.map((op) => op.what), writesWithEvents: 0, writesWithCalculation: 0 };
    for (const op of ops) log.requestBytes += op.bytes;
    excel.requests.push(log);
    if (excel.failAtSync === excel.syncs) throw new OfficeError("GeneralException", `sync ${excel.syncs} failed (as asked)`);
    if (log.requestBytes > LIMIT_BYTES) throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${log.requestBytes} bytes`);
    const state: ApplyState = { response: 0, calcSuspended: false, log };
    for (const op of ops) await op.apply(state);
    log.responseBytes = state.response;
    if (state.response > LIMIT_BYTES) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${state.response} bytes`);
  }

  /** Every write of cells checks events and calculation, and that the sheet is not protected. */
  noteWrite(state: ApplyState, sheet?: FakeSheet): void {
    if (sheet?.protected) throw new OfficeError("InvalidOperation", `sheet ${sheet.name} is protected`);
    if (this.excel.workbook.enableEvents) state.log.writesWithEvents++;
    if (!state.calcSuspended) state.log.writesWithCalculation++;
  }
}

/** Properties read only once loaded and synced. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new OfficeError("PropertyNotLoaded", `${this.constructor.name}.${property} was not loaded`);
    return this.loaded.get(property) as T;
  }
  /** @internal the fake fills what a load brought back. */
  fill(property: string, value: unknown, state: ApplyState): void {
    this.loaded.set(property, value);
    state.response += bytesOf(value) + property.length + 4;
  }
}

function props(spec: string | string[]): string[] {
  return (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
  }
  /** ExcelApi 1.13: the named sheets of a base64 .xlsx, read with exceljs, inserted at the end; the ids come back as a ClientResult. */
  insertWorksheetsFromBase64(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string } = {}): { readonly value: string[] } {
    const excel = this.context.excel;
    if (excel.apiVersion < 13) throw new OfficeError("ApiNotFound", "insertWorksheetsFromBase64 needs ExcelApi 1.13");
    let ids: string[] | null = null;
    this.context.enqueue("workbook.insertWorksheetsFromBase64", [base64, options], async (state) => {
      if ((options.positionType ?? "End") !== "End") throw new OfficeError("InvalidArgument", "the fake inserts at the end only");
      const file = Buffer.from(base64, "base64");
      // The parts' names are stored as they are in the zip: enough to see what the web refuses.
      if (excel.web && /xl\/(comments|charts\/|pivotTables\/)/.test(file.toString("latin1"))) throw new OfficeError("GeneralException", "the file has comments, charts or PivotTables");
      const sheets = await sheetsFromXlsx(file, options.sheetNamesToInsert);
      this.context.noteWrite(state);
      ids = sheets.map((sheet) => {
        // The docs do not say what Excel does with a name the workbook holds: the fake refuses it, so no writer counts on either.
        if (!excel.checkNameFree(sheet.name)) throw new OfficeError("ItemAlreadyExists", `a sheet is named ${sheet.name}`);
        excel.workbook.sheets.push(sheet);
        return `{${sheet.name}}`;
      });
    });
    return {
      get value(): string[] {
        if (!ids) throw new OfficeError("PropertyNotLoaded", "the insertion's result is known after the sync");
        return ids;
      },
    };
  }
}

class RuntimeProxy extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("runtime.load", wanted, (state) => {
      for (const p of wanted) {
        if (p !== "enableEvents") throw new OfficeError("InvalidArgument", `runtime.${p}`);
        this.fill(p, this.context.excel.workbook.enableEvents, state);
      }
    });
    return this;
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.context.enqueue("runtime.enableEvents", value, () => {
      this.context.excel.workbook.enableEvents = value;
    });
  }
}

class ApplicationProxy {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("suspendApiCalculationUntilNextSync", null, (state) => {
      state.calcSuspended = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    if (this.context.excel.apiVersion < 9) throw new OfficeError("ApiNotFound", "suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9");
    this.context.enqueue("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

class WorksheetCollectionProxy extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("worksheets.load", wanted, (state) => {
      const items = this.context.excel.workbook.sheets.map((sheet) => {
        const proxy = new WorksheetProxy(this.context, () => sheet);
        for (const p of wanted) {
          const path = p.replace(/^items\//, "");
          if (path === "name" || path === "visibility") proxy.fill(path, sheet[path], state);
          else if (path === "tables/items/name") proxy.tables.fillItems(sheet, state);
          else if (path === "names/items/name" || path === "names/items/value") proxy.names.fillItems(sheet, state);
          else throw new OfficeError("InvalidArgument", `worksheets.load(${p}) is not faked`);
        }
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  /** As Excel: resolved when the queue runs; a missing sheet fails the request with ItemNotFound. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.excel.workbook.sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (!sheet) throw new OfficeError("ItemNotFound", `no sheet named ${name}`);
      return sheet;
    });
  }
  /** ExcelApi 1.5: the last sheet when the queue reaches the call (right after an insertion, the sheet inserted), that sheet from then on. */
  getLast(): WorksheetProxy {
    let last: FakeSheet | undefined;
    this.context.enqueue("worksheets.getLast", null, () => {
      const sheets = this.context.excel.workbook.sheets;
      last = sheets[sheets.length - 1];
      if (!last) throw new OfficeError("ItemNotFound", "no sheet");
    });
    return new WorksheetProxy(this.context, () => {
      if (!last) throw new OfficeError("ItemNotFound", "getLast was not run");
      return last;
    });
  }
  add(name: string): WorksheetProxy {
    let added: FakeSheet | null = null;
    this.context.enqueue("worksheets.add", name, () => {
      this.context.excel.checkSheetName(name);
      added = new FakeSheet(name);
      this.context.excel.workbook.sheets.push(added);
    });
    return new WorksheetProxy(this.context, () => {
      if (!added) throw new OfficeError("ItemNotFound", `sheet ${name} was not added`);
      return added;
    });
  }
}

class WorksheetProxy extends Loadable {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: { protect(options?: unknown, password?: string): void };
  readonly freezePanes: { freezeRows(count?: number): void };
  constructor(
    private readonly context: FakeContext,
    readonly target: () => FakeSheet,
  ) {
    super();
    this.tables = new TableCollectionProxy(context, this);
    this.charts = new ChartCollectionProxy(context, this);
    this.names = new NamedItemCollectionProxy(context, this);
    this.protection = {
      protect: (options?: unknown, password?: string) =>
        context.enqueue("protection.protect", [options ?? null, password ?? null], () => {
          const sheet = this.target();
          if (sheet.protected) throw new OfficeError("InvalidOperation", "the sheet is already protected");
          if (password !== undefined) sheet.pageLayout["protectionPassword"] = password;
          sheet.protected = true;
        }),
    };
    this.freezePanes = {
      freezeRows: (count = 1) =>
        context.enqueue("freezeRows", count, () => {
          this.target().frozenRows = count;
        }),
    };
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue("worksheet.name", value, () => {
      const sheet = this.target();
      this.context.excel.checkSheetName(value, sheet);
      if (this.context.excel.workbook.active === sheet.name) this.context.excel.workbook.active = value;
      sheet.name = value;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  /** As Excel: the sheet moves to that 0-based place, the others shift; a place past the last fails. */
  set position(value: number) {
    this.context.enqueue("worksheet.position", value, () => {
      const sheets = this.context.excel.workbook.sheets;
      const sheet = this.target();
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw new OfficeError("InvalidArgument", `position ${value}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("worksheet.load", wanted, (state) => {
      const sheet = this.target();
      for (const p of wanted) {
        if (p === "name" || p === "visibility") this.fill(p, sheet[p], state);
        else throw new OfficeError("InvalidArgument", `worksheet.load(${p}) is not faked`);
      }
    });
    return this;
  }
  /** The whole sheet when no address is given, as Excel. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.target(), box: address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseBox(address) }));
  }
  /** ExcelApi 1.7: a copy of the sheet at the end, named as Excel names a copy (`X (2)`). */
  copy(positionType: string = "None"): WorksheetProxy {
    const excel = this.context.excel;
    if (excel.apiVersion < 7) throw new OfficeError("ApiNotFound", "worksheet.copy needs ExcelApi 1.7");
    let copied: FakeSheet | null = null;
    this.context.enqueue("worksheet.copy", positionType, () => {
      if (positionType !== "End") throw new OfficeError("InvalidArgument", "the fake copies to the end only");
      const sheet = this.target();
      copied = sheet.copyAs(excel.copyName(sheet.name));
      excel.workbook.sheets.push(copied);
    });
    return new WorksheetProxy(this.context, () => {
      if (!copied) throw new OfficeError("ItemNotFound", "the sheet was not copied");
      return copied;
    });
  }
  get pageLayout(): PageLayoutProxy {
    if (this.context.excel.apiVersion < 9) throw new OfficeError("ApiNotFound", "pageLayout needs ExcelApi 1.9");
    return new PageLayoutProxy(this.context, this);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.target(), box: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 } }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.target();
      const box = sheet.usedBox();
      return box ? { sheet, box } : null;
    });
  }
  activate(): void {
    this.context.enqueue("worksheet.activate", null, () => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", "a hidden sheet cannot be activated");
      this.context.excel.workbook.active = sheet.name;
    });
  }
  delete(): void {
    this.context.enqueue("worksheet.delete", null, () => {
      const excel = this.context.excel;
      const sheet = this.target();
      const i = excel.workbook.sheets.indexOf(sheet);
      if (i < 0) throw new OfficeError("ItemNotFound", `sheet ${sheet.name} is gone`);
      if (sheet.visibility === "Visible" && excel.visibleCount() === 1) throw new OfficeError("InvalidOperation", "the last visible sheet cannot be deleted");
      excel.workbook.sheets.splice(i, 1);
      if (excel.workbook.active === sheet.name) excel.workbook.active = null;
    });
  }
}

class NamedItemCollectionProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }
  fillItems(sheet: FakeSheet, state: ApplyState): void {
    const items = [...sheet.names].map(([name, item]) => {
      const proxy = new NamedItemProxy();
      proxy.fill("name", name, state);
      proxy.fill("value", item.value, state);
      return proxy;
    });
    this.loaded.set("items", items);
  }
  get items(): NamedItemProxy[] {
    return this.read("items");
  }
  /** ExcelApi 1.4. A formula of a constant string (`="x"`) has that string as its value. */
  add(name: string, reference: string, comment?: string): void {
    if (this.context.excel.apiVersion < 4) throw new OfficeError("ApiNotFound", "names.add needs ExcelApi 1.4");
    this.context.enqueue("names.add", [name, reference, comment ?? null], () => {
      const sheet = this.worksheet.target();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new OfficeError("InvalidArgument", `bad name ${name}`);
      if ([...sheet.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `the sheet has a name ${name}`);
      const constant = /^="((?:[^"]|"")*)"$/.exec(reference);
      sheet.names.set(name, { formula: reference, value: constant ? (constant[1] as string).replace(/""/g, '"') : reference, ...(comment !== undefined ? { comment } : {}) });
    });
  }
}

class NamedItemProxy extends Loadable {
  get name(): string {
    return this.read("name");
  }
  get value(): unknown {
    return this.read("value");
  }
}

/** ExcelApi 1.9: what a writer sets is recorded on the sheet's `pageLayout`. */
class PageLayoutProxy {
  constructor(
    context: FakeContext,
    worksheet: WorksheetProxy,
  ) {
    const record = (key: string, value: unknown) =>
      context.enqueue(`pageLayout.${key}`, value, () => {
        worksheet.target().pageLayout[key] = value;
      });
    for (const key of ["orientation", "paperSize", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "zoom", "centerHorizontally", "centerVertically"]) {
      Object.defineProperty(this, key, {
        set: (value: unknown) => record(key, value),
        get: () => {
          throw new OfficeError("PropertyNotLoaded", `pageLayout.${key}`);
        },
      });
    }
    this.setPrintArea = (area: string) => record("printArea", area);
    this.getPrintAreaOrNullObject = () => {
      const areas = new PrintAreaProxy();
      areas.fetch = (spec) => {
        const wanted = props(spec);
        context.enqueue("printArea.load", wanted, (state) => {
          const sheet = worksheet.target();
          const area = sheet.pageLayout["printArea"];
          areas.fill("isNullObject", typeof area !== "string", state);
          if (typeof area === "string" && wanted.includes("address")) areas.fill("address", `${quoteIfNeeded(sheet.name)}!${boxAddress(parseBox(area))}`, state);
        });
      };
      return areas;
    };
    this.setPrintTitleRows = (rows: string) => record("printTitleRows", rows);
  }
  readonly setPrintArea: (area: string) => void;
  /** ExcelApi 1.9: the print area as a RangeAreas, or a null object. */
  readonly getPrintAreaOrNullObject: () => PrintAreaProxy;
  readonly setPrintTitleRows: (rows: string) => void;
}

class PrintAreaProxy extends Loadable {
  fetch: (spec: string | string[]) => void = () => undefined;
  load(spec: string | string[]): this {
    this.fetch(spec);
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
}

class TableCollectionProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }
  fillItems(sheet: FakeSheet, state: ApplyState): void {
    const items = sheet.tables.map((table) => {
      const proxy = new TableProxy(this.context, () => table);
      proxy.fill("name", table.name, state);
      return proxy;
    });
    this.loaded.set("items", items);
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  /** As Excel: resolved when the queue runs; a table not on this sheet fails the request with ItemNotFound. */
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.worksheet.target().tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new OfficeError("ItemNotFound", `no table named ${name}`);
      return table;
    });
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | null = null;
    this.context.enqueue("tables.add", [address, hasHeaders], () => {
      const sheet = this.worksheet.target();
      const box = parseBox(address);
      for (const t of sheet.tables) if (overlaps(parseBox(t.address), box)) throw new OfficeError("InvalidOperation", `table over ${address} overlaps ${t.name}`);
      const headers: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const v = sheet.get(box.top, c);
        headers.push(v === undefined ? `Column${c - box.left + 1}` : typeof v === "object" ? JSON.stringify(v) : String(v));
      }
      if (!hasHeaders) throw new OfficeError("InvalidArgument", "the fake only knows tables with headers");
      let n = 1;
      for (const s of this.context.excel.workbook.sheets) n += s.tables.length;
      created = { name: `Table${n}`, address: boxAddress(box), style: "TableStyleMedium2", headers };
      sheet.tables.push(created);
    });
    return new TableProxy(this.context, () => {
      if (!created) throw new OfficeError("ItemNotFound", "table was not added");
      return created;
    });
  }
}

class TableProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly target: () => FakeTable,
  ) {
    super();
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue("table.name", value, () => {
      const table = this.target();
      this.context.excel.checkTableName(value, table);
      table.name = value;
    });
  }
  set style(value: string) {
    this.context.enqueue("table.style", value, () => {
      this.target().style = value;
    });
  }
  /** The table's rows under its header (the fake's tables always have one). */
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.target();
      const box = parseBox(table.address);
      const sheet = this.context.excel.workbook.sheets.find((s) => s.tables.includes(table));
      if (!sheet) throw new OfficeError("ItemNotFound", `table ${table.name} has no sheet`);
      return { sheet, box: { ...box, top: box.top + 1 } };
    });
  }
}

class ChartCollectionProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {}
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let chart: FakeChart | null = null;
    this.context.enqueue("charts.add", [type, seriesBy], () => {
      const target = source.target();
      if (!target) throw new OfficeError("InvalidArgument", "null range");
      chart = { type, source: boxAddress(target.box), seriesBy };
      this.worksheet.target().charts.push(chart);
    });
    return new ChartProxy(this.context, () => {
      if (!chart) throw new OfficeError("ItemNotFound", "chart was not added");
      return chart;
    });
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(i: number): { setXAxisValues(range: RangeProxy): void } };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean } };
  constructor(
    private readonly context: FakeContext,
    private readonly target: () => FakeChart,
  ) {
    const setter = <K extends keyof FakeChart>(key: K) => ({
      set: (value: FakeChart[K]) => context.enqueue(`chart.${key}`, value, () => void (this.target()[key] = value)),
      get: () => {
        throw new OfficeError("PropertyNotLoaded", `chart.${key}`);
      },
    });
    this.title = Object.defineProperty({} as { text: string }, "text", setter("title"));
    this.legend = Object.defineProperty({} as { visible: boolean }, "visible", setter("legendVisible"));
    this.axes = { categoryAxis: Object.defineProperty({} as { reversePlotOrder: boolean }, "reversePlotOrder", setter("categoriesReversed")) };
    this.series = {
      getItemAt: (i: number) => ({
        setXAxisValues: (range: RangeProxy) =>
          context.enqueue("series.setXAxisValues", i, () => {
            const r = range.target();
            if (!r) throw new OfficeError("InvalidArgument", "null range");
            this.target().xValues = boxAddress(r.box);
          }),
      }),
    };
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue("chart.setPosition", [start, end], () => {
      this.target().position = start;
      if (end !== undefined) this.target().positionEnd = end;
    });
  }
}

// ------------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: FakeSheet;
  box: Box;
}

function parseBox(address: string): Box {
  const ref = address.includes("!") ? (address.split("!").pop() as string) : address;
  const [a = "", b = a] = ref.split(":");
  const whole = /^\$?([A-Z]+)$/i;
  if (whole.test(a) && whole.test(b)) {
    const left = (parseA1(`${a.replace("$", "")}1`) as { column: number }).column;
    const right = (parseA1(`${b.replace("$", "")}1`) as { column: number }).column;
    return { top: 0, left, bottom: 1_048_575, right };
  }
  const wholeRow = /^\$?(\d+)$/;
  if (wholeRow.test(a) && wholeRow.test(b)) {
    return { top: Number(a.replace("$", "")) - 1, left: 0, bottom: Number(b.replace("$", "")) - 1, right: 16_383 };
  }
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}
export function boxAddress(box: Box): string {
  const a = `${columnLetters(box.left)}${box.top + 1}`;
  const b = `${columnLetters(box.right)}${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}
function overlaps(x: Box, y: Box): boolean {
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}
function cells(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** What Excel makes of a string entered into a cell of format `format`. */
export function parseEntry(text: string, format: string): Stored | null {
  if (text === "") return null;
  if (format === "@") return text;
  if (text.length > 1 && /^[=+\-@]/.test(text)) return { formula: text.startsWith("=") ? text : `=${text}` };
  if (text.startsWith("'")) return text.slice(1);
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) return Number(text);
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(text)) return Number(text.replace("%", "")) / 100;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  return text;
}

class RangeProxy extends Loadable {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: { add(type: string): ConditionalFormatProxy };
  readonly dataValidation: DataValidationProxy;
  constructor(
    private readonly context: FakeContext,
    readonly target: () => RangeTarget | null,
  ) {
    super();
    this.format = new RangeFormatProxy(context, this);
    this.dataValidation = new DataValidationProxy(context, this);
    this.conditionalFormats = {
      add: (type: string) => {
        const cf: FakeConditionalFormat = { address: "", type, formula: "" };
        context.enqueue("conditionalFormats.add", type, () => {
          const t = this.must();
          cf.address = boxAddress(t.box);
          t.sheet.conditionalFormats.push(cf);
        });
        return new ConditionalFormatProxy(context, cf);
      },
    };
  }
  must(): RangeTarget {
    const t = this.target();
    if (!t) throw new OfficeError("InvalidObjectPath", "the range is a null object");
    return t;
  }

  /** Merges the range into one cell (ExcelApi 1.2); merging over a merged area fails. */
  merge(across = false): void {
    this.context.enqueue("range.merge", across, () => {
      const { sheet, box } = this.must();
      if (sheet.protected) throw new OfficeError("InvalidOperation", `sheet ${sheet.name} is protected`);
      if (across) throw new OfficeError("InvalidArgument", "the fake only merges whole ranges");
      if (sheet.merges.some((m) => overlaps(parseBox(m), box))) throw new OfficeError("InvalidOperation", `${boxAddress(box)} overlaps a merged area`);
      sheet.merges.push(boxAddress(box));
    });
  }

  /** Undoes every merge the range touches (ExcelApi 1.2). */
  unmerge(): void {
    this.context.enqueue("range.unmerge", null, (state) => {
      const { sheet, box } = this.must();
      this.context.noteWrite(state, sheet);
      sheet.merges = sheet.merges.filter((m) => !overlaps(parseBox(m), box));
    });
  }

  /** Whole rows only (the fake's limit): blank rows at the range's place, what was there and below moved down. */
  insert(shift: string): RangeProxy {
    this.context.enqueue("range.insert", shift, (state) => {
      const { sheet, box } = this.must();
      if (shift !== "Down" || box.left !== 0 || box.right !== 16_383) throw new OfficeError("InvalidArgument", "the fake inserts whole rows, shifting down");
      this.context.noteWrite(state, sheet);
      sheet.insertRows(box.top, box.bottom - box.top + 1);
    });
    return new RangeProxy(this.context, () => this.target());
  }

  /** Whole rows only: the rows go, what is below moves up. */
  delete(shift: string): void {
    this.context.enqueue("range.delete", shift, (state) => {
      const { sheet, box } = this.must();
      if (shift !== "Up" || box.left !== 0 || box.right !== 16_383) throw new OfficeError("InvalidArgument", "the fake deletes whole rows, shifting up");
      this.context.noteWrite(state, sheet);
      sheet.deleteRows(box.top, box.bottom - box.top + 1);
    });
  }

  /**
   * ExcelApi 1.9: the source's cells onto this range's top left, the
   * source's size (the fake does not tile a larger destination). `All`:
   * values, number formats and formats; `Formats`: the two formats;
   * `Values`: values. A whole row copies as far as the sheet has anything.
   */
  copyFrom(source: RangeProxy | string, copyType: string = "All"): void {
    const excel = this.context.excel;
    if (excel.apiVersion < 9) throw new OfficeError("ApiNotFound", "copyFrom needs ExcelApi 1.9");
    this.context.enqueue("range.copyFrom", [typeof source === "string" ? source : "range", copyType], (state) => {
      const to = this.must();
      const from = typeof source === "string" ? { sheet: to.sheet, box: parseBox(source) } : source.must();
      if (!["All", "Formats", "Values"].includes(copyType)) throw new OfficeError("InvalidArgument", `the fake does not copy ${copyType}`);
      this.context.noteWrite(state, to.sheet);
      const right = Math.min(from.box.right, from.sheet.lastColumn());
      const bottom = Math.min(from.box.bottom, from.sheet.lastRow());
      const copied: { r: number; c: number; value: Stored | undefined; format: string | undefined; look: Record<string, unknown> }[] = [];
      for (let r = from.box.top; r <= bottom; r++) {
        for (let c = from.box.left; c <= right; c++) copied.push({ r: r - from.box.top, c: c - from.box.left, value: from.sheet.get(r, c), format: from.sheet.formats[r]?.[c], look: from.sheet.cellFormat(r, c) });
      }
      for (const cell of copied) {
        const r = to.box.top + cell.r;
        const c = to.box.left + cell.c;
        if (copyType !== "Formats") to.sheet.set(r, c, cell.value ?? null);
        if (copyType === "Values") continue;
        const line = (to.sheet.formats[r] ??= []);
        if (cell.format === undefined) delete line[c];
        else line[c] = cell.format;
        const gone = Object.fromEntries(Object.keys(to.sheet.cellFormat(r, c)).map((key) => [key, undefined]));
        const address = boxAddress({ top: r, left: c, bottom: r, right: c });
        to.sheet.cellFormats.delete(address);
        to.sheet.cellFormats.set(address, { ...gone, ...cell.look });
      }
    });
  }

  /** One cell of the range, 0-based from its top left. */
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.must();
      return { sheet: t.sheet, box: { top: t.box.top + row, left: t.box.left + column, bottom: t.box.top + row, right: t.box.left + column } };
    });
  }

  /** The whole rows of this range (Excel: `A12:C12` → `12:12`). */
  getEntireRow(): RangeProxy {
    const entire = new RangeProxy(this.context, () => this.target());
    entire.entireRows = true;
    return entire;
  }
  entireRows = false;

  /** Excel selects the range on its (active) sheet; selecting on a sheet that is not active fails. */
  select(): void {
    this.context.enqueue("range.select", null, () => {
      const { sheet, box } = this.must();
      if (this.context.excel.workbook.active !== sheet.name) throw new OfficeError("InvalidOperation", "the range's sheet is not active");
      this.context.excel.workbook.selection = { sheet: sheet.name, top: box.top, bottom: box.bottom, entireRows: this.entireRows, ...(this.entireRows ? {} : { address: boxAddress(box) }) };
    });
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.context.enqueue("range.values", values, (state) => {
      const t = this.must();
      checkShape(t.box, values, "values");
      this.context.noteWrite(state, t.sheet);
      values.forEach((line, i) =>
        line.forEach((v, j) => {
          const r = t.box.top + i;
          const c = t.box.left + j;
          if (v === null || v === undefined) return;
          t.sheet.set(r, c, typeof v === "string" ? parseEntry(v, t.sheet.format(r, c)) : (v as Stored));
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.context.enqueue("range.numberFormat", formats, (state) => {
      const t = this.must();
      checkShape(t.box, formats, "numberFormat");
      this.context.noteWrite(state, t.sheet);
      formats.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f === null || f === undefined) return;
          (t.sheet.formats[t.box.top + i] ??= [])[t.box.left + j] = f;
        }),
      );
    });
  }
  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.context.enqueue("range.hyperlink", link, (state) => {
      const t = this.must();
      this.context.noteWrite(state);
      t.sheet.hyperlinks.set(boxAddress(t.box), { ...link });
      if (link.textToDisplay !== undefined) {
        t.sheet.set(t.box.top, t.box.left, parseEntry(link.textToDisplay, t.sheet.format(t.box.top, t.box.left)));
      }
    });
  }
  getRow(i: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.must();
      return { sheet: t.sheet, box: { ...t.box, top: t.box.top + i, bottom: t.box.top + i } };
    });
  }
  getColumn(i: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.must();
      return { sheet: t.sheet, box: { ...t.box, left: t.box.left + i, right: t.box.left + i } };
    });
  }
  getMergedAreasOrNullObject(): MergedAreasProxy {
    if (this.context.excel.apiVersion < 13) throw new OfficeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new MergedAreasProxy(this.context, this);
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("range.load", wanted, (state) => {
      const t = this.target();
      this.fill("isNullObject", t === null, state);
      if (!t) return;
      const { sheet, box } = t;
      const big = wanted.some((p) => p === "values" || p === "valueTypes" || p === "numberFormat");
      if (big && cells(box) > LIMIT_CELLS) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `${cells(box)} cells in one range read`);
      for (const p of wanted) {
        if (p === "address") this.fill(p, `${quoteIfNeeded(sheet.name)}!${boxAddress(box)}`, state);
        else if (p === "rowCount") this.fill(p, box.bottom - box.top + 1, state);
        else if (p === "columnCount") this.fill(p, box.right - box.left + 1, state);
        else if (p === "values" || p === "valueTypes" || p === "numberFormat") this.fill(p, grid(box, (r, c) => readCell(sheet, r, c, p)), state);
        else if (p === "rowHidden") this.fill(p, tri(box.top, box.bottom, (r) => sheet.hiddenRows.has(r)), state);
        else if (p === "columnHidden") this.fill(p, tri(box.left, box.right, (c) => sheet.hiddenColumns.has(c)), state);
        else throw new OfficeError("InvalidArgument", `range.load(${p}) is not faked`);
      }
    });
    return this;
  }
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function grid<T>(box: Box, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: T[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}
function tri(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let some = false;
  let all = true;
  for (let i = from; i <= to; i++) {
    if (hidden(i)) some = true;
    else all = false;
  }
  return all ? true : some ? null : false;
}
function readCell(sheet: FakeSheet, r: number, c: number, what: "values" | "valueTypes" | "numberFormat"): unknown {
  if (what === "numberFormat") return sheet.format(r, c);
  const v = sheet.get(r, c);
  if (v === undefined) return what === "values" ? "" : "Empty";
  if (typeof v === "object") {
    const error = "error" in v ? v.error : "#NAME?";
    return what === "values" ? error : "Error";
  }
  if (what === "values") return v;
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}
function checkShape(box: Box, data: unknown, what: string): void {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== columns)) {
    throw new OfficeError("InvalidArgument", `${what}: the array does not match the range's ${rows}×${columns}`);
  }
}

class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly protection: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    const record = (key: string, value: unknown) =>
      context.enqueue(`format.${key}`, value, () => {
        const t = this.range.must();
        if (t.sheet.protected) throw new OfficeError("InvalidOperation", `sheet ${t.sheet.name} is protected`);
        const address = boxAddress(t.box);
        const was = t.sheet.cellFormats.get(address);
        // Set again, a range's formats go last: the last one set over a cell wins (FakeSheet.cellFormat).
        t.sheet.cellFormats.delete(address);
        t.sheet.cellFormats.set(address, { ...was, [key]: value });
      });
    const settable = (target: object, prefix: string, keys: readonly string[]) => {
      for (const key of keys) {
        Object.defineProperty(target, key, {
          set: (value: unknown) => record(`${prefix}${key}`, value),
          get: () => {
            throw new OfficeError("PropertyNotLoaded", `format.${prefix}${key}`);
          },
        });
      }
    };
    this.font = {};
    settable(this.font, "font.", ["name", "size", "bold", "italic", "underline", "color"]);
    this.fill = {};
    settable(this.fill, "fill.", ["color"]);
    this.protection = {};
    settable(this.protection, "protection.", ["locked"]);
    const edges = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]);
    this.borders = {
      getItem: (edge: string) => {
        if (!edges.has(edge)) throw new OfficeError("InvalidArgument", `border ${edge}`);
        const border = {};
        settable(border, `border.${edge}.`, ["style", "weight", "color"]);
        return border;
      },
    };
    settable(this, "", ["wrapText", "verticalAlignment", "horizontalAlignment"]);
    Object.defineProperty(this, "indentLevel", {
      set: (value: unknown) => {
        if (context.excel.apiVersion < 9) throw new OfficeError("ApiNotFound", "indentLevel needs ExcelApi 1.9");
        record("indentLevel", value);
      },
    });
  }
  set columnWidth(points: number) {
    this.context.enqueue("format.columnWidth", points, () => {
      const t = this.range.must();
      for (let c = t.box.left; c <= t.box.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  private loadedFormat = new Map<string, unknown>();
  /** What the fake reads of a format: `rowHeight` (Excel's 15 for a row never sized; null over rows of several heights). */
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("format.load", wanted, (state) => {
      const t = this.range.must();
      for (const p of wanted) {
        if (p !== "rowHeight") throw new OfficeError("InvalidArgument", `format.load(${p}) is not faked`);
        const heights = new Set<number>();
        for (let r = t.box.top; r <= t.box.bottom; r++) heights.add(t.sheet.rowHeights.get(r) ?? 15);
        const value = heights.size === 1 ? [...heights][0] : null;
        this.loadedFormat.set(p, value);
        state.response += bytesOf(value) + p.length + 4;
      }
    });
    return this;
  }
  get rowHeight(): number {
    if (!this.loadedFormat.has("rowHeight")) throw new OfficeError("PropertyNotLoaded", "format.rowHeight was not loaded");
    return this.loadedFormat.get("rowHeight") as number;
  }
  set rowHeight(points: number) {
    this.context.enqueue("format.rowHeight", points, () => {
      const t = this.range.must();
      for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  autofitRows(): void {
    this.context.enqueue("format.autofitRows", null, () => void this.range.must());
  }
}

class ConditionalFormatProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(
    private readonly context: FakeContext,
    private readonly cf: FakeConditionalFormat,
  ) {
    const prop = <K extends keyof FakeConditionalFormat>(key: K) => ({
      set: (value: FakeConditionalFormat[K]) => context.enqueue(`cf.${key}`, value, () => void (cf[key] = value)),
    });
    this.custom = {
      rule: Object.defineProperty({} as { formula: string }, "formula", prop("formula")),
      format: {
        fill: Object.defineProperty({} as { color: string }, "color", prop("fill")),
        font: Object.defineProperty({} as { color: string }, "color", prop("fontColor")),
      },
    };
  }
  set stopIfTrue(value: boolean) {
    this.context.enqueue("cf.stopIfTrue", value, () => void (this.cf.stopIfTrue = value));
  }
  set priority(value: number) {
    this.context.enqueue("cf.priority", value, () => void (this.cf.priority = value));
  }
}

class DataValidationProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {}
  private record(key: keyof FakeValidation, value: unknown): void {
    if (this.context.excel.apiVersion < 8) throw new OfficeError("ApiNotFound", "dataValidation needs ExcelApi 1.8");
    this.context.enqueue(`dataValidation.${key}`, value, () => {
      const t = this.range.must();
      const address = boxAddress(t.box);
      let v = t.sheet.validations.find((x) => x.address === address);
      if (!v) t.sheet.validations.push((v = { address }));
      (v as unknown as Record<string, unknown>)[key] = value;
    });
  }
  set rule(value: unknown) {
    this.record("rule", value);
  }
  set ignoreBlanks(value: boolean) {
    this.record("ignoreBlanks", value);
  }
  set prompt(value: unknown) {
    this.record("prompt", value);
  }
  set errorAlert(value: unknown) {
    this.record("errorAlert", value);
  }
}

class MergedAreasProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {
    super();
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("mergedAreas.load", wanted, (state) => {
      const t = this.range.must();
      const inside = t.sheet.merges.filter((m) => overlaps(parseBox(m), t.box));
      this.fill("isNullObject", inside.length === 0, state);
      if (inside.length > 0) this.fill("address", inside.map((m) => `${quoteIfNeeded(t.sheet.name)}!${m}`).join(", "), state);
    });
    return this;
  }
}

// ------------------------------------------------------------ .xlsx → sheets

const BORDER_SIDES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

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

function fakeSheetOf(ws: ExcelJS.Worksheet): FakeSheet {
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

function storedOf(value: ExcelJS.CellValue): Stored | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value !== "object") return value;
  if ("formula" in value && value.formula) return { formula: `=${value.formula}` };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return { error: String(value.error) };
  if ("result" in value) return storedOf(value.result as ExcelJS.CellValue);
  return undefined;
}

function lookOf(cell: ExcelJS.Cell): Record<string, unknown> {
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
