/**
 * `.xlsx` bytes → one Grid per worksheet, by our own reader (read-xlsx.ts)
 * within the bounds of limits.ts. The file is told by its content first (see
 * `sniff.ts`): an `.xls`, an encrypted workbook, an `.ods`, a CSV get an issue
 * that says how to convert it, whatever their name. Nothing here throws:
 * every failure becomes a FILE_UNREADABLE issue whose `params.reason` the
 * i18n module words.
 */
import type { Grid } from "../../core/model/grid";
import type { Issue, IssueParams } from "../../core/model/issue";
import { type LimitReason, READ_LIMITS, ReadLimitError, type ReadLimits } from "./limits";
import { ownTableHeaders } from "./own-tables";
import { readXlsx, XlsxError } from "./read-xlsx";
import { sniff, type UnreadableReason } from "./sniff";
import type { Inflater } from "./zip";

export type ReadWorkbookResult = { ok: true; grids: Grid[] } | { ok: false; issue: Issue };

export interface ReadWorkbookOptions {
  /** Files larger than this are refused before parsing (default 50 MiB). */
  readonly maxBytes?: number;
  /** The bounds inside the zip (default READ_LIMITS); tests lower them. */
  readonly limits?: Partial<ReadLimits>;
  /** How parts are inflated: fflate (everywhere) unless given; the command gives node's zlib. */
  readonly inflate?: Inflater;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * `params.reason` of FILE_UNREADABLE: the file's own problems (see
 * UnreadableReason), a bound passed (LimitReason), and `reader-failed` for a
 * fault of ours while reading (no fault of the file).
 */
export type ReadFailureReason = UnreadableReason | LimitReason | "reader-failed";

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

    const grids = readXlsx(data, name, { ...READ_LIMITS, ...options.limits }, options.inflate);
    if (!grids.some((grid) => grid.rowCount > 0)) return fail("empty");
    return { ok: true, grids };
  } catch (error) {
    if (error instanceof ReadLimitError) {
      // Our own result of a large block passes the bounds; its tables' headers still tell the import what it is.
      const ours = ownTables(bytes, name, options.inflate);
      return ours.length > 0 ? { ok: true, grids: ours } : fail(error.reason, { ...error.params });
    }
    if (error instanceof XlsxError) return fail("corrupt", { detail: describe(error) });
    // Anything unforeseen: a fault of ours, still an issue, never a throw.
    return fail("reader-failed", { detail: describe(error) });
  }
}

function ownTables(bytes: Uint8Array | ArrayBuffer, name: string, inflate: Inflater | undefined): Grid[] {
  try {
    return ownTableHeaders(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name, inflate);
  } catch {
    return []; // a damaged table part: the limit's issue stands
  }
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
