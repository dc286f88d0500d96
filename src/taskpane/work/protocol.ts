/**
 * The messages between the pane and its Web Worker (issue 24): the pane's
 * heavy work, reading the files and writing the download, done off the main
 * thread. A file's bytes go in as a transferable; the download's bytes come
 * back as one. The download's sheets go in part by part (a large table's
 * rows in chunks), so no single message takes the main thread long to copy.
 */
import type { ReadWorkbookResult } from "../../xlsx/read/read-workbook";
import type { DownloadInput } from "../../xlsx/download-bytes";
import type { PageSheetSpec } from "../../workbook/ports/page";
import type { OutputCell, SheetSpec } from "../../workbook/ports/sink";
import type { DeflateLevel } from "../../xlsx/xml-package";

export type ToWorker =
  | { readonly kind: "read"; readonly id: number; readonly bytes: ArrayBuffer; readonly file: string }
  /**
   * A large sheet to write ahead of any download (prepared-sheet.ts), with
   * the first of its main table's `rowCount` rows, the others following in
   * `prepare-rows` (written as they come), then `prepare-end`; answered by
   * `prepared`. Kept until `prepare-drop`.
   */
  | {
      readonly kind: "prepare-begin";
      readonly id: number;
      readonly sheet: SheetSpec;
      readonly rowCount: number;
      /** Where the sheet's XML goes to be deflated (a second worker's `deflate-serve`), if not here. */
      readonly deflateVia?: MessagePort;
    }
  | { readonly kind: "prepare-rows"; readonly id: number; readonly rows: readonly (readonly OutputCell[])[] }
  | { readonly kind: "prepare-end"; readonly id: number }
  | { readonly kind: "prepare-drop"; readonly id: number }
  /** Deflate, at `level`, a part whose bytes come over `port` (ToDeflater); hand its stream back over it. */
  | { readonly kind: "deflate-serve"; readonly port: MessagePort; readonly level: DeflateLevel }
  /** A download begins: the sheets and rows that follow under the same id are its; `prepared`: the id of a sheet written ahead that it holds. */
  | { readonly kind: "write-begin"; readonly id: number; readonly defaultFont?: DownloadInput["defaultFont"]; readonly prepared?: number }
  /** One sheet; its main table's rows may be only the first ones, the rest following in `write-rows`; `prepared`: none follow, the sheet written ahead is this one. */
  | { readonly kind: "write-sheet"; readonly id: number; readonly sheet: SheetSpec; readonly prepared?: true }
  | { readonly kind: "write-rows"; readonly id: number; readonly rows: readonly (readonly OutputCell[])[] }
  | { readonly kind: "write-end"; readonly id: number; readonly pages: readonly PageSheetSpec[]; readonly activePage: string | null };

/** Over a `deflate-serve` port: a part's bytes in order, then its end (answered by its deflate stream's chunks). */
export type ToDeflater = { readonly kind: "push"; readonly data: Uint8Array } | { readonly kind: "end" };

export type FromWorker =
  /** The worker's code ran: the pane may send it work (a worker that never says so is not used). */
  | { readonly kind: "ready" }
  | { readonly kind: "read-done"; readonly id: number; readonly result: ReadWorkbookResult }
  | { readonly kind: "progress"; readonly id: number; readonly done: number; readonly total: number }
  | { readonly kind: "written"; readonly id: number; readonly bytes: Uint8Array }
  /** A sheet written ahead, or not (`ok` false: its rows hold links, or it failed; a download then sends its rows). */
  | { readonly kind: "prepared"; readonly id: number; readonly ok: boolean }
  /** A fault of ours in the worker (the reader never throws; the writer should not). */
  | { readonly kind: "failed"; readonly id: number; readonly message: string };

/** Rows of a table in one `write-sheet`/`write-rows` message. */
export const ROWS_PER_MESSAGE = 20_000;
