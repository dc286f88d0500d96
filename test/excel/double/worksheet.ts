/** Worksheets: the collection, a sheet (name, position, copy, delete under the workbook's protection), its protection, names and page layout. */
import { bytesOf, LOADED_OBJECT_BYTES } from "./limits";
import { OfficeError, ApplyState, Loadable, props, parseBox, boxAddress } from "./base";
import { quoteIfNeeded } from "./range";
import { FakeSheet } from "./sheet";
import { FakeContext } from "./context";
import { TableCollectionProxy, ChartCollectionProxy } from "./table";
import { RangeProxy } from "./range";

export class WorksheetCollectionProxy extends Loadable {
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
          if (path === "name" || path === "visibility" || path === "id") proxy.fill(path, sheet[path], state);
          else if (path === "protection/protected") proxy.protection.fill("protected", sheet.protected, state);
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
      const sheet = this.context.excel.workbook.sheets.find((s) => s.id === name || s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
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
      this.context.excel.checkStructure("worksheets.add");
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

export class WorksheetProxy extends Loadable {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: SheetProtectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void };
  constructor(
    private readonly context: FakeContext,
    readonly target: () => FakeSheet,
  ) {
    super();
    this.tables = new TableCollectionProxy(context, this);
    this.charts = new ChartCollectionProxy(context, this);
    this.names = new NamedItemCollectionProxy(context, this);
    this.protection = new SheetProtectionProxy(context, this);
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
  get id(): string {
    return this.read("id");
  }
  set name(value: string) {
    this.context.enqueue("worksheet.name", value, () => {
      const sheet = this.target();
      if (sheet.name !== value) this.context.excel.checkStructure("worksheet.name");
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
      this.context.excel.checkStructure("worksheet.position");
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
      excel.checkStructure("worksheet.copy");
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
      excel.checkStructure("worksheet.delete");
      const i = excel.workbook.sheets.indexOf(sheet);
      if (i < 0) throw new OfficeError("ItemNotFound", `sheet ${sheet.name} is gone`);
      if (sheet.visibility === "Visible" && excel.visibleCount() === 1) throw new OfficeError("InvalidOperation", "the last visible sheet cannot be deleted");
      excel.workbook.sheets.splice(i, 1);
      if (excel.workbook.active === sheet.name) excel.workbook.active = null;
    });
  }
}

/** A sheet's protection (ExcelApi 1.2): `protected` read, `protect` and `unprotect`. */
export class SheetProtectionProxy extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super();
  }
  get protected(): boolean {
    return this.read("protected");
  }
  load(spec: string | string[]): this {
    const wanted = props(spec);
    this.context.enqueue("protection.load", wanted, (state) => {
      for (const p of wanted) {
        if (p !== "protected") throw new OfficeError("InvalidArgument", `protection.${p}`);
        this.fill(p, this.worksheet.target().protected, state);
      }
    });
    return this;
  }
  protect(options?: unknown, password?: string): void {
    this.context.enqueue("protection.protect", [options ?? null, password ?? null], () => {
      const sheet = this.worksheet.target();
      if (sheet.protected) throw new OfficeError("InvalidOperation", "the sheet is already protected");
      if (password !== undefined) sheet.pageLayout["protectionPassword"] = password;
      sheet.protected = true;
    });
  }
  /** A sheet protected with a password stays protected without it. */
  unprotect(password?: string): void {
    this.context.enqueue("protection.unprotect", password ?? null, () => {
      const sheet = this.worksheet.target();
      const kept = sheet.pageLayout["protectionPassword"];
      if (kept !== undefined && kept !== password) throw new OfficeError("InvalidArgument", "the password is wrong");
      sheet.protected = false;
    });
  }
}

export class NamedItemCollectionProxy extends Loadable {
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

export class NamedItemProxy extends Loadable {
  get name(): string {
    return this.read("name");
  }
  get value(): unknown {
    return this.read("value");
  }
}

/** ExcelApi 1.9: what a writer sets is recorded on the sheet's `pageLayout`. */
export class PageLayoutProxy {
  constructor(
    context: FakeContext,
    worksheet: WorksheetProxy,
  ) {
    const record = (key: string, value: unknown) =>
      context.enqueue(`pageLayout.${key}`, value, () => {
        const fault = context.excel.pageSetupFault;
        if (fault === "refused") throw new OfficeError("GeneralException", `pageLayout.${key} refused`);
        const fitIgnored = fault === "fit-ignored" && key === "zoom" && typeof value === "object" && value !== null && !("scale" in value);
        worksheet.target().pageLayout[key] = fitIgnored ? { scale: 100 } : value;
      });
    let loadedZoom: unknown;
    let zoomLoaded = false;
    this.load = (spec: string | string[]) => {
      const wanted = props(spec);
      context.enqueue("pageLayout.load", wanted, (state) => {
        for (const p of wanted) {
          if (p !== "zoom") throw new OfficeError("InvalidArgument", `pageLayout.load(${p}) is not faked`);
          loadedZoom = worksheet.target().pageLayout["zoom"] ?? { scale: 100 };
          zoomLoaded = true;
          state.response += bytesOf(loadedZoom) + LOADED_OBJECT_BYTES;
        }
      });
      return this;
    };
    Object.defineProperty(this, "zoom", {
      set: (value: unknown) => record("zoom", value),
      get: () => {
        if (!zoomLoaded) throw new OfficeError("PropertyNotLoaded", "pageLayout.zoom");
        return loadedZoom;
      },
    });
    for (const key of ["orientation", "paperSize", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "centerHorizontally", "centerVertically"]) {
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
  readonly load: (spec: string | string[]) => this;
  /** ExcelApi 1.9: the print area as a RangeAreas, or a null object. */
  readonly getPrintAreaOrNullObject: () => PrintAreaProxy;
  readonly setPrintTitleRows: (rows: string) => void;
}

export class PrintAreaProxy extends Loadable {
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
