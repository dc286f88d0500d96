import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { buildPane } from "../support/build-pane";
import { launchChromium } from "../support/chromium";
import { rankInPane } from "../support/rank-in-pane";
import { scaleBlock } from "../fixtures/builder";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";

// The pane's heavy work in a Web Worker (issue 24), in the one-file browser
// app (dist/thidua.html from file://): the worker is started from the page's
// own inlined code, the sample block's result download is the same workbook
// as the main thread's (`?worker=off`, the fallback where no worker may
// run), and Dừng nhập while the worker reads leaves the session as before.

jest.setTimeout(900_000);

let dist = "";
let browser: Browser | undefined;
const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-work-"));

beforeAll(async () => {
  dist = buildPane("thidua");
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

async function open(query = "") {
  const context = await browser!.newContext({ locale: "vi-VN", viewport: { width: 420, height: 1000 }, acceptDownloads: true });
  const requests: string[] = [];
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : (requests.push(route.request().url()), route.abort())));
  const page = await context.newPage();
  const errors: string[] = [];
  const workers: string[] = [];
  const ended: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("worker", (w) => {
    workers.push(w.url());
    w.on("close", () => ended.push(w.url()));
  });
  await page.goto(`${pathToFileURL(path.join(dist, "thidua.html")).href}${query}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { context, page, errors, workers, ended, requests };
}

async function sampleResult(page: Page, name: string): Promise<Uint8Array> {
  await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
  await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 120_000 });
  await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
  await page.getByRole("button", { name: "Tính xếp hạng" }).click();
  // The sample has sheets left out for errors: the pane asks before it ranks without them.
  await page.getByRole("button", { name: "Vẫn tính xếp hạng" }).click();
  await page.locator("table").filter({ has: page.locator("caption", { hasText: "Xếp hạng" }) }).waitFor();
  // Step 4 proposes on opening.
  await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
  await page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải kết quả (.xlsx)" }).click()]);
  const saved = path.join(scratch, name);
  await download.saveAs(saved);
  return new Uint8Array(readFileSync(saved));
}

/** A workbook's parts, but for the time it was written (docProps/core.xml). */
function parts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  delete entries["docProps/core.xml"];
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

test("the sample block's result download: a Web Worker writes the same workbook as the main thread", async () => {
  const inWorker = await open();
  const fromWorker = await sampleResult(inWorker.page, "worker.xlsx");
  expect(inWorker.workers.length).toBeGreaterThan(0);
  expect(inWorker.workers.every((url) => url.startsWith("blob:"))).toBe(true);
  expect(inWorker.errors).toEqual([]);
  expect(inWorker.requests).toEqual([]);
  await inWorker.context.close();

  const onMain = await open("?worker=off");
  const fromMain = await sampleResult(onMain.page, "main.xlsx");
  expect(onMain.workers).toEqual([]);
  expect(onMain.errors).toEqual([]);
  await onMain.context.close();

  const worker = parts(fromWorker);
  expect(Object.keys(worker)).toContain("xl/worksheets/sheet1.xml");
  expect(worker).toEqual(parts(fromMain));
});

test("a block past 20,000 scores: the score sheet written ahead (a second worker deflating it) makes the same download as the main thread", async () => {
  const block = path.join(scratch, "block");
  await scaleBlock(block, { units: 15, leaves: 100 });
  const files = readdirSync(block).map((f) => path.join(block, f));
  const download = async (query: string, name: string) => {
    const opened = await open(query);
    const { page } = opened;
    // What the page sends its workers, by kind.
    await page.evaluate(() => {
      const sent: string[] = [];
      (window as unknown as { __sent: string[] }).__sent = sent;
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer?: unknown) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: unknown) {
        sent.push((message as { kind: string }).kind);
        post.call(this, message, transfer);
      } as Worker["postMessage"];
    });
    await page.getByLabel("Chọn các tệp .xlsx của khối").setInputFiles(files);
    await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 300_000 });
    await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
    await rankInPane(page);
    await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
    await page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) }).waitFor();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải kết quả (.xlsx)" }).click()]);
    const saved = path.join(scratch, name);
    await file.saveAs(saved);
    const sent = await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
    await opened.context.close();
    expect(opened.errors).toEqual([]);
    const read = await readWorkbook(readFileSync(saved), name);
    if (!read.ok) throw new Error(`${name} unreadable`);
    return { grids: read.grids.map((g) => [g.sheet, g.rows]), workers: opened.workers.length, sent };
  };
  const [ahead, onMain] = [await download("", "ahead.xlsx"), await download("?worker=off", "main.xlsx")];
  // The reader, and the second worker that deflated the score sheet.
  expect(ahead.workers).toBeGreaterThanOrEqual(2);
  expect(onMain.workers).toBe(0);
  // Its rows went to the worker once, ahead; the download sent none.
  expect(ahead.sent.filter((k) => k === "prepare-end")).toHaveLength(1);
  expect(ahead.sent).toContain("deflate-serve");
  expect(ahead.sent.filter((k) => k === "write-rows")).toEqual([]);
  const scores = ahead.grids.find(([sheet]) => sheet === "Điểm chấm");
  expect((scores?.[1] as unknown[]).length).toBeGreaterThan(20_000);
  expect(ahead.grids).toEqual(onMain.grids);
});

test("Dừng nhập while the worker reads a file: the worker is ended, nothing is imported, and the next import completes", async () => {
  const { context, page, errors, workers, ended } = await open();
  // The worker slow to answer, as on a loaded computer: its answers to a read held back 2 s, so the stop comes first.
  await page.evaluate(() => {
    const listen = Object.getOwnPropertyDescriptor(Worker.prototype, "onmessage") as PropertyDescriptor;
    (window as unknown as { __onmessage: PropertyDescriptor }).__onmessage = listen;
    Object.defineProperty(Worker.prototype, "onmessage", {
      configurable: true,
      set(this: Worker, handler: (event: MessageEvent) => void) {
        listen.set?.call(this, (event: MessageEvent) => {
          if ((event.data as { kind?: string }).kind === "read-done") setTimeout(() => handler(event), 2000);
          else handler(event);
        });
      },
      get(this: Worker) {
        return listen.get?.call(this);
      },
    });
  });
  await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
  const list = page.getByRole("list", { name: "Các tệp đã nhập" });
  await list.locator("li").first().waitFor();
  await page.getByRole("button", { name: "Dừng nhập" }).click();
  await page.getByRole("button", { name: "Dừng nhập" }).waitFor({ state: "detached" });
  const statuses = await list.locator("li").allInnerTexts();
  // Every file stopped unread (the first one dropped while it was read): no block, no summary.
  expect(statuses.length).toBe(17);
  expect(statuses.every((s) => s.includes("Đã dừng, chưa đọc"))).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: "đơn vị" }).count()).resolves.toBe(0);
  // Two workers read (the import reads ahead), both ended by Dừng.
  const started = workers.length;
  expect(started).toBe(2);
  for (const since = Date.now(); ended.length < 2 && Date.now() - since < 10_000; ) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ended).toHaveLength(2);

  // A new worker for the next import, which completes.
  await page.evaluate(() => {
    Object.defineProperty(Worker.prototype, "onmessage", (window as unknown as { __onmessage: PropertyDescriptor }).__onmessage);
  });
  await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button", { name: "Thay thế" }).click();
  await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 120_000 });
  await expect(list.locator("li").filter({ hasText: "Đã dừng, chưa đọc" }).count()).resolves.toBe(0);
  expect(workers.length).toBe(started + 2);
  expect(errors).toEqual([]);
  await context.close();
});
