import { rankInPane } from "../support/rank-in-pane";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, Locator, Page } from "playwright-core";
import { buildPane } from "../support/build-pane";
import { launchChromium } from "../support/chromium";
import { SCREENSHOTS } from "../support/pane-harness";
import { showSheet } from "../support/preview-sheets";

// The browser app as one file (SPEC §9): dist/thidua.html opened from the
// disk, every request that is not file:// refused and counted. The whole
// flow on the embedded sample block, every output downloaded, then the page
// opened again with the work still there; not one request made.

jest.setTimeout(600_000);

let dist = "";
let browser: Browser | undefined;
const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-file-"));

beforeAll(async () => {
  dist = buildPane("thidua");
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const cellsOf = (rows: Locator) => rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));

async function downloaded(page: Page, click: () => Promise<void>, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const saved = path.join(scratch, name);
  await download.saveAs(saved);
  return readFileSync(saved);
}

test("thidua.html from file://: the whole flow, every output downloaded, reopened with the work kept, and no request at all", async () => {
  // The build writes the one page and nothing beside it.
  const file = path.join(dist, "thidua.html");
  expect(statSync(file).isFile()).toBe(true);
  const html = readFileSync(file, "utf8");
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toContain("office.js");

  const context = await browser!.newContext({ locale: "vi-VN", viewport: { width: 420, height: 1000 }, acceptDownloads: true });
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const consoleErrors: string[] = [];
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  // Any request, routed or not (a worker's, a prefetch): counted.
  page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && !r.url().startsWith("blob:") && requests.push(r.url()));

  await page.goto(pathToFileURL(file).href);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const banner = page.getByRole("status").filter({ hasText: "Thi đua trên trình duyệt" });
  await expect(banner.textContent()).resolves.toContain("dữ liệu chỉ ở trên máy tính này");
  await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("undefined");
  await expect(page.locator("#root").innerText()).resolves.not.toMatch(/xem thử|preview/i);
  // The help page: nothing beside this one file, so it is in it, and opens from a file:// page too.
  const [help] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: "Hướng dẫn" }).click()]);
  await help.getByRole("heading", { name: "Thi đua là gì?" }).waitFor();
  await help.close();

  // 1. Import the embedded sample.
  await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
  await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 120_000 });
  const files = page.getByRole("list", { name: "Các tệp đã nhập" }).locator("li");
  await expect(files.count()).resolves.toBe(17);
  // The blank scoresheets for the members, as a .zip.
  const zip = await JSZip.loadAsync(await downloaded(page, () => page.getByRole("button", { name: "Tạo phiếu chấm (.zip)" }).click(), "blank.zip"));
  expect(Object.keys(zip.files)).toHaveLength(11);

  // 2. Check.
  await page.getByRole("tab", { name: "2. Kiểm tra" }).click();
  await expect(page.locator("[data-issue] > button").first().textContent()).resolves.toContain("Lỗi");

  // 3. Rank.
  await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
  await rankInPane(page);
  const ranking = page.locator("table").filter({ has: page.locator("caption", { hasText: "Xếp hạng" }) });
  await ranking.waitFor();
  const firstUnit = await ranking.locator("tbody tr").first().locator("td").nth(1).textContent();

  // 4. Propose, the meeting's place, the ballot and the marks, the count, the documents.
  // Step 4 proposes as it opens (issue 22).
  await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
  await page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) }).waitFor();
  await page.getByLabel("Địa điểm").fill("Yên Bái");
  const vote = page.getByRole("region", { name: "Bỏ phiếu suy tôn" });
  await vote.getByRole("button", { name: "Tạo phiếu bầu" }).click();
  await vote.getByText("Đã ghi trang Kết quả bỏ phiếu và Phiếu bầu.").waitFor();
  const tally = page.locator('table[data-table="tdVotes"]');
  const voters = await tally.locator("tbody tr").count();
  expect(voters).toBeGreaterThan(2);
  for (let v = 0; v < voters; v++) await tally.locator("tbody tr").nth(v).locator("select").first().selectOption(v < 2 ? "Không đồng ý" : "Đồng ý");
  await vote.getByRole("button", { name: "Kiểm phiếu" }).click();
  const results = vote.locator("table").filter({ has: page.locator("caption", { hasText: "Kết quả bỏ phiếu" }) });
  await results.waitFor();
  const counted = await cellsOf(results.locator("tbody tr"));
  expect(counted[0]?.[2]).toBe(`${voters - 2}/${voters}`);
  await page.getByRole("button", { name: "Lập hồ sơ" }).click();
  const docx = await downloaded(page, () => page.getByRole("button", { name: "Tải .docx" }).first().click(), "document.docx");
  expect((await JSZip.loadAsync(docx)).file("word/document.xml")).not.toBeNull();
  const documentXlsx = await downloaded(page, () => page.getByRole("button", { name: "Tải .xlsx" }).first().click(), "document.xlsx");
  expect((await JSZip.loadAsync(documentXlsx)).file("xl/workbook.xml")).not.toBeNull();

  // The result workbook: the sheets, the tally with its marks, the ballot and the documents' pages.
  const result = new ExcelJS.Workbook();
  await result.xlsx.load((await downloaded(page, () => page.getByRole("button", { name: "Tải kết quả (.xlsx)" }).click(), "result.xlsx")) as unknown as ArrayBuffer);
  const sheetNames = result.worksheets.map((w) => w.name);
  expect(sheetNames).toEqual(expect.arrayContaining(["Tổng hợp", "Đề nghị", "Kết quả bỏ phiếu", "Phiếu bầu", "Biên bản"]));
  await page.screenshot({ path: path.join(SCREENSHOTS, "thidua-file-flow.png"), fullPage: true });

  // Closed and opened again: the work is there, and says when it was kept.
  await page.waitForTimeout(1000);
  await page.reload();
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.getByText(/^Đã mở lại công việc lưu trên máy này lúc /).waitFor({ timeout: 120_000 });
  await expect(files.count()).resolves.toBe(17);
  await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
  await expect(ranking.locator("tbody tr").first().locator("td").nth(1).textContent()).resolves.toBe(firstUnit);
  await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
  await expect(page.getByLabel("Địa điểm").inputValue()).resolves.toBe("Yên Bái");
  await results.waitFor();
  await expect(cellsOf(results.locator("tbody tr"))).resolves.toEqual(counted);
  await showSheet(page, "Kết quả bỏ phiếu");
  const marks = await tally.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => (tr.querySelector("select") as HTMLSelectElement | null)?.value ?? null));
  expect(marks).toEqual(Array.from({ length: voters }, (_, v) => (v < 2 ? "Không đồng ý" : "Đồng ý")));
  await page.screenshot({ path: path.join(SCREENSHOTS, "thidua-file-reopened.png") });

  // One button in Cài đặt erases it: the page opens empty.
  await page.getByRole("button", { name: "Cài đặt" }).click();
  // Listening before the click: from file:// the reload may end before the click's promise does.
  const reloaded = page.waitForEvent("load");
  await page.getByRole("button", { name: "Xoá dữ liệu đã lưu trên máy này" }).click();
  await reloaded;
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForTimeout(1000);
  await expect(page.getByRole("list", { name: "Các tệp đã nhập" }).locator("li").count()).resolves.toBe(0);
  await expect(page.getByText(/^Đã mở lại công việc/).count()).resolves.toBe(0);

  expect(consoleErrors).toEqual([]);
  expect(requests).toEqual([]);
  await context.close();
});
