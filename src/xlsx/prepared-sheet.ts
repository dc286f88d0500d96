/**
 * A large table's sheet written ahead of the download (issue 24). In the
 * pane, the score table does not change once the files are imported, yet
 * writing it was nearly all of *Tải kết quả*'s time: half a million rows
 * turned into XML and deflated after the click. The pane's worker now
 * writes that sheet while the officer ranks and proposes (pane-work.ts),
 * keeping only its deflated part, and the download puts the part in as it
 * is.
 *
 * The sheet is written by the same `writeTableSheet`, into a package of its
 * own that keeps the part apart. The shared strings and looks that package
 * gave ids to are kept with it, in order; the download's package begins
 * with the same (`XlsxPackage.seed`), so the part's ids hold there. Only a
 * sheet exactly as it was prepared takes the part (`sheetKey`: everything
 * of the sheet but its rows, which are known by identity where they live).
 */
import type { OutputCell, SheetSpec, TableName } from "../workbook/ports/sink";
import { Deflate } from "fflate";
import { crc32 } from "./crc32";
import { XlsxPackage, type DeflatedPart, type DeflateLevel, type PartKeeper, type SheetAhead } from "./xml-package";
import type { DefaultFont } from "./xml-styles";
import { SLICE_ROWS, tableSheetSlices } from "./xml-table-sheet";

export interface PreparedSheet extends SheetAhead {
  /** `sheetKey` of the sheet written. */
  readonly key: string;
  readonly table: TableName;
  readonly rowCount: number;
}

/**
 * What a sheet is, but its main table's rows (their number stands in):
 * two sheets of the same key and the same rows are written alike. Whether
 * it is the active sheet is part of it (its tab is selected in its XML).
 */
export function sheetKey(sheet: SheetSpec): string {
  return JSON.stringify({ ...sheet, active: sheet.active === true, table: { ...sheet.table, rows: sheet.table.rows.length } });
}

export interface PrepareOptions {
  readonly level: DeflateLevel;
  readonly defaultFont?: DefaultFont;
  /**
   * What deflates the sheet's XML: here by default; the pane's worker hands
   * it to a second worker, so the writing and the deflating (each about
   * half of the time) run side by side.
   */
  readonly deflater?: PartDeflater;
}

/** A deflater of one whole part, fed its bytes in order (each may be handed over, transferred); `end` gives its raw deflate stream. */
export interface PartDeflater {
  push(data: Uint8Array): void;
  end(): Promise<readonly Uint8Array[]>;
}

/** fflate's deflate, here. */
export function localDeflater(level: DeflateLevel): PartDeflater {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level }, (chunk) => chunks.push(chunk));
  return {
    push: (data) => deflate.push(data, false),
    end: () => {
      deflate.push(new Uint8Array(0), true);
      return Promise.resolve(chunks);
    },
  };
}

/**
 * A sheet written ahead as its main table's rows arrive (`add`, in order),
 * so the writing keeps pace with the rows sent to the worker; `finish` hands
 * back the sheet written, or null for one whose rows hold links (their
 * targets are sheet names the download gives, so such a sheet is written
 * with it). Rows written are let go.
 */
export class SheetPreparer {
  private readonly pkg: XlsxPackage;
  private readonly sheet: SheetSpec;
  /** The main table's rows: as many as it will have, filled as they come. */
  private readonly rows: (readonly OutputCell[] | undefined)[];
  private filled = 0;
  /** Rows of the main table written so far (what the writer yielded last). */
  private written = 0;
  private readonly steps: Generator<number, void, void>;
  /** The part's CRC-32 and length, counted as its bytes go to the deflater. */
  private crc = 0;
  private size = 0;
  private readonly deflater: PartDeflater;
  private part: Promise<DeflatedPart> | null = null;
  private links = false;
  private finished = false;

  /** `sheet`: its main table with the first rows (or none); `rowCount`: how many it has in all. */
  constructor(sheet: SheetSpec, rowCount: number, options: PrepareOptions) {
    this.pkg = new XlsxPackage({ level: options.level, ...(options.defaultFont ? { defaultFont: options.defaultFont } : {}) });
    this.deflater = options.deflater ?? localDeflater(options.level);
    this.rows = new Array<readonly OutputCell[] | undefined>(rowCount);
    this.sheet = { ...sheet, table: { ...sheet.table, rows: this.rows as (readonly OutputCell[])[] } };
    this.links = (sheet.moreTables ?? []).some((t) => holdsLinks(t.table.rows));
    const keep: PartKeeper = {
      push: (data) => {
        this.crc = crc32(data, this.crc);
        this.size += data.length;
        this.deflater.push(data);
      },
      end: () => {
        const { crc, size } = this;
        this.part = this.deflater.end().then((chunks) => ({ chunks, crc, size }));
      },
    };
    const context = { tableNames: new Set<string>(), names: new Map<string, string>(), part: { keep } };
    this.steps = tableSheetSlices(this.pkg, this.sheet, sheet.name, context, sheet.active === true);
    this.add(sheet.table.rows);
  }

  add(rows: readonly (readonly OutputCell[])[]): void {
    if (this.finished) throw new Error("SheetPreparer: rows added after finish");
    if (this.filled + rows.length > this.rows.length) throw new Error("SheetPreparer: more rows than the sheet was said to have");
    for (const row of rows) this.rows[this.filled++] = row;
    if (holdsLinks(rows)) this.links = true;
    // A sheet that will not be taken is not written further.
    if (this.links) return;
    while (this.filled - this.written >= SLICE_ROWS && this.step());
  }

  async finish(): Promise<PreparedSheet | null> {
    if (this.finished) throw new Error("SheetPreparer: finished twice");
    this.finished = true;
    if (this.filled !== this.rows.length) throw new Error(`SheetPreparer: ${this.filled} rows of ${this.rows.length} came`);
    if (this.links) return null;
    while (this.step());
    if (this.part === null) throw new Error("SheetPreparer: the sheet's part was not kept");
    const part = await this.part;
    const { strings, stringRefs } = this.pkg.sharedStrings;
    return { key: sheetKey(this.sheet), table: this.sheet.table.name, rowCount: this.rows.length, part, strings, stringRefs, styles: this.pkg.styles.made };
  }

  /** Writes up to the writer's next pause; false once the sheet is written. */
  private step(): boolean {
    const step = this.steps.next();
    if (step.done) return false;
    // Past the main table (a caption's table follows) the count starts again: those rows are in the sheet already.
    if (step.value > this.written) {
      this.rows.fill(undefined, this.written, step.value);
      this.written = step.value;
    }
    return true;
  }
}

/** The sheet written ahead at once (what the worker does as the rows come). */
export function prepareSheet(sheet: SheetSpec, options: PrepareOptions): Promise<PreparedSheet | null> {
  return new SheetPreparer(sheet, sheet.table.rows.length, options).finish();
}

function holdsLinks(rows: readonly (readonly OutputCell[])[]): boolean {
  for (const row of rows) for (const cell of row) if (cell !== null && typeof cell === "object") return true;
  return false;
}

const standIns = new WeakSet<object>();

/** The rows a prepared sheet stands on in the download: as many as it has, none held. */
export function rowsStandIn(prepared: Pick<PreparedSheet, "rowCount">): (readonly OutputCell[])[] {
  const rows = new Array<readonly OutputCell[]>(prepared.rowCount);
  standIns.add(rows);
  return rows;
}

export function isRowsStandIn(rows: readonly (readonly OutputCell[])[]): boolean {
  return standIns.has(rows);
}
