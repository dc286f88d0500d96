/** Range formats, conditional formats and data validation, refused on a protected sheet. */
import { bytesOf } from "./limits";
import { OfficeError, props, boxAddress, refuseProtected } from "./base";
import { FakeConditionalFormat, FakeValidation } from "./sheet";
import { FakeContext } from "./context";
import { RangeProxy } from "./range";

export class RangeFormatProxy {
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
      refuseProtected(t.sheet);
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
      refuseProtected(t.sheet);
      for (let r = t.box.top; r <= t.box.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  autofitRows(): void {
    this.context.enqueue("format.autofitRows", null, () => void this.range.must());
  }
}

export class ConditionalFormatProxy {
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

export class DataValidationProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly range: RangeProxy,
  ) {}
  private record(key: keyof FakeValidation, value: unknown): void {
    if (this.context.excel.apiVersion < 8) throw new OfficeError("ApiNotFound", "dataValidation needs ExcelApi 1.8");
    this.context.enqueue(`dataValidation.${key}`, value, () => {
      const t = this.range.must();
      refuseProtected(t.sheet);
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
