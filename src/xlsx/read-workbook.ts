/**
 * `.xlsx` bytes → one Grid per worksheet, through exceljs. The file is told
 * by its content first (see `sniff.ts`): an `.xls`, an encrypted workbook, an
 * `.ods`, a CSV get an issue that says how to convert it, whatever their name.
 * Nothing here throws: every failure becomes a FILE_UNREADABLE issue whose
 * `params.reason` the i18n module words.
 *
 * exceljs is loaded with a dynamic import, so the browser build keeps it in a
 * lazy chunk that only downloads when the first file is read.
 */
import type { Row, Workbook, Worksheet } from "exceljs";
import { parseA1 } from "../core/model/address";
import type { CellRange, CellValue, Grid } from "../core/model/grid";
import type { Issue, IssueParams } from "../core/model/issue";
import { cellValue } from "./cell-value";
import { sniff, type UnreadableReason } from "./sniff";

export type ReadWorkbookResult = { ok: true; grids: Grid[] } | { ok: false; issue: Issue };

export interface ReadWorkbookOptions {
  /** Files larger than this are refused before parsing (default 50 MiB). */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * `params.reason` of FILE_UNREADABLE: the file's own problems (see
 * UnreadableReason), plus `reader-unavailable` when exceljs itself could not
 * be loaded (a lazy chunk that failed to download): no fault of the file.
 */
export type ReadFailureReason = UnreadableReason | "reader-unavailable";

/**
 * Worksheet parts the domain never reads. exceljs skips them while parsing,
 * which saves time and avoids its known crash on some drawings (charts,
 * shapes: exceljs#2591 in the worksheet's drawing link).
 */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "drawing",
  "picture",
  "tableParts",
  "pageSetup",
  "printOptions",
  "pageMargins",
  "headerFooter",
  "rowBreaks",
  "autoFilter",
  "sheetProtection",
];

/** How exceljs is asked to load a workbook; the benchmark's floor reads with the same, to be a fair floor. */
export const EXCELJS_READ_OPTIONS = { ignoreNodes: IGNORED_NODES };

export async function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  file: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbookResult> {
  const name = baseName(file);
  const extension = extensionOf(name);
  const fail = (reason: ReadFailureReason, extra: Record<string, string | number> = {}): ReadWorkbookResult => ({
    ok: false,
    issue: unreadableIssue(name, reason, extension, extra),
  });

  try {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (data.byteLength > maxBytes) {
      return fail("too-large", { sizeMB: toMB(data.byteLength), maxMB: toMB(maxBytes) });
    }

    const sniffed = sniff(data);
    if (sniffed.kind === "unreadable") {
      return fail(sniffed.reason, sniffed.format === undefined ? {} : { format: sniffed.format });
    }

    let ExcelJS: ExcelJsModule;
    try {
      ExcelJS = await loadExcelJs();
    } catch (error) {
      return fail("reader-unavailable", { detail: describe(error) });
    }

    let workbook: Workbook;
    try {
      workbook = new ExcelJS.Workbook();
      // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array or ArrayBuffer.
      await workbook.xlsx.load(data as unknown as ArrayBuffer, EXCELJS_READ_OPTIONS);
    } catch (error) {
      return fail("corrupt", { detail: describe(error) });
    }

    const intern = stringInterner();
    const grids = workbook.worksheets.map((worksheet) => worksheetToGrid(worksheet, name, intern));
    if (!grids.some((grid) => grid.rowCount > 0)) return fail("empty");
    return { ok: true, grids };
  } catch (error) {
    // Anything unforeseen while walking exceljs's model: still an issue, never a throw.
    return fail("corrupt", { detail: describe(error) });
  }
}

// ------------------------------------------------------------------ exceljs

type ExcelJsModule = typeof import("exceljs");

let exceljsLoading: Promise<ExcelJsModule> | null = null;

/**
 * exceljs, loaded once. Under ts-jest (CommonJS) the import is a `require`
 * wrapped by `__importStar`, whose `default` is the module itself; webpack
 * bundles exceljs's browser build (UMD, seen as CommonJS) and hands over a
 * namespace whose `default` is `module.exports`; Node's ESM import of the
 * CommonJS package (tsx) does the same. `default ?? module` covers all three.
 * A failed load is forgotten so the next file tries again.
 */
function loadExcelJs(): Promise<ExcelJsModule> {
  exceljsLoading ??= import("exceljs").then(
    (mod) => {
      const ns = mod as ExcelJsModule & { default?: ExcelJsModule };
      const resolved = ns.default ?? ns;
      if (typeof resolved.Workbook !== "function") throw new Error("exceljs has no Workbook export");
      return resolved;
    },
    (error: unknown) => {
      exceljsLoading = null;
      throw error;
    },
  );
  return exceljsLoading;
}

// -------------------------------------------------------------------- grids

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * One copy of each distinct text of a workbook. A block's workbooks repeat a
 * few hundred texts (criteria, unit names) over a million cells, and the
 * strings exceljs hands over are slices of the XML it parsed: kept as they
 * are, a few short cells would keep every sheet's whole XML alive. Measured
 * on the L bench block (64 workbooks, 2.8 million cells): the grids held
 * ~490 MB as handed over, ~260 MB with each string copied, ~170 MB shared,
 * and peak memory fell from ~1.25 GB to ~0.8 GB. The kept copy is made flat,
 * owning only its text.
 */
type Intern = (text: string) => string;

function stringInterner(): Intern {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      // Concatenating and slicing makes V8 build a new string that does not share the parser's buffer.
      kept = ` ${text}`.slice(1);
      seen.set(kept, kept);
    }
    return kept;
  };
}

function worksheetToGrid(worksheet: Worksheet, file: string, intern: Intern): Grid {
  const rows: (readonly CellValue[])[] = [];
  const hiddenRows = new Set<number>();
  let columnCount = 0;

  worksheet.eachRow({ includeEmpty: false }, (row: Row, rowNumber: number) => {
    const values = rowValues(row, intern);
    if (values.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
    rows.push(values);
    if (values.length > columnCount) columnCount = values.length;
  });
  const rowCount = rows.length;
  for (let r = 1; r <= rowCount; r++) {
    if (worksheet.findRow(r)?.hidden) hiddenRows.add(r - 1);
  }

  // Only columns within the data: "hide every column to the right" would otherwise add thousands.
  const hiddenColumns = new Set<number>();
  const columns = worksheet.columns as ReadonlyArray<{ hidden?: boolean } | undefined> | null | undefined;
  if (columns) {
    const last = Math.min(columns.length, columnCount);
    for (let c = 0; c < last; c++) if (columns[c]?.hidden) hiddenColumns.add(c);
  }

  return {
    file,
    sheet: worksheet.name,
    rowCount,
    columnCount,
    rows,
    merges: mergesOf(worksheet),
    hiddenRows,
    hiddenColumns,
    hidden: worksheet.state === "hidden" || worksheet.state === "veryHidden",
  };
}

/** One row's values, 0-based, blanks as null, trailing blanks dropped; empty when it shows nothing. */
function rowValues(row: Row, intern: Intern): CellValue[] {
  // eachCell visits cells left to right; grow only up to the last value, so
  // formatted blank cells out to column XFD cost nothing.
  const values: CellValue[] = [];
  row.eachCell((cell, colNumber) => {
    const value = cellValue(cell);
    if (value === null) return;
    while (values.length < colNumber - 1) values.push(null);
    values.push(typeof value === "string" ? intern(value) : value);
  });
  return values;
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Merged ranges, 0-based inclusive. exceljs keeps them in `_merges` (1-based
 * Range objects, keyed by the top-left address); its public `model` getter
 * would rebuild every row's model just to list them, so it is only the
 * fallback should a later exceljs rename the field.
 */
function mergesOf(worksheet: Worksheet): CellRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const merges: CellRange[] = [];
  if (internal && typeof internal === "object") {
    for (const key of Object.keys(internal)) {
      const m = internal[key];
      if (!m) continue;
      merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  } else {
    for (const ref of (worksheet.model as { merges?: string[] }).merges ?? []) {
      const [from = "", to = from] = ref.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      if (!a || !b) continue;
      merges.push({
        top: Math.min(a.row, b.row),
        left: Math.min(a.column, b.column),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.column, b.column),
      });
    }
  }
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  return merges;
}

// ------------------------------------------------------------------- issues

function unreadableIssue(
  file: string,
  reason: ReadFailureReason,
  extension: string,
  extra: Record<string, string | number>,
): Issue {
  const params: IssueParams = { reason, extension, ...extra };
  return { severity: "error", code: "FILE_UNREADABLE", file, params };
}

/** `C:\Users\x\Desktop\phieu cham.xlsx` or `a/b/c.xlsx` → the last part. */
function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] ?? file;
}

/** `Phiếu.XLS` → `xls`; `""` when there is none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Mebibytes with one decimal, for the message. */
function toMB(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** A short technical line for the log and the issue's `detail` (not shown as the message). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
