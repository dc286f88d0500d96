/**
 * The browser's result workbook (*Tải kết quả*) as `.xlsx` bytes, from what
 * the in-memory workbook holds: its sheets, then its pages, the page the
 * workbook opens on. One function, so the pane's Web Worker and the main
 * thread (memory-workbook.ts, and the fallback where no worker may run)
 * write the same bytes (issue 24).
 */
import type { PageSheetSpec } from "../workbook/ports/page";
import type { SheetSpec } from "../workbook/ports/sink";
import { XlsxSink, type XlsxSinkOptions } from "./write-workbook";
import type { PreparedSheet } from "./prepared-sheet";

export interface DownloadInput {
  readonly sheets: readonly SheetSpec[];
  readonly pages: readonly PageSheetSpec[];
  /** The page the workbook opens on; null: the active sheet. */
  readonly activePage: string | null;
  readonly defaultFont?: { readonly name: string; readonly size: number };
  /** A sheet written ahead (prepared-sheet.ts), which the sheet of its key, its rows a stand-in, takes as it is. */
  readonly prepared?: PreparedSheet;
}

/** Deflate's fastest level: fflate's JavaScript is most of the download's time, the file a third larger. */
export const DOWNLOAD_LEVEL = 1;

export async function downloadBytes(input: DownloadInput, onSlice?: XlsxSinkOptions["onSlice"]): Promise<Uint8Array> {
  const sink = new XlsxSink({
    level: DOWNLOAD_LEVEL,
    ...(input.defaultFont ? { defaultFont: input.defaultFont } : {}),
    ...(onSlice ? { onSlice } : {}),
    ...(input.prepared ? { prepared: input.prepared } : {}),
  });
  if (input.sheets.length > 0) await sink.writeSheets(input.sheets);
  if (input.pages.length > 0) await sink.writePages(input.pages.map((p) => ({ ...p, active: p.name === input.activePage })));
  return sink.toBuffer();
}
