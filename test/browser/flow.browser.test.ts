import { rankInPane } from "../support/rank-in-pane";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import { proposeAwards } from "../../src/core/nominate/propose-awards";
import { rankBlock } from "../../src/core/rank/rank-block";
import { ROOT } from "../support/build-pane";
import { readWithLibreOffice } from "../support/libreoffice";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";
import { importSampleBlock } from "../support/sample-block";
import { shownSheet } from "../support/preview-sheets";

// The preview's whole flow over the sample block (assets/sample, written by
// scripts/make-sample.ts), against the engine run in Node on the same files.
const SAMPLE = path.join(ROOT, "assets", "sample");

jest.setTimeout(240_000);


interface Expected {
  firstUnit: string;
  /** Rank, unit and average of every unit, in the ranking's order. */
  ranking: [string, string, number | null][];
  nominations: { unit: string; award: string; rank: number }[];
}

/** What `npm run thidua -- rank assets/sample/` gives: the same engine, in Node. */
async function expectedFromEngine(): Promise<Expected> {
  const { result } = await importSampleBlock();
  const ranking = rankBlock(result.units, result.sheets, { method: "mean", trim: 1 });
  const { nominations } = proposeAwards(ranking, result.units, DEFAULT_AWARDS);
  return {
    firstUnit: ranking.units[0]!.unit,
    ranking: ranking.units.map((u) => [u.rank === null ? "" : String(u.rank), u.unit, u.average]),
    nominations: nominations.map((n) => ({ unit: n.unit, award: n.awardName, rank: n.rank })),
  };
}

const pane = paneHarness();
const open = (width = 380) => pane.open({ width, height: 900 });

const fileList = (page: Page) => page.getByRole("list", { name: "Các tệp đã nhập" });

async function waitImported(page: Page) {
  await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 60_000 });
}

describe("the preview's whole flow on the sample block", () => {
  test("Dùng bộ mẫu → Kiểm tra → Tính xếp hạng → Lập danh sách đề nghị, as the command line ranks it; then the download", async () => {
    const expected = await expectedFromEngine();
    const { page, context, consoleErrors, outsideRequests } = await open();

    await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
    await waitImported(page);
    const list = fileList(page);
    await expect(list.locator("li").count()).resolves.toBe(17);
    await expect(list.locator('li[data-file="Bang tieu chi cham diem thi dua 2026.xlsx"]').textContent()).resolves.toContain("Bảng tiêu chí");
    await expect(list.locator('li[data-file="Danh sach don vi Khoi 2026.xlsx"]').textContent()).resolves.toContain("Danh sách đơn vị");
    await expect(list.locator('li[data-file="Hoi Chu thap do - cham diem cac don vi 2026.xlsx"]').textContent()).resolves.toMatch(/Phiếu chấm: \d+ trang/);
    await expect(list.locator('li[data-file="Phieu cham cheo - Hoi Dong y (ban cu).xls"]').textContent()).resolves.toContain("Không đọc được");
    await page.screenshot({ path: path.join(SCREENSHOTS, "step1-import.png"), fullPage: true });

    await page.getByRole("tab", { name: "2. Kiểm tra" }).click();
    const firstIssue = page.locator("[data-issue] > button").filter({ hasText: /![A-Z]+\d+/ }).first();
    await expect(firstIssue.textContent()).resolves.toContain("Lỗi");
    // The issue opens in place; its Đến ô switches the preview to the Kiểm tra table and marks the row.
    await firstIssue.click();
    await page.getByRole("region", { name: /^Chi tiết/ }).getByRole("button", { name: "Đến ô", exact: true }).click();
    await expect(shownSheet(page)).resolves.toBe("Kiểm tra");
    await expect(page.locator('table[data-table="tdIssues"] tr[aria-current="true"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, "step2-check.png"), fullPage: true });

    await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
    await rankInPane(page);
    const ranking = page.locator("table").filter({ has: page.locator("caption", { hasText: "Xếp hạng" }) });
    await ranking.waitFor();
    await expect(ranking.locator("tbody tr").first().locator("td").nth(1).textContent()).resolves.toBe(expected.firstUnit);
    await expect(ranking.locator("tbody tr").first().locator("td").first().textContent()).resolves.toBe("1");
    // The preview's Tổng hợp shows the chart of the averages: a bar per unit, rank 1 on top.
    const chart = page.locator('[data-chart="tdSummary"]');
    await expect(chart.locator("li").count()).resolves.toBe(expected.ranking.length);
    await expect(chart.locator("li").first().textContent()).resolves.toContain(expected.firstUnit);
    await page.screenshot({ path: path.join(SCREENSHOTS, "step3-rank.png"), fullPage: true });

    // Step 4 proposes as it opens (issue 22).
    await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
    const proposals = page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) });
    await proposals.waitFor();
    const rows = await proposals.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")),
    );
    expect(rows.map((r) => ({ unit: r[0], award: r[1]!.replace(/Bằng điểm$/, "").trim(), rank: Number(r[3]) }))).toEqual(expected.nominations);
    await page.screenshot({ path: path.join(SCREENSHOTS, "step4-nominate.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải kết quả (.xlsx)" }).click()]);
    const saved = path.join(SCREENSHOTS, "thi-dua-ket-qua.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const tables = workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table?.name ?? (t as unknown as { name: string }).name));
    expect(tables).toEqual(expect.arrayContaining(["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdNominations"]));
    const summary = workbook.worksheets.find((ws) => ws.name === "Tổng hợp")!;
    const cells: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(expected.firstUnit);
    // Every sheet keeps its table's header in view.
    expect(workbook.worksheets.map((ws) => ws.views[0]?.state)).toEqual(workbook.worksheets.map(() => "frozen"));

    // The second reader: LibreOffice finds the same ranking, the tables, the score column's validation and the issues' colours.
    const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-download-"));
    try {
      const { csv, fods } = await readWithLibreOffice(saved, scratch);
      const rows = csv.get("Tổng hợp") ?? [];
      const header = rows.findIndex((r) => r[0] === "Xếp thứ");
      expect(rows[header]?.slice(0, 3)).toEqual(["Xếp thứ", "Đơn vị", "Điểm trung bình"]);
      const ranked = rows.slice(header + 1, header + 1 + expected.ranking.length);
      expect(ranked.map((r) => [r[0], r[1]])).toEqual(expected.ranking.map(([rank, unit]) => [rank, unit]));
      // LibreOffice's CSV prints 15 significant digits.
      ranked.forEach((r, i) => {
        const average = expected.ranking[i]![2];
        if (average === null) expect(r[2]).toBe("");
        else expect(Number(r[2])).toBeCloseTo(average, 9);
      });
      for (const name of ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdNominations"]) {
        expect(fods).toContain(`<table:database-range table:name="${name}"`);
      }
      expect(fods).toMatch(/table:condition="of:cell-content-is-decimal-number\(\) and cell-content-is-between\(/);
      expect(fods).toMatch(/formula-is\(\[\.\$A\d+\]=&quot;Lỗi&quot;\)/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  test("the sample's files picked through the file input, then one again: a confirmation, then it replaces", async () => {
    const { page, context, consoleErrors } = await open(320);
    const files = readdirSync(SAMPLE).filter((f) => f !== "manifest.json").map((f) => path.join(SAMPLE, f));
    await page.getByLabel("Chọn các tệp .xlsx của khối").setInputFiles(files);
    await waitImported(page);
    await expect(fileList(page).locator("li").count()).resolves.toBe(17);
    const listed = () => fileList(page).locator("li").evaluateAll((items) => items.map((li) => [li.getAttribute("data-file"), li.textContent]));
    const before = await listed();

    await page.getByLabel("Chọn các tệp .xlsx của khối").setInputFiles([path.join(SAMPLE, "Phieu cham cheo 2026 - Hoi Luat gia.xlsx")]);
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain("Phieu cham cheo 2026 - Hoi Luat gia.xlsx");
    await page.screenshot({ path: path.join(SCREENSHOTS, "step1-replace.png") });
    await dialog.getByRole("button", { name: "Thay thế" }).click();
    await waitImported(page);
    // The file read again keeps its place, and says what it is as before.
    await expect(listed()).resolves.toEqual(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
