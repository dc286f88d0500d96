/**
 * The pane's heavy work (issue 24, work/pane-work.ts): the download written
 * through the worker's protocol, on the main thread in slices, and where a
 * Blob-URL worker is refused, gives the same workbook as the in-memory
 * workbook's own writer, on the sample block ranked and proposed; stopping
 * a download ends the worker and the next one starts afresh. The worker's
 * own code (worker-main.ts) runs here over a real MessageChannel, with its
 * structured clone and transfers; only the thread is missing (the Chromium
 * test, test/browser/pane-work.browser.test.ts, runs the real one).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { BlockSession } from "../../../src/taskpane/session/block-session";
import { PaneWork, WorkStopped } from "../../../src/taskpane/work/pane-work";
import { ROWS_PER_MESSAGE } from "../../../src/taskpane/work/protocol";
import { downloadBytes, type DownloadInput } from "../../../src/xlsx/download-bytes";
import { MemoryWorkbook } from "../../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../../src/xlsx/read/read-workbook";
import { SLICE_ROWS } from "../../../src/xlsx/xml-table-sheet";
import type { SheetSpec } from "../../../src/workbook/ports/sink";
import { ChannelWorker } from "./channel-worker";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../../assets/sample");
const sampleFiles = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer;

/** The sample block imported, ranked and proposed into the in-memory workbook; what its download holds. */
async function sampleDownload(): Promise<DownloadInput> {
  let input: DownloadInput | null = null;
  const workbook = new MemoryWorkbook({
    write: (given) => {
      input = given;
      return downloadBytes(given);
    },
  });
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi" });
  await session.importFiles(sampleFiles.map((name) => ({ name, read: () => Promise.resolve(bytesOf(name)) })));
  await session.computeRanking();
  await session.proposeNominations();
  await workbook.toBlob();
  if (!input) throw new Error("the download was not written");
  return input;
}

/** A workbook's parts, but for the time it was written (docProps/core.xml): two writes of the same content are equal. */
function parts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  delete entries["docProps/core.xml"];
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

const globals = globalThis as unknown as { Worker?: unknown; Blob?: unknown; URL: typeof URL };
let input: DownloadInput;
let expected: Uint8Array;

beforeAll(async () => {
  input = await sampleDownload();
  expected = await downloadBytes(input);
});

afterEach(() => {
  delete globals.Worker;
});

/** The sample's download with its score table made longer than one message and several slices: every row of every sheet repeated. */
function longer(times: number): DownloadInput {
  return { ...input, sheets: input.sheets.map((s) => ({ ...s, table: { ...s.table, rows: Array.from({ length: times }, () => s.table.rows).flat() } })) };
}

test("the sample's download, through the worker's protocol, is the same workbook as the in-memory workbook writes", async () => {
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  const bytes = await work.writeXlsx(input);
  expect(work.usesWorker).toBe(true);
  expect(parts(bytes)).toEqual(parts(expected));
  work.stop();
});

test("a table longer than one message goes in parts and comes out whole, with progress", async () => {
  const big = longer(Math.ceil((ROWS_PER_MESSAGE * 2.5) / Math.max(1, ...input.sheets.map((s) => s.table.rows.length))));
  expect(Math.max(...big.sheets.map((s) => s.table.rows.length))).toBeGreaterThan(2 * ROWS_PER_MESSAGE);
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  const progress: number[] = [];
  const bytes = await work.writeXlsx(big, { onProgress: (done) => progress.push(done) });
  expect(parts(bytes)).toEqual(parts(await downloadBytes(big)));
  expect(progress.length).toBeGreaterThan(2);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  work.stop();
});

test("on the main thread (no worker code, or `?worker=off`): the same workbook, written in slices that give the page back", async () => {
  const big = longer(Math.ceil((SLICE_ROWS * 3) / Math.max(1, ...input.sheets.map((s) => s.table.rows.length))));
  for (const work of [new PaneWork(null), new PaneWork("worker code", true)]) {
    let pauses = 0;
    const ticker = setInterval(() => pauses++, 0);
    const bytes = await work.writeXlsx(big);
    clearInterval(ticker);
    expect(work.usesWorker).toBe(false);
    expect(parts(bytes)).toEqual(parts(await downloadBytes(big)));
    // Timers ran while it wrote: it yielded to the event loop between slices.
    expect(pauses).toBeGreaterThan(2);
  }
});

test("where a Blob-URL worker is refused (SecurityError, Excel's Internet Explorer engine), the work falls back to the main thread", async () => {
  globals.Worker = class {
    constructor() {
      throw new DOMException("Access is denied.", "SecurityError");
    }
  };
  const work = new PaneWork("worker code");
  const bytes = await work.writeXlsx(input);
  expect(work.usesWorker).toBe(false);
  expect(parts(bytes)).toEqual(parts(expected));
  const name = sampleFiles[0] as string;
  await expect(work.readWorkbook(bytesOf(name), name)).resolves.toEqual(await readWorkbook(bytesOf(name), name));
});

test("a file read through the worker: its bytes handed over, the same grids as the main thread's reader", async () => {
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  for (const name of sampleFiles.slice(0, 3)) {
    const bytes = bytesOf(name);
    const result = await work.readWorkbook(bytes, name);
    expect(bytes.byteLength).toBe(0);
    expect(result).toEqual(await readWorkbook(bytesOf(name), name));
  }
  work.stop();
});

test("stopping a download ends the worker there and then; the next download starts a new one and is whole", async () => {
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  const big = longer(Math.ceil((ROWS_PER_MESSAGE * 2) / Math.max(1, ...input.sheets.map((s) => s.table.rows.length))));
  const controller = new AbortController();
  const before = ChannelWorker.all.length;
  // Stopped at its first progress report, while the worker writes.
  const stopped = work.writeXlsx(big, { signal: controller.signal, onProgress: () => controller.abort() });
  await expect(stopped).rejects.toBeInstanceOf(WorkStopped);
  const first = ChannelWorker.all[before];
  expect(first?.terminated).toBe(true);
  const bytes = await work.writeXlsx(input);
  expect(ChannelWorker.all.length).toBe(before + 2);
  expect(ChannelWorker.all[before + 1]?.terminated).toBe(false);
  expect(parts(bytes)).toEqual(parts(expected));
  work.stop();
});

test("the score sheet written ahead in the worker: downloads take it without its rows sent again, the same cells; a changed sheet, or a new worker, sends them", async () => {
  const big = longer(Math.ceil((ROWS_PER_MESSAGE * 2.5) / Math.max(1, ...input.sheets.map((s) => s.table.rows.length))));
  const scores = big.sheets.find((s) => s.table.name === "tdScores") as SheetSpec;
  expect(scores.table.rows.length).toBeGreaterThan(2 * ROWS_PER_MESSAGE);
  globals.Worker = ChannelWorker;
  const work = new PaneWork("worker code");
  const before = ChannelWorker.all.length;
  // Told twice (each step writes the sheets again): written ahead once.
  await work.prepareSheet(scores);
  await work.prepareSheet({ ...scores, active: false });
  const worker = ChannelWorker.all[before] as ChannelWorker;
  expect(worker.sent.filter((k) => k === "prepare-begin")).toHaveLength(1);
  // A second worker deflated it while the first wrote it; it ends once the sheet is written.
  const deflating = ChannelWorker.all.slice(before + 1);
  expect(deflating.map((w) => w.sent)).toEqual([["deflate-serve"]]);
  expect(worker.sent.filter((k) => k === "prepare-rows").length).toBeGreaterThan(1);
  const cells = async (bytes: Uint8Array) => {
    const read = await readWorkbook(bytes, "kết quả.xlsx");
    if (!read.ok) throw new Error("unreadable");
    return read.grids.map((g) => [g.sheet, g.rows]);
  };
  const wanted = await cells(await downloadBytes(big));
  for (let round = 0; round < 2; round++) {
    if (round === 1) expect(deflating[0]?.terminated).toBe(true);
    const sent = worker.sent.length;
    const bytes = await work.writeXlsx(big);
    expect(await cells(bytes)).toEqual(wanted);
    // The other sheets are short: no rows followed any sheet, the score sheet's were not sent again.
    expect(worker.sent.slice(sent).filter((k) => k === "write-rows")).toEqual([]);
  }
  // Its title changed (a block name typed since): not the sheet written ahead, its rows go as before.
  const renamed = { ...big, sheets: big.sheets.map((s) => (s === scores ? { ...s, titleLines: ["Khác"] } : s)) };
  const sent = worker.sent.length;
  expect(await cells(await work.writeXlsx(renamed))).toEqual(await cells(await downloadBytes(renamed)));
  expect(worker.sent.slice(sent).filter((k) => k === "write-rows").length).toBeGreaterThan(1);
  // Stopped (Dừng): what the worker wrote ahead ended with it; the next worker is sent the rows.
  work.stop();
  const bytes = await work.writeXlsx(big);
  const next = ChannelWorker.all.at(-1) as ChannelWorker;
  expect(next).not.toBe(worker);
  expect(next.sent.filter((k) => k === "write-rows").length).toBeGreaterThan(1);
  expect(await cells(bytes)).toEqual(wanted);
  work.stop();
});

test("the in-memory workbook tells of its longest table, when long, as it keeps it; of no short one", async () => {
  const told: string[] = [];
  const workbook = new MemoryWorkbook({ prepare: (sheet) => told.push(sheet.table.name) });
  await workbook.writeSheets(input.sheets);
  expect(told).toEqual([]);
  const long = longer(Math.ceil(20_000 / Math.max(1, ...input.sheets.map((s) => s.table.rows.length)))).sheets;
  await workbook.writeSheets(long.filter((s) => s.table.name === "tdScores"));
  expect(told).toEqual(["tdScores"]);
  // Two long tables (the issues of a block whose every score is wrong): the longer alone, every time, never the two in turn.
  const issues = long.find((s) => s.table.name === "tdIssues") as SheetSpec;
  const scores = long.find((s) => s.table.name === "tdScores") as SheetSpec;
  const more = { ...issues, table: { ...issues.table, rows: Array.from({ length: Math.ceil(scores.table.rows.length / issues.table.rows.length) + 1 }, () => issues.table.rows).flat() } };
  await workbook.writeSheets([more]);
  await workbook.writeSheets([scores]);
  expect(told).toEqual(["tdScores", "tdIssues", "tdIssues"]);
});
