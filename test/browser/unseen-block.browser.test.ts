import { rankInPane } from "../support/rank-in-pane";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import type { BlockSettings } from "../../src/core/model/block";
import { rankBlock } from "../../src/core/rank/rank-block";
import { importBlock, type WorkbookInput } from "../../src/core/import/import-block";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { scaleBlock } from "../fixtures/builder";
import { paneHarness } from "../support/pane-harness";

// The flow on blocks the pane does not ship: built here by the fixture
// builder, handed over as an officer would (dropped on the pane), in English,
// with the settings panel used; then an import stopped half-way.

jest.setTimeout(300_000);

const pane = paneHarness();
let dir = "";
let files: readonly string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "thidua-unseen-"));
  // Layout B (one matrix per scorer), 13 units, 17 criteria: unlike the sample block.
  const truth = await scaleBlock(dir, { units: 13, leaves: 17, layout: "B", writer: "memory" });
  files = truth.files;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The ranking the engine gives in Node on the same files: rank, unit, average to 2 decimals (the pane's default rounding). */
async function engineRanking(settings: Pick<BlockSettings, "method" | "trim">): Promise<string[][]> {
  const outcome = await engineImport();
  const ranking = rankBlock(outcome.result.units, outcome.result.sheets, settings);
  return ranking.units.map((u) => [String(u.rank), u.unit, u.average === null ? "" : u.average.toFixed(2)]);
}

async function engineImport() {
  const workbooks: WorkbookInput[] = [];
  for (const file of files) {
    const read = await readWorkbook(readFileSync(path.join(dir, file)), file);
    workbooks.push(read.ok ? { file, grids: read.grids } : { file, unreadable: read.issue });
  }
  const outcome = importBlock({ workbooks });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

/** Drops the files on the pane's drop zone, as dragging them from the file manager does. */
async function dropFiles(page: Page, names: readonly string[]) {
  const payload = names.map((name) => ({ name, base64: readFileSync(path.join(dir, name)).toString("base64") }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, base64 } of items) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    }
    return dt;
  }, payload);
  await page.dispatchEvent('[data-testid="drop-zone"]', "dragover", { dataTransfer });
  await page.dispatchEvent('[data-testid="drop-zone"]', "drop", { dataTransfer });
}

async function paneRanking(page: Page): Promise<string[][]> {
  const table = page.locator("table").filter({ has: page.locator("caption", { hasText: "Ranking" }) });
  await table.waitFor();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));
  return rows.map((r) => [r[0] ?? "", r[1] ?? "", Number((r[2] ?? "").replace(/\s/g, "").replace(",", ".")).toFixed(2)]);
}

describe("a block the pane has never seen", () => {
  test("dropped on the pane in English: the four steps, and the trimmed mean from the settings panel, as the engine ranks it", async () => {
    const { page, context, consoleErrors, outsideRequests } = await pane.open({ locale: "en-US", width: 420, height: 900 });
    await dropFiles(page, files);
    await page.getByRole("status").filter({ hasText: "units" }).waitFor({ timeout: 90_000 });
    const list = page.getByRole("list", { name: "Imported files" });
    await expect(list.locator("li").count()).resolves.toBe(files.length);
    await expect(list.textContent()).resolves.toContain("Criteria table");

    await page.getByRole("tab", { name: "2. Check", exact: true }).click();
    const { issues } = (await engineImport()).result;
    if (issues.length === 0) await page.getByText("No errors or warnings.").waitFor();
    else {
      // Every issue, under the filter's All (the step opens on the errors alone).
      await page.getByRole("group", { name: "Filter errors and warnings" }).getByRole("button", { name: `All (${issues.length})` }).click();
      await expect(page.locator("[data-issue]").count()).resolves.toBe(issues.length);
    }

    await page.getByRole("tab", { name: "3. Compute ranking", exact: true }).click();
    await rankInPane(page, "en");
    expect(await paneRanking(page)).toEqual(await engineRanking({ method: "mean", trim: 1 }));

    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("radio", { name: "Drop the highest and lowest" }).check();
    await page.getByRole("button", { name: "Close" }).click();
    // The ranking of the old method is gone, not left standing beside the new settings.
    await expect(page.locator("caption", { hasText: "Ranking" }).count()).resolves.toBe(0);
    await rankInPane(page, "en");
    await page.locator("caption", { hasText: "Drop the highest and lowest" }).waitFor();
    expect(await paneRanking(page)).toEqual(await engineRanking({ method: "trimmed", trim: 1 }));

    // Step 4 proposes as it opens (issue 22).
    await page.getByRole("tab", { name: "4. Prepare nominations", exact: true }).click();
    await page.locator("table").filter({ has: page.locator("caption", { hasText: "Proposals" }) }).or(page.getByText("No unit is eligible")).first().waitFor();

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  test("its folder picked with the folder button: subfolders walked, lock files and documents left out, as the engine ranks it", async () => {
    // The folder as an officer keeps it: one scoresheet in a subfolder, the nomination's documents, Excel's lock file, macOS's leftovers.
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), "thidua-folder-")), "Khoi thi dua 2026");
    mkdirSync(path.join(folder, "Phieu den muon"), { recursive: true });
    files.forEach((f, i) => copyFileSync(path.join(dir, f), path.join(folder, i === files.length - 1 ? "Phieu den muon" : "", f)));
    writeFileSync(path.join(folder, "To trinh de nghi.pdf"), "%PDF-1.4");
    writeFileSync(path.join(folder, `~$${files[0]}`), "lock");
    writeFileSync(path.join(folder, ".DS_Store"), "");
    try {
      const { page, context, consoleErrors } = await pane.open({ width: 360, height: 900 });
      await page.getByLabel("Chọn thư mục phiếu chấm của khối").setInputFiles(folder);
      await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 90_000 });
      const names = await page.getByRole("list", { name: "Các tệp đã nhập" }).locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-file")));
      expect([...names].sort()).toEqual([...files].sort());
      await page.getByRole("tab", { name: "3. Tính xếp hạng", exact: true }).click();
      await rankInPane(page);
      const table = page.locator("table").filter({ has: page.locator("caption", { hasText: "Xếp hạng" }) });
      await table.waitFor();
      const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));
      const expected = await engineRanking({ method: "mean", trim: 1 });
      expect(rows.map((r) => [r[0], r[1]])).toEqual(expected.map((r) => [r[0], r[1]]));
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      rmSync(path.dirname(folder), { recursive: true, force: true });
    }
  });

  test("an import stopped half-way: the files not yet read say so, and importing them again completes the block", async () => {
    const { page, context, consoleErrors } = await pane.open({ width: 360, height: 900 });
    // A slow disk, as a network share is: the reader alone is faster than a
    // click, so without it the import may end before "Dừng nhập" is pressed.
    await page.evaluate(() => {
      const read = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = function (this: Blob) {
        return new Promise<void>((resolve) => setTimeout(resolve, 400)).then(() => read.call(this));
      };
    });
    const input = page.getByLabel("Chọn các tệp .xlsx của khối");
    await input.setInputFiles(files.map((f) => path.join(dir, f)));
    await page.getByRole("button", { name: "Dừng nhập" }).click();
    const list = page.getByRole("list", { name: "Các tệp đã nhập" });
    await page.getByRole("button", { name: "Dừng nhập" }).waitFor({ state: "detached" });
    const stopped = await list.locator("li").filter({ hasText: "Đã dừng, chưa đọc" }).count();
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(files.length);

    await input.setInputFiles(files.map((f) => path.join(dir, f)));
    const dialog = page.getByRole("dialog");
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button", { name: "Thay thế" }).click();
    await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 90_000 });
    await expect(list.locator("li").filter({ hasText: "Đã dừng, chưa đọc" }).count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
