import path from "node:path";
import type { Page } from "playwright-core";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";
import { sheetNames, shownSheet, showSheet } from "../support/preview-sheets";
import { rankInPane } from "../support/rank-in-pane";

// The vote in the preview (SPEC §5.1) over the sample block: make
// the ballot, pick the marks in the tally table shown, count them, see each
// proposal's votes, share and result, and the documents then carry the vote.
// The documents' own form is documents.browser.test.ts's.

jest.setTimeout(240_000);

const pane = paneHarness();

const cellsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));

describe("the vote in the preview", () => {
  test("Tạo phiếu bầu → marks picked in the tally → Kiểm phiếu → votes, share, result → Lập hồ sơ with the votes", async () => {
    const { page, context, consoleErrors, outsideRequests } = await pane.open({ width: 420, height: 1000 });
    await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
    await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
    await rankInPane(page);
    // Step 4 proposes as it opens (issue 22).
    await page.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
    const proposals = page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) });
    await proposals.waitFor();
    const proposed = (await cellsOf(page, "table:has(caption:text-is('Danh sách đề nghị')) tbody tr")).map((r) => r[0] as string);
    expect(proposed.length).toBeGreaterThan(2);

    const vote = page.getByRole("region", { name: "Bỏ phiếu suy tôn" });
    await vote.getByRole("button", { name: "Tạo phiếu bầu" }).click();
    await vote.getByText("Đã ghi trang Kết quả bỏ phiếu và Phiếu bầu.").waitFor();
    // The preview opens on the tally; the ballot is a page beside it.
    await expect(shownSheet(page)).resolves.toBe("Kết quả bỏ phiếu");
    await expect(sheetNames(page)).resolves.toContain("Phiếu bầu");
    const tally = page.locator('table[data-table="tdVotes"]');
    const voters = await tally.locator("tbody tr").count();
    expect(voters).toBe(11);

    // The first proposal: 8 agree, 3 disagree; the second: 5 agree, 6 disagree; the others all agree but one blank.
    const selects = (row: number) => tally.locator("tbody tr").nth(row).locator("select");
    for (let v = 0; v < voters; v++) {
      const row = selects(v);
      await row.nth(0).selectOption(v < 8 ? "Đồng ý" : "Không đồng ý");
      await row.nth(1).selectOption(v < 5 ? "Đồng ý" : "Không đồng ý");
      for (let p = 2; p < proposed.length; p++) if (!(v === 0 && p === 2)) await row.nth(p).selectOption("Đồng ý");
    }
    await expect(selects(3).nth(0).getAttribute("aria-label")).resolves.toBe(`${await tally.locator("tbody tr").nth(3).locator("td").first().textContent()} – ${await tally.locator("thead th").nth(1).textContent()}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, "step4-vote-tally.png"), fullPage: true });

    await vote.getByRole("button", { name: "Kiểm phiếu" }).click();
    const results = vote.getByRole("table", { name: "Kết quả bỏ phiếu (cần quá 50%)" });
    await results.waitFor();
    const counted = await results.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));
    expect(counted.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      [proposed[0], "8/11", "72,7%", "Đạt"],
      [proposed[1], "5/11", "45,5%", "Không đạt"],
      [proposed[2], "10/11", "90,9%", "Đạt"],
      ...proposed.slice(3).map((unit) => [unit, "11/11", "100%", "Đạt"]),
    ]);
    // Every voter's row was counted, and the panel says so (issue 17).
    await vote.getByText("Đã tính phiếu của 11/11 dòng người bỏ phiếu.").waitFor();
    // The blank is a warning at its cell, and Đến ô shows its row of the tally.
    const issues = vote.getByRole("region", { name: "Các lỗi và cảnh báo khi kiểm phiếu" });
    await expect(issues.locator("li").count()).resolves.toBe(1);
    await issues.getByRole("button", { name: "Đến ô Kết quả bỏ phiếu!D5" }).click();
    await expect(tally.locator('tr[aria-current="true"] td').first().textContent()).resolves.toBe(await tally.locator("tbody tr").first().locator("td").first().textContent());

    // Đề nghị carries the vote's columns.
    await showSheet(page, "Đề nghị");
    const nominations = await cellsOf(page, 'table[data-table="tdNominations"] tbody tr');
    expect(nominations.slice(0, 2).map((r) => [r[1], r[5], r[7]])).toEqual([
      [proposed[0], "8", "Đạt"],
      [proposed[1], "5", "Không đạt"],
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "step4-vote.png"), fullPage: true });

    // The documents carry the votes: the minutes' table holds the counts; the list leaves out what did not pass.
    await page.getByRole("button", { name: "Lập hồ sơ" }).click();
    await showSheet(page, "Biên bản");
    const minutes = await cellsOf(page, 'table[data-page="Biên bản"] tbody tr');
    // The vote's table: no., unit, votes for, votes, award, share, result; only the proposals that passed.
    const voted = minutes.filter((r) => r.includes("Đạt"));
    expect(voted.map((r) => r.filter((c) => c !== "").slice(1, 4))).toEqual([
      [proposed[0], "8", "11"],
      [proposed[2], "10", "11"],
      ...proposed.slice(3).map((unit) => [unit, "11", "11"]),
    ]);
    await showSheet(page, "Danh sách đề nghị");
    const list = (await page.locator('table[data-page="Danh sách đề nghị"] td').allTextContents()).join("\n");
    expect(list).toContain(proposed[0]);
    expect(list).not.toContain(proposed[1]);

    // Cài đặt says who votes: the delegates, and how many of them (issue 17).
    await page.getByRole("button", { name: "Cài đặt" }).click();
    await page.getByRole("radio", { name: "Các đại biểu dự họp" }).click();
    await page.getByRole("textbox", { name: /Số đại biểu dự họp/ }).fill("25");
    await page.screenshot({ path: path.join(SCREENSHOTS, "settings-voters.png"), fullPage: true });

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
