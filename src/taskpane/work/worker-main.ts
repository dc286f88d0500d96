/**
 * The pane's Web Worker (issue 24): reads the files (the same readWorkbook
 * as the main thread), writes the large sheet ahead as its rows come
 * (SheetPreparer; its XML deflated here or, over a channel, by another
 * worker's `deflate-serve`) and writes the download (the same
 * downloadBytes), answering protocol.ts's messages. Bundled on its own and inlined into the
 * pane as a string (scripts/webpack/worker-source-loader.cjs), started from
 * a Blob URL: the one-file browser app has no second file to load.
 */
import { readWorkbook } from "../../xlsx/read/read-workbook";
import { DOWNLOAD_LEVEL, downloadBytes } from "../../xlsx/download-bytes";
import { localDeflater, rowsStandIn, SheetPreparer, type PartDeflater, type PreparedSheet } from "../../xlsx/prepared-sheet";
import type { DeflateLevel } from "../../xlsx/xml-package";
import type { DownloadInput } from "../../xlsx/download-bytes";
import type { PageSheetSpec } from "../../workbook/ports/page";
import type { OutputCell, SheetSpec } from "../../workbook/ports/sink";
import type { FromWorker, ToDeflater, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

/** What a download has received so far, by its id. */
interface Download {
  readonly defaultFont?: DownloadInput["defaultFont"];
  readonly prepared?: PreparedSheet;
  readonly sheets: { sheet: SheetSpec; rows: (readonly OutputCell[])[] }[];
}

export function serveWork(scope: WorkerScope): void {
  const downloads = new Map<number, Download>();
  /** Sheets being written ahead as their rows come, then written, by id. */
  const preparing = new Map<number, SheetPreparer>();
  const prepared = new Map<number, PreparedSheet>();
  const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

  const write = async (id: number, download: Download, pages: readonly PageSheetSpec[], activePage: string | null) => {
    const sheets = download.sheets.map(({ sheet, rows }) => ({ ...sheet, table: { ...sheet.table, rows } }));
    const total = sheets.reduce((n, s) => n + s.table.rows.length, 0) + pages.length;
    let before = 0;
    let sheetAt = 0;
    const input = { sheets, pages, activePage, ...(download.defaultFont ? { defaultFont: download.defaultFont } : {}), ...(download.prepared ? { prepared: download.prepared } : {}) };
    const bytes = await downloadBytes(input, ({ sheet, rows }) => {
      if (sheet !== sheetAt) {
        before += sheets[sheetAt]?.table.rows.length ?? 0;
        sheetAt = sheet;
      }
      post({ kind: "progress", id, done: before + rows, total });
    });
    post({ kind: "written", id, bytes }, [bytes.buffer as ArrayBuffer]);
  };

  scope.onmessage = (event) => {
    const message = event.data;
    const fail = (error: unknown) => post({ kind: "failed", id: "id" in message ? message.id : 0, message: String(error).slice(0, 300) });
    switch (message.kind) {
      case "read":
        void readWorkbook(message.bytes, message.file).then((result) => post({ kind: "read-done", id: message.id, result }), fail);
        return;
      case "prepare-begin":
      case "prepare-rows":
        // A fault here only means the sheet is not written ahead: a download holding it sends its rows as before.
        try {
          if (message.kind === "prepare-rows") preparing.get(message.id)?.add(message.rows);
          else {
            const deflater = message.deflateVia ? portDeflater(message.deflateVia) : localDeflater(DOWNLOAD_LEVEL);
            preparing.set(message.id, new SheetPreparer(message.sheet, message.rowCount, { level: DOWNLOAD_LEVEL, deflater }));
          }
        } catch {
          preparing.delete(message.id);
        }
        return;
      case "prepare-end": {
        const preparer = preparing.get(message.id);
        preparing.delete(message.id);
        void (async () => (preparer ? preparer.finish() : null))().then(
          (sheet) => {
            if (sheet) prepared.set(message.id, sheet);
            post({ kind: "prepared", id: message.id, ok: sheet !== null });
          },
          () => post({ kind: "prepared", id: message.id, ok: false }),
        );
        return;
      }
      case "deflate-serve":
        serveDeflate(message.port, message.level);
        return;
      case "prepare-drop":
        preparing.delete(message.id);
        prepared.delete(message.id);
        return;
      case "write-begin": {
        const ahead = message.prepared === undefined ? undefined : prepared.get(message.prepared);
        if (message.prepared !== undefined && !ahead) return fail(new Error("no such sheet written ahead"));
        downloads.set(message.id, { ...(message.defaultFont ? { defaultFont: message.defaultFont } : {}), ...(ahead ? { prepared: ahead } : {}), sheets: [] });
        return;
      }
      case "write-sheet": {
        const download = downloads.get(message.id);
        if (!download) return;
        const ahead = message.prepared ? download.prepared : undefined;
        if (message.prepared && !ahead) return fail(new Error("no sheet written ahead in this download"));
        download.sheets.push({ sheet: message.sheet, rows: ahead ? rowsStandIn(ahead) : [...message.sheet.table.rows] });
        return;
      }
      case "write-rows": {
        const last = downloads.get(message.id)?.sheets.at(-1);
        if (last) for (const row of message.rows) last.rows.push(row);
        return;
      }
      case "write-end": {
        const download = downloads.get(message.id);
        downloads.delete(message.id);
        if (!download) return fail(new Error("no such download"));
        void write(message.id, download, message.pages, message.activePage).catch(fail);
        return;
      }
    }
  };
  post({ kind: "ready" });
}

/**
 * A sheet's XML deflated in another worker (the pane's second one, while
 * this one writes it): its bytes handed over the port as they come, the
 * deflate stream handed back at the end.
 */
function portDeflater(port: MessagePort): PartDeflater {
  return {
    push: (data) => port.postMessage({ kind: "push", data } satisfies ToDeflater, [data.buffer as ArrayBuffer]),
    end: () =>
      new Promise((resolve) => {
        port.onmessage = (event: MessageEvent<{ readonly chunks: readonly Uint8Array[] }>) => {
          port.close();
          resolve(event.data.chunks);
        };
        port.postMessage({ kind: "end" } satisfies ToDeflater);
      }),
  };
}

/** The other end: deflates what comes over the port at `level`, hands the stream back, and is done. */
function serveDeflate(port: MessagePort, level: DeflateLevel): void {
  const deflater = localDeflater(level);
  port.onmessage = (event: MessageEvent<ToDeflater>) => {
    const message = event.data;
    if (message.kind === "push") {
      deflater.push(message.data);
      return;
    }
    void deflater.end().then((chunks) => {
      // Each buffer once in the transfer list (a list naming one twice is refused).
      port.postMessage({ chunks }, [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))]);
      port.close();
    });
  };
}

// In a worker (no `document`), serve; imported elsewhere (a test), do nothing.
if (typeof document === "undefined" && typeof self !== "undefined" && typeof (self as { postMessage?: unknown }).postMessage === "function") serveWork(self as unknown as WorkerScope);
