/** The workbook's state as plain data tests assert on: sheets (cells, formats, merges, names, layout) and the workbook. */
import { Box, parseBox, boxAddress, cells } from "./base";

export let sheetIds = 0;

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
  /** Excel's id of the sheet (`{…}`), stable across renames. */
  readonly id = `{${String(++sheetIds).padStart(8, "0")}-0000-4000-8000-000000000000}`;
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
  /**
   * Review › Protect Workbook (structure): adding, copying, inserting,
   * moving, renaming and deleting sheets fail (WorkbookProtection, ExcelApi 1.7:
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection).
   */
  structureProtected: boolean;
  /** Workbook-scoped defined names, lower-cased → formula: a table cannot take one of them. */
  names: Map<string, string>;
  /** What `range.select()` last selected: the sheet and its 0-based rows. */
  selection?: { sheet: string; top: number; bottom: number; entireRows: boolean; address?: string };
}


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
