/** Ranges: values and number formats as Excel parses them, merges, row inserts and deletes, copyFrom, reads within the cell limit, merged areas within 512. */
import { LIMIT_CELLS, LIMIT_MERGED_AREAS } from "./limits";
import { Box, OfficeError, Loadable, props, RangeTarget, parseBox, boxAddress, overlaps, cells } from "./base";
import { Stored, FakeConditionalFormat, FakeSheet, parseEntry } from "./sheet";
import { FakeContext } from "./context";
import { RangeFormatProxy, ConditionalFormatProxy, DataValidationProxy } from "./format";

export class RangeProxy extends Loadable {
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
          const stored = typeof v === "string" ? parseEntry(v, t.sheet.format(r, c)) : (v as Stored);
          if (stored !== null && typeof stored === "object" && "formula" in stored && state.calcSuspended) this.context.excel.uncalculatedFormulas++;
          t.sheet.set(r, c, stored);
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

/**
 * A protected sheet refuses formats, sizes and validation too (Excel's "The
 * cell or chart you're trying to change is on a protected sheet"; column
 * widths and row heights stay locked unless `allowFormatColumns/Rows`:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions).
 */

export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
export function grid<T>(box: Box, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const line: T[] = [];
    for (let c = box.left; c <= box.right; c++) line.push(at(r, c));
    out.push(line);
  }
  return out;
}
export function tri(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let some = false;
  let all = true;
  for (let i = from; i <= to; i++) {
    if (hidden(i)) some = true;
    else all = false;
  }
  return all ? true : some ? null : false;
}
export function readCell(sheet: FakeSheet, r: number, c: number, what: "values" | "valueTypes" | "numberFormat"): unknown {
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
export function checkShape(box: Box, data: unknown, what: string): void {
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((line) => !Array.isArray(line) || line.length !== columns)) {
    throw new OfficeError("InvalidArgument", `${what}: the array does not match the range's ${rows}×${columns}`);
  }
}


export class MergedAreasProxy extends Loadable {
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
      if (inside.length > LIMIT_MERGED_AREAS) throw new OfficeError("GeneralException", `${inside.length} merged areas: more than ${LIMIT_MERGED_AREAS}`);
      this.fill("isNullObject", inside.length === 0, state);
      if (inside.length > 0) this.fill("address", inside.map((m) => `${quoteIfNeeded(t.sheet.name)}!${m}`).join(", "), state);
    });
    return this;
  }
}
