/**
 * The pane's heavy work (issue 24), off the main thread where the browser
 * lets it: reading a file (the `readWorkbook` the session is given) and
 * writing the download (the in-memory workbook's `write`). One Web Worker,
 * started from a Blob URL of the inlined worker code (worker-source.ts),
 * the file's bytes transferred to it; everything but the files' reading goes
 * to that one. Reads also use a second worker, started only when a second
 * read comes while one is in hand (a batch of more than one file): the
 * import reads ahead (session/import-slice.ts), two files at once. A worker
 * keeps nothing of a file once its grids are sent back.
 *
 * The download's large sheet (the scores) is written ahead (`prepareSheet`,
 * xlsx/prepared-sheet.ts, D12): the first worker writes it as its rows come
 * and a second one, the idle reader, deflates its XML; a download holding
 * that same sheet takes the part as it was made and sends none of its rows.
 *
 * Where no worker may run — Excel 2016/2019 on Windows with the Internet
 * Explorer engine refuses a Blob-URL worker (SecurityError), a page with no
 * Worker, a worker that fails to start — the same work is done on the main
 * thread in slices that yield (setTimeout 0) between files and every few
 * thousand rows, so the page is never blocked long.
 *
 * Stopping (`stop`, or the download's aborted signal) ends the worker there
 * and then: the work in hand rejects with a WorkStopped, the next one
 * starts a new worker. On the main thread, a download stops at its next
 * pause; a file being read is read to its end.
 */
import { readWorkbook, type ReadWorkbookResult } from "../../xlsx/read/read-workbook";
import { breathe } from "./breathe";
import { DOWNLOAD_LEVEL, downloadBytes, type DownloadInput } from "../../xlsx/download-bytes";
import type { FromWorker, ToWorker } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";
import { sheetKey } from "../../xlsx/prepared-sheet";
import type { SheetSpec } from "../../workbook/ports/sink";
import WORKER_SOURCE from "./worker-source";

/** The work was stopped by the officer: nothing of it is to be kept. */
export class WorkStopped extends Error {
  constructor() {
    super("stopped");
    this.name = "WorkStopped";
  }
}

export interface WorkOptions {
  readonly signal?: AbortSignal;
  /** Rows written so far of all the download's rows. */
  readonly onProgress?: (done: number, total: number) => void;
}

type Pending = {
  resolve: (message: FromWorker) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
  /** The worker doing it: a worker that fails fails only its own work. */
  worker?: Worker;
};
type Started = { readonly worker: Worker; readonly ready: Promise<boolean> };
/** A worker that reads; `stop` settles a reader still starting, so a read waiting for it does not wait for ever. */
type Reader = Started & { stopped: boolean; readonly stop?: () => void };

/** Files read at once at most: two, one per core of a modest office computer, the main thread adding the one before meanwhile. */
export const READS_AT_ONCE = 2;


export class PaneWork {
  /** The worker: the download, and anything else sent to a worker, goes to this one. */
  private worker: Started | null = null;
  /** The workers that only read, beside the first (READS_AT_ONCE − 1 at most). */
  private readers: Reader[] = [];
  /** Set once a second worker could not start: reads go to the first one only from then on. */
  private readersRefused = false;
  /** Reads in hand, by the worker doing them. */
  private readonly reading = new Map<Worker, number>();
  private url: string | null = null;
  /** Set once a worker could not be made or started: everything runs on the main thread from then on. */
  private noWorker: boolean;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The one sheet being written ahead in the worker (`prepareSheet`): its rows and key, the worker holding it, whether it was written. */
  private ahead: { readonly id: number; readonly worker: Worker; readonly rows: SheetSpec["table"]["rows"]; readonly key: string; readonly written: Promise<boolean> } | null = null;
  /** A second worker deflating the sheet being written ahead while the first writes it; ended once it is written. */
  private deflateWorker: Worker | null = null;

  /** `source`: the worker's code (null: main thread only); `forceMainThread`: the fallback, on purpose (tests, bench). */
  constructor(
    private readonly source: string | null = WORKER_SOURCE,
    forceMainThread = false,
  ) {
    this.noWorker = forceMainThread || source === null;
  }

  /** Whether the work goes to a Web Worker (until one fails to start). */
  get usesWorker(): boolean {
    return !this.noWorker;
  }

  /** A file read, its bytes handed over (transferred: the caller's buffer is emptied). */
  readonly readWorkbook = async (bytes: ArrayBuffer, file: string): Promise<ReadWorkbookResult> => {
    const first = await this.ensureWorker();
    if (!first) {
      // Each file its own task on the main thread.
      await breathe();
      return readWorkbook(bytes, file);
    }
    // Chosen and counted before any pause: two reads asked at once go to two workers.
    const reader = this.readerFor(first);
    let worker = reader.worker;
    this.count(worker, 1);
    try {
      if (!(await reader.ready)) {
        // Stopped while the reader started: nothing is read.
        if (reader.stopped) throw new WorkStopped();
        // A reader that never ran: this file and the next ones are read by the first worker.
        this.readersRefused = true;
        this.dropReader(worker);
        worker = first;
        this.count(worker, 1);
      }
      const id = this.nextId++;
      const done = this.await(id, undefined, undefined, worker);
      worker.postMessage({ kind: "read", id, bytes, file } satisfies ToWorker, [bytes]);
      const answer = await done;
      if (answer.kind !== "read-done") throw new Error("the worker answered out of turn");
      return answer.result;
    } finally {
      this.count(worker, -1);
    }
  };

  /**
   * Writes a large sheet ahead in the worker, in the background
   * (prepared-sheet.ts): the download of a workbook holding it, its rows the
   * same array and the rest of it alike, takes it as it was written. The
   * rows go over in parts with a pause between, as a download's do. One
   * sheet at a time: a new one drops the one before. Nothing where no worker
   * runs (the main thread has no time to spare ahead).
   */
  readonly prepareSheet = async (sheet: SheetSpec): Promise<void> => {
    const key = sheetKey(sheet);
    if (this.ahead && this.ahead.rows === sheet.table.rows && this.ahead.key === key) return;
    const worker = await this.ensureWorker();
    if (!worker) return;
    this.dropAhead();
    const id = this.nextId++;
    const written = new Promise<boolean>((resolve) => this.pending.set(id, { resolve: (answer) => resolve(answer.kind === "prepared" && answer.ok), reject: () => resolve(false) }));
    const ahead = { id, worker, rows: sheet.table.rows, key, written };
    this.ahead = ahead;
    const rows = sheet.table.rows;
    const deflateVia = this.startDeflateWorker();
    const deflating = this.deflateWorker;
    // Written (or not): the second worker's part is done. Only its own: a later sheet may have started another.
    void written.then(() => deflating === this.deflateWorker && this.endDeflateWorker());
    const first = { ...sheet, table: { ...sheet.table, rows: rows.slice(0, ROWS_PER_MESSAGE) } };
    worker.postMessage({ kind: "prepare-begin", id, sheet: first, rowCount: rows.length, ...(deflateVia ? { deflateVia } : {}) } satisfies ToWorker, deflateVia ? [deflateVia] : []);
    for (let from = ROWS_PER_MESSAGE; from < rows.length; from += ROWS_PER_MESSAGE) {
      await breathe();
      // Dropped or stopped meanwhile.
      if (this.ahead !== ahead) return;
      worker.postMessage({ kind: "prepare-rows", id, rows: rows.slice(from, from + ROWS_PER_MESSAGE) } satisfies ToWorker);
    }
    worker.postMessage({ kind: "prepare-end", id } satisfies ToWorker);
  };

  /**
   * The second worker, given one end of a channel to deflate what comes over
   * it (worker-main.ts, `deflate-serve`); the other end, for the first
   * worker. Null where it cannot start: the first deflates too.
   */
  private startDeflateWorker(): MessagePort | null {
    this.endDeflateWorker();
    if (this.url === null || typeof MessageChannel === "undefined") return null;
    // The second reader, idle once the import is done, deflates: no third worker is started.
    const idle = this.readers.find((r) => !this.reading.has(r.worker));
    let worker: Worker;
    if (idle) {
      this.readers = this.readers.filter((r) => r !== idle);
      worker = idle.worker;
    } else {
      try {
        worker = new Worker(this.url);
      } catch {
        return null;
      }
    }
    worker.onerror = (event) => {
      event.preventDefault();
      // The sheet is not written ahead: a download sends its rows as before.
      if (this.deflateWorker === worker) this.dropAhead();
    };
    const channel = new MessageChannel();
    worker.postMessage({ kind: "deflate-serve", port: channel.port2, level: DOWNLOAD_LEVEL } satisfies ToWorker, [channel.port2]);
    this.deflateWorker = worker;
    return channel.port1;
  }

  private endDeflateWorker(): void {
    this.deflateWorker?.terminate();
    this.deflateWorker = null;
  }

  /** The sheet written ahead is no longer wanted: the worker lets it go. */
  private dropAhead(): void {
    this.endDeflateWorker();
    const ahead = this.ahead;
    if (!ahead) return;
    this.ahead = null;
    this.pending.get(ahead.id)?.reject(new WorkStopped());
    this.pending.delete(ahead.id);
    if (this.worker?.worker === ahead.worker) ahead.worker.postMessage({ kind: "prepare-drop", id: ahead.id } satisfies ToWorker);
  }

  /** Which of the download's sheets the worker has written ahead, once it has: null if none. */
  private async sheetAhead(input: DownloadInput, worker: Worker): Promise<{ readonly index: number; readonly id: number } | null> {
    const ahead = this.ahead;
    if (!ahead || ahead.worker !== worker) return null;
    const index = input.sheets.findIndex((s) => s.table.rows === ahead.rows && sheetKey(s) === ahead.key);
    if (index < 0 || !(await ahead.written) || this.ahead !== ahead) return null;
    return { index, id: ahead.id };
  }

  private count(worker: Worker, change: number): void {
    const reads = (this.reading.get(worker) ?? 0) + change;
    if (reads > 0) this.reading.set(worker, reads);
    else this.reading.delete(worker);
  }

  /** The worker to read the next file: the first one when it reads nothing, else an idle reader, one started if there is room, else the one reading least. */
  private readerFor(first: Worker): Reader {
    const load = (worker: Worker) => this.reading.get(worker) ?? 0;
    const firstReader: Reader = { worker: first, ready: Promise.resolve(true), stopped: false };
    if (load(first) === 0) return firstReader;
    const idle = this.readers.find((r) => load(r.worker) === 0);
    if (idle) return idle;
    if (this.readers.length < READS_AT_ONCE - 1 && !this.readersRefused) {
      const started = this.start();
      if (started) {
        let cancel = () => {};
        const stopped = new Promise<boolean>((resolve) => (cancel = () => resolve(false)));
        const reader: Reader = {
          worker: started.worker,
          ready: Promise.race([started.ready, stopped]),
          stopped: false,
          stop: () => {
            reader.stopped = true;
            cancel();
          },
        };
        this.readers.push(reader);
        return reader;
      }
      this.readersRefused = true;
    }
    return [firstReader, ...this.readers].reduce((best, r) => (load(r.worker) < load(best.worker) ? r : best));
  }

  private dropReader(worker: Worker): void {
    this.readers = this.readers.filter((r) => r.worker !== worker);
    this.reading.delete(worker);
    worker.terminate();
  }

  readonly writeXlsx = async (input: DownloadInput, options: WorkOptions = {}): Promise<Uint8Array> => {
    const { signal, onProgress } = options;
    const worker = await this.ensureWorker();
    if (!worker) {
      const total = input.sheets.reduce((n, s) => n + s.table.rows.length, 0);
      let before = 0;
      let sheetAt = 0;
      return downloadBytes(input, async ({ sheet, rows }) => {
        if (sheet !== sheetAt) {
          before += input.sheets[sheetAt]?.table.rows.length ?? 0;
          sheetAt = sheet;
        }
        onProgress?.(before + rows, total);
        await breathe();
        if (signal?.aborted) throw new WorkStopped();
      });
    }
    // Still being written ahead: waited for, it is most of the download's work done.
    const ahead = await this.sheetAhead(input, worker);
    const id = this.nextId++;
    const done = this.await(id, signal, onProgress, worker);
    const send = (message: ToWorker) => worker.postMessage(message);
    send({ kind: "write-begin", id, ...(input.defaultFont ? { defaultFont: input.defaultFont } : {}), ...(ahead ? { prepared: ahead.id } : {}) });
    // Part by part, with a pause between: copying a whole 500,000-row table into one message would block the page.
    sending: for (const [i, sheet] of input.sheets.entries()) {
      if (i === ahead?.index) {
        send({ kind: "write-sheet", id, sheet: { ...sheet, table: { ...sheet.table, rows: [] } }, prepared: true });
        continue;
      }
      const rows = sheet.table.rows;
      send({ kind: "write-sheet", id, sheet: rows.length <= ROWS_PER_MESSAGE ? sheet : { ...sheet, table: { ...sheet.table, rows: rows.slice(0, ROWS_PER_MESSAGE) } } });
      for (let from = ROWS_PER_MESSAGE; from < rows.length; from += ROWS_PER_MESSAGE) {
        await breathe();
        // Stopped meanwhile: `done` has rejected already.
        if (!this.pending.has(id)) break sending;
        send({ kind: "write-rows", id, rows: rows.slice(from, from + ROWS_PER_MESSAGE) });
      }
    }
    if (this.pending.has(id)) send({ kind: "write-end", id, pages: input.pages, activePage: input.activePage });
    const answer = await done;
    if (answer.kind !== "written") throw new Error("the worker answered out of turn");
    return answer.bytes;
  };

  /** Ends the workers and whatever they were doing: each piece of work in hand rejects with WorkStopped. */
  stop(): void {
    const current = this.worker;
    const readers = this.readers;
    this.worker = null;
    // What the worker wrote ahead ends with it.
    this.ahead = null;
    this.endDeflateWorker();
    this.readers = [];
    this.reading.clear();
    current?.worker.terminate();
    for (const r of readers) {
      r.worker.terminate();
      r.stop?.();
    }
    const stopped = [...this.pending.values()];
    this.pending.clear();
    for (const p of stopped) p.reject(new WorkStopped());
  }

  private await(id: number, signal?: AbortSignal, onProgress?: (done: number, total: number) => void, worker?: Worker): Promise<FromWorker> {
    return new Promise<FromWorker>((resolve, reject) => {
      if (signal?.aborted) {
        // Stopped before it was handed over: ended all the same, so a stop always means a fresh worker next time.
        this.stop();
        reject(new WorkStopped());
        return;
      }
      // Stopping one piece of work ends the worker: the others in hand stop too (the pane does one at a time).
      signal?.addEventListener("abort", () => this.stop(), { once: true });
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}), ...(worker ? { worker } : {}) });
    });
  }

  /** The worker, started if need be; null where none may run (then the work is done here). */
  private async ensureWorker(): Promise<Worker | null> {
    if (this.noWorker) return null;
    if (!this.worker) {
      const started = this.start();
      if (!started) {
        this.noWorker = true;
        return null;
      }
      this.worker = started;
    }
    const { worker, ready } = this.worker;
    if (await ready) return worker;
    // It never ran (a page that refuses it some other way): the main thread from now on.
    this.noWorker = true;
    if (this.worker?.worker === worker) this.worker = null;
    worker.terminate();
    return null;
  }

  private start(): Started | null {
    if (this.source === null || typeof Worker === "undefined" || typeof Blob === "undefined" || typeof URL?.createObjectURL !== "function") return null;
    let worker: Worker;
    try {
      this.url ??= URL.createObjectURL(new Blob([this.source], { type: "text/javascript" }));
      // The Internet Explorer engine throws a SecurityError here for a Blob URL.
      worker = new Worker(this.url);
    } catch {
      return null;
    }
    const ready = new Promise<boolean>((resolve) => {
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(false);
        // A worker that failed after it started (out of memory): its work in hand fails, the next piece starts a new one.
        const reader = this.readers.some((r) => r.worker === worker);
        if (this.worker?.worker === worker) this.worker = null;
        if (reader) this.dropReader(worker);
        worker.terminate();
        this.failAll(`the worker failed: ${event.message}`, worker, !reader);
      };
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.kind === "ready") {
          resolve(true);
          return;
        }
        const pending = this.pending.get(message.id);
        if (!pending) return;
        if (message.kind === "progress") {
          pending.onProgress?.(message.done, message.total);
          return;
        }
        this.pending.delete(message.id);
        if (message.kind === "failed") pending.reject(new Error(message.message));
        else pending.resolve(message);
      };
    });
    return { worker, ready };
  }

  /** Fails the work in hand of `worker`; of the first one (`first`), also what was sent with no worker named (it went to the first). */
  private failAll(reason: string, worker: Worker, first: boolean): void {
    if (first) {
      // What the first worker wrote ahead ends with it.
      this.ahead = null;
      this.endDeflateWorker();
    }
    for (const [id, p] of [...this.pending]) {
      if (p.worker === worker || (first && p.worker === undefined)) {
        this.pending.delete(id);
        p.reject(new Error(reason));
      }
    }
  }
}
