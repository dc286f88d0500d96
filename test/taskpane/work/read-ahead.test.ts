/**
 * The import reads ahead (issue 24, session/import-slice.ts): the next file
 * is read while the one before is added, on two of the pane's workers
 * (work/pane-work.ts). The block is the same as one read file by file — the
 * batch's order, a file imported again in its place — whatever order the
 * reads end in; *Dừng nhập* adds nothing read ahead. Real files: the sample
 * block's scoresheets, read by the real reader.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ImportOutcome, WorkbookInput } from "../../../src/core/import/import-block";
import { importFiles as importOneByOne } from "../../../src/flow/import";
import { BlockSession, type FileSource } from "../../../src/taskpane/session/block-session";
import type { SheetSpec, WorkbookSink } from "../../../src/workbook/ports/sink";
import { PaneWork, WorkStopped } from "../../../src/taskpane/work/pane-work";
import { downloadBytes, type DownloadInput } from "../../../src/xlsx/download-bytes";
import { readWorkbook, type ReadWorkbookResult } from "../../../src/xlsx/read/read-workbook";
import { ChannelWorker } from "./channel-worker";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../../assets/sample");
const sampleFiles = readdirSync(SAMPLE)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer;
const sources = (names: readonly string[]): FileSource[] => names.map((name) => ({ name, read: () => Promise.resolve(bytesOf(name)) }));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Waits for `happened`, failing after a few seconds (a read-ahead that never starts). */
async function until(happened: () => boolean, what: string): Promise<void> {
  for (const since = Date.now(); !happened(); await pause(1)) if (Date.now() - since > 5_000) throw new Error(`never happened: ${what}`);
}

const globals = globalThis as unknown as { Worker?: unknown };
afterEach(() => {
  delete globals.Worker;
});

class NullSink implements WorkbookSink {
  writeSheets(_sheets: readonly SheetSpec[]): Promise<void> {
    return Promise.resolve();
  }
}

/** The block as the command reads it: file by file, in this order. */
function serially(names: readonly string[]): Promise<ImportOutcome> {
  return importOneByOne(names.length, async (i): Promise<WorkbookInput> => {
    const file = names[i] as string;
    const result = await readWorkbook(bytesOf(file), file);
    return result.ok ? { file, grids: result.grids } : { file, unreadable: result.issue };
  });
}

/**
 * The real reader, slowed so that the reads end out of their order: the
 * files at odd places of `slow` take long, the others answer at once. Notes
 * the order reads start and end in, and how many are in hand at most.
 */
function unevenReader(slow: ReadonlySet<string>) {
  const log = { started: [] as string[], ended: [] as string[], inHand: 0, most: 0 };
  const read = async (bytes: ArrayBuffer, file: string): Promise<ReadWorkbookResult> => {
    log.started.push(file);
    log.inHand++;
    log.most = Math.max(log.most, log.inHand);
    const result = await readWorkbook(bytes, file);
    await pause(slow.has(file) ? 40 : 1);
    log.inHand--;
    log.ended.push(file);
    return result;
  };
  return { log, read };
}

const statuses = (session: BlockSession) => session.getState().files.map((f) => [f.name, f.status]);

test("reads that end out of order: the block holds the files in the batch's order, each read, two reads in hand at most", async () => {
  const names = sampleFiles.slice(0, 9);
  const { log, read } = unevenReader(new Set(names.filter((_, i) => i % 2 === 0)));
  const session = new BlockSession({ sink: new NullSink(), readWorkbook: read, lang: "vi" });
  await session.importFiles(sources(names));
  expect(log.started).toEqual(names);
  // The reads did end out of order, and two were in hand at once (never more).
  expect(log.ended).not.toEqual(names);
  expect(log.most).toBe(2);
  expect(statuses(session)).toEqual(names.map((n) => [n, "read"]));
  expect(session.getState().outcome).toEqual(await serially(names));
});

test("a file imported again, the read ahead of it ending first, keeps its place; the new ones go last in the batch's order; an old one is not read ahead", async () => {
  const first = sampleFiles.slice(0, 6);
  const more = sampleFiles.slice(6, 8);
  // The batch: new, old (slow), new, old (slow).
  const batch = [more[0], first[4], more[1], first[1]] as string[];
  const { log, read } = unevenReader(new Set([first[4], first[1]] as string[]));
  const again = new BlockSession({ sink: new NullSink(), readWorkbook: read, lang: "vi" });
  await again.importFiles(sources(first));
  log.ended.length = 0;
  log.started.length = 0;
  const readAhead: string[] = [];
  again.subscribe(() => {
    const reading = again.getState().files.filter((f) => f.status === "reading");
    if (reading.length === 2) readAhead.push(reading[1]?.name as string);
  });
  await again.importFiles(sources(batch));
  expect(log.started).toEqual(batch);
  expect(log.ended).not.toEqual(batch);
  // Only a new file was read ahead of another (the first new one had none before it).
  expect([...new Set(readAhead)]).toEqual([more[1]]);
  const all = [...first, ...more];
  expect(statuses(again)).toEqual(all.map((n) => [n, "read"]));
  expect(again.getState().outcome).toEqual(await serially(all));
});

test("Dừng nhập while the file in hand is read by a worker: the file read ahead is dropped, nothing more is added, the block is as it was", async () => {
  const before = sampleFiles.slice(0, 3);
  const batch = sampleFiles.slice(3, 7);
  // Like the pane's worker: the first file of the batch answers only when stopped (then rejects); the others at once.
  let stopHeld: (() => void) | null = null;
  const started: string[] = [];
  const ended: string[] = [];
  const session = new BlockSession({
    sink: new NullSink(),
    lang: "vi",
    readWorkbook: async (bytes, file) => {
      started.push(file);
      if (file !== batch[0]) {
        const result = await readWorkbook(bytes, file);
        ended.push(file);
        return result;
      }
      return new Promise((_resolve, reject) => {
        stopHeld = () => reject(new WorkStopped());
      });
    },
    stopReading: () => stopHeld?.(),
  });
  await session.importFiles(sources(before));
  const outcome = session.getState().outcome;
  started.length = 0;
  const importing = session.importFiles(sources([...batch, before[1] as string]));
  // The file read ahead has been read whole before the officer stops.
  await until(() => ended.includes(batch[1] as string), "the next file read ahead");
  expect(statuses(session).slice(3, 5)).toEqual([
    [batch[0], "reading"],
    [batch[1], "reading"],
  ]);
  session.cancelImport();
  await importing;
  // Only the file in hand and the one ahead of it were started; nothing was added.
  expect(started).toEqual(batch.slice(0, 2));
  expect(session.getState().outcome).toBe(outcome);
  expect(session.getState().failure).toBeNull();
  expect(statuses(session)).toEqual([...before.map((n) => [n, "read"]), ...batch.map((n) => [n, "cancelled"])]);
});

test("Dừng nhập on the main thread (no reader to stop): the file in hand is read to its end and added, the one read ahead is not", async () => {
  const batch = sampleFiles.slice(0, 4);
  const { log, read } = unevenReader(new Set([batch[0] as string]));
  const session = new BlockSession({ sink: new NullSink(), readWorkbook: read, lang: "vi" });
  const importing = session.importFiles(sources(batch));
  await until(() => log.ended.includes(batch[1] as string), "the next file read ahead");
  session.cancelImport();
  await importing;
  expect(log.started).toEqual(batch.slice(0, 2));
  expect(statuses(session)).toEqual([[batch[0], "read"], ...batch.slice(1).map((n) => [n, "cancelled"])]);
  expect(session.getState().outcome).toEqual(await serially(batch.slice(0, 1)));
});

test("the whole sample block read by two of the pane's workers is the block read file by file; a read alone uses one worker", async () => {
  globals.Worker = ChannelWorker;
  const one = new PaneWork("worker code");
  const from = ChannelWorker.all.length;
  const name = sampleFiles[0] as string;
  expect(await one.readWorkbook(bytesOf(name), name)).toEqual(await readWorkbook(bytesOf(name), name));
  expect(ChannelWorker.all.length - from).toBe(1);
  one.stop();

  const work = new PaneWork("worker code");
  const start = ChannelWorker.all.length;
  const session = new BlockSession({ sink: new NullSink(), readWorkbook: work.readWorkbook, stopReading: () => work.stop(), lang: "vi" });
  await session.importFiles(sources(sampleFiles));
  const workers = ChannelWorker.all.slice(start);
  expect(workers).toHaveLength(2);
  const reads = workers.map((w) => w.sent.filter((k) => k === "read").length);
  expect(reads[0]! + reads[1]!).toBe(sampleFiles.length);
  expect(Math.min(...reads)).toBeGreaterThan(sampleFiles.length / 4);
  expect(session.getState().files.every((f) => f.status === "read")).toBe(true);
  expect(session.getState().outcome).toEqual(await serially(sampleFiles));
  work.stop();
  expect(workers.every((w) => w.terminated)).toBe(true);
});

test("two reads at once go to two workers; the download, after, goes to the first one only; stop ends both", async () => {
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  const start = ChannelWorker.all.length;
  const names = sampleFiles.slice(0, 2);
  const results = await Promise.all(names.map((n) => work.readWorkbook(bytesOf(n), n)));
  for (const [i, n] of names.entries()) expect(results[i]).toEqual(await readWorkbook(bytesOf(n), n));
  const [first, second] = ChannelWorker.all.slice(start);
  expect(ChannelWorker.all.length - start).toBe(2);
  expect(first?.sent).toEqual(["read"]);
  expect(second?.sent).toEqual(["read"]);
  const input: DownloadInput = {
    sheets: [{ name: "Tổng hợp", table: { name: "tdSummary", columns: [{ header: "Đơn vị" }, { header: "Điểm" }], rows: [["Hội Luật gia", 9.5]] } }],
    pages: [],
    activePage: null,
  };
  const bytes = await work.writeXlsx(input);
  expect(bytes.byteLength).toBe((await downloadBytes(input)).byteLength);
  expect(first?.sent.slice(1)).toEqual(["write-begin", "write-sheet", "write-end"]);
  expect(second?.sent).toEqual(["read"]);
  // One read at a time again: the first worker's.
  await work.readWorkbook(bytesOf(names[0] as string), names[0] as string);
  expect(first?.sent.at(-1)).toBe("read");
  expect(second?.sent).toHaveLength(1);
  work.stop();
  expect(first?.terminated && second?.terminated).toBe(true);
});

test("two reads in hand when stopped: both reject with WorkStopped, both workers end; the next read starts afresh", async () => {
  const start = ChannelWorker.all.length;
  let work: PaneWork | null = null;
  // The reads are held back from the workers' code, so neither answers; stopped once both workers have one.
  let held = 0;
  globals.Worker = class extends ChannelWorker {
    override postMessage(message: unknown, transfer: Transferable[] = []): void {
      if ((message as { kind: string }).kind !== "read" || held === 2) return super.postMessage(message, transfer);
      this.sent.push("read");
      if (++held === 2) work?.stop();
    }
  };
  work = new PaneWork("worker code");
  const names = sampleFiles.slice(0, 2);
  const reads = names.map((n) => (work as PaneWork).readWorkbook(bytesOf(n), n).then(() => null, (error: unknown) => error));
  for (const r of reads) expect(await r).toBeInstanceOf(WorkStopped);
  expect(ChannelWorker.all.slice(start).every((w) => w.terminated)).toBe(true);
  const name = names[1] as string;
  expect(await work.readWorkbook(bytesOf(name), name)).toEqual(await readWorkbook(bytesOf(name), name));
  work.stop();
});

test("a second worker that cannot start: every read goes to the first, none fails", async () => {
  let made = 0;
  globals.Worker = class extends ChannelWorker {
    constructor(url: string) {
      if (++made > 1) throw new DOMException("Access is denied.", "SecurityError");
      super(url);
    }
  };
  const work = new PaneWork("worker code");
  const names = sampleFiles.slice(0, 3);
  const results = await Promise.all(names.map((n) => work.readWorkbook(bytesOf(n), n)));
  for (const [i, n] of names.entries()) expect(results[i]).toEqual(await readWorkbook(bytesOf(n), n));
  expect(made).toBe(2);
  expect(work.usesWorker).toBe(true);
  work.stop();
});
