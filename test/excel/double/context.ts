/** The request context: operations queued, applied in order at `sync()`, each request and response priced (limits.ts); the workbook (protection, insertion from a file), runtime and application. */
import { LIMIT_BYTES, operationBytes } from "./limits";
import { RequestLog, OfficeError, Op, ApplyState, Loadable, props } from "./base";
import { FakeSheet } from "./sheet";
import { NamedItemProxy, WorksheetCollectionProxy } from "./worksheet";
import { sheetsFromXlsx } from "./xlsx";
import type { FakeExcel } from "../fake-excel";

// ----------------------------------------------------------------- context

export class FakeContext {
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
    this.queue.push({ what, bytes: operationBytes(what, args), apply });
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
    if (excel.cellEditMode) throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
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

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly names: WorkbookNamesProxy;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.protection = new WorkbookProtectionProxy(context);
    this.names = new WorkbookNamesProxy(context);
  }
  /** ExcelApi 1.13: the named sheets of a base64 .xlsx, read with exceljs, inserted at the end; the ids come back as a ClientResult. */
  insertWorksheetsFromBase64(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string } = {}): { readonly value: string[] } {
    const excel = this.context.excel;
    if (excel.apiVersion < 13) throw new OfficeError("ApiNotFound", "insertWorksheetsFromBase64 needs ExcelApi 1.13");
    let ids: string[] | null = null;
    this.context.enqueue("workbook.insertWorksheetsFromBase64", [base64, options], async (state) => {
      if ((options.positionType ?? "End") !== "End") throw new OfficeError("InvalidArgument", "the fake inserts at the end only");
      excel.checkStructure("insertWorksheetsFromBase64");
      if (excel.insertFault === "general") throw new OfficeError("GeneralException", "An internal error has occurred (office-js #6142)");
      if (excel.insertFault === "nothing") {
        ids = [];
        return;
      }
      const file = Buffer.from(base64, "base64");
      excel.insertedFiles.push(file);
      // The parts' names are stored as they are in the zip: enough to see what the web refuses.
      if (excel.web && /xl\/(comments|charts\/|pivotTables\/)/.test(file.toString("latin1"))) throw new OfficeError("GeneralException", "the file has comments, charts or PivotTables");
      const sheets = await sheetsFromXlsx(file, options.sheetNamesToInsert);
      this.context.noteWrite(state);
      ids = sheets.map((sheet) => {
        // The docs do not say what Excel does with a name the workbook holds: the fake refuses it, so no writer counts on either.
        if (!excel.checkNameFree(sheet.name)) throw new OfficeError("ItemAlreadyExists", `a sheet is named ${sheet.name}`);
        excel.workbook.sheets.push(sheet);
        return sheet.id;
      });
      if (excel.insertFault === "inserted") throw new OfficeError("GeneralException", "An internal error has occurred (office-js #3179: the sheets were inserted)");
    });
    return {
      get value(): string[] {
        if (!ids) throw new OfficeError("PropertyNotLoaded", "the insertion's result is known after the sync");
        return ids;
      },
    };
  }
}

/** ExcelApi 1.7: whether the workbook's structure is protected. */
export class WorkbookProtectionProxy extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    if (this.context.excel.apiVersion < 7) throw new OfficeError("ApiNotFound", "workbook.protection needs ExcelApi 1.7");
    this.context.enqueue("workbookProtection.load", wanted, (state) => {
      for (const p of wanted) {
        if (p !== "protected") throw new OfficeError("InvalidArgument", `workbook.protection.${p}`);
        this.fill(p, this.context.excel.workbook.structureProtected, state);
      }
    });
    return this;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

export class RuntimeProxy extends Loadable {
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

export class ApplicationProxy {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("suspendApiCalculationUntilNextSync", null, (state) => {
      state.calcSuspended = true;
    });
  }
  /** ExcelApi 1.1: computes what is dirty (the formulas written under suspension among it). */
  calculate(type: string): void {
    this.context.enqueue("application.calculate", type, () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(type)) throw new OfficeError("InvalidArgument", `calculate(${type})`);
      this.context.excel.uncalculatedFormulas = 0;
      this.context.excel.recalculations++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    if (this.context.excel.apiVersion < 9) throw new OfficeError("ApiNotFound", "suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9");
    this.context.enqueue("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

/**
 * The workbook-scoped names (ExcelApi 1.1 to read): a table cannot take
 * one of them (https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114).
 */
export class WorkbookNamesProxy extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("names.load", wanted, (state) => {
      const items = [...this.context.excel.workbook.names.keys()].map((name) => {
        const item = new NamedItemProxy();
        item.fill("name", name, state);
        return item;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): NamedItemProxy[] {
    return this.read("items");
  }
}
