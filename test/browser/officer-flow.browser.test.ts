/**
 * Issue 22, the pane at a task pane's width (360 px) over the sample block,
 * as an officer who is not technical goes through it: the import says what
 * the ranking will use and where to go next; step 3 says it uses 107 of 120
 * scoresheets and asks before ranking without the 13 left out; step 4 opens
 * on its proposals, says the ranking stands on incomplete data, puts the
 * meeting's form before the ballot, fills the tally in one action and one
 * exception, and counts it; the block's name and year typed once in step 1
 * are step 4's too. Vietnamese, then English.
 */
import path from "node:path";
import type { Locator } from "playwright-core";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";
import { showSheet } from "../support/preview-sheets";

jest.setTimeout(300_000);

const pane = paneHarness();

/** Whether `first` comes before `second` in the page. */
async function before(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate((a, b) => Boolean(b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

const resultRows = (table: Locator) => table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")));

/**
 * Whether an element of ours reaches past the pane's right edge. (The page's
 * own sideways scroll, from the preview's sheet tabs, is the narrow layout's
 * work and its test's.)
 */
async function pastTheEdge(part: Locator, width = 360): Promise<boolean> {
  const box = await part.boundingBox();
  return box === null || box.x + box.width > width;
}

describe("the officer's way through the pane at 360 px", () => {
  test("Vietnamese: 107 of 120 said before ranking and confirmed; the meeting before the ballot; the tally in one action and one exception", async () => {
    const { page, context, consoleErrors, outsideRequests } = await pane.open({ width: 360, height: 760 });
    await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
    const summary = page.getByRole("status").filter({ hasText: "đơn vị" });
    await summary.waitFor({ timeout: 60_000 });
    // The command's numbers: 120 sheets of which 107 usable.
    await expect(summary.textContent()).resolves.toContain("120 phiếu (107 phiếu dùng được)");

    // The block's name and year, typed once, in step 1.
    await page.getByLabel("Tên khối, cụm thi đua").fill("Khối các Hội đặc thù");
    await page.getByLabel("Năm", { exact: true }).fill("2026");

    await page.locator("section[aria-labelledby='step-title']").screenshot({ path: path.join(SCREENSHOTS, "issue22-step1-360.png") });

    // Where next: Kiểm tra.
    await page.getByRole("button", { name: "Tiếp theo: Kiểm tra" }).click();
    await expect(page.locator("#step-title").textContent()).resolves.toBe("Kiểm tra");
    await page.getByRole("button", { name: "Tiếp theo: Tính xếp hạng" }).click();
    await expect(page.locator("#step-title").textContent()).resolves.toBe("Tính xếp hạng");

    // Step 3 says what it uses, before ranking, and asks.
    const uses = page.getByTestId("rank-uses");
    await expect(uses.textContent()).resolves.toContain("Xếp hạng dùng 107/120 phiếu chấm.");
    await expect(uses.textContent()).resolves.toContain("13 phiếu có lỗi sẽ không được tính");
    await page.getByRole("button", { name: "Tính xếp hạng" }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm.getByRole("heading").textContent()).resolves.toBe("13 phiếu có lỗi sẽ không được tính");
    await expect(confirm.getByRole("button").allTextContents()).resolves.toEqual(expect.arrayContaining(["Xem lỗi", "Vẫn tính xếp hạng"]));
    await page.screenshot({ path: path.join(SCREENSHOTS, "issue22-step3-confirm-360.png") });
    await confirm.getByRole("button", { name: "Vẫn tính xếp hạng" }).click();
    await page.locator("table").filter({ has: page.locator("caption", { hasText: "Xếp hạng" }) }).waitFor();
    expect(await pastTheEdge(uses)).toBe(false);
    await page.locator("section[aria-labelledby='step-title']").screenshot({ path: path.join(SCREENSHOTS, "issue22-step3-360.png") });

    // Step 4 opens on its proposals: no second click on a button named like the step.
    await page.getByRole("button", { name: "Tiếp theo: Lập danh sách đề nghị" }).click();
    const proposals = page.locator("table").filter({ has: page.locator("caption", { hasText: "Danh sách đề nghị" }) });
    await proposals.waitFor();
    await expect(page.getByRole("button", { name: "Lập danh sách đề nghị", exact: true }).count()).resolves.toBe(0);
    const proposed = (await resultRows(proposals)).map((r) => r[0] as string);
    expect(proposed.length).toBeGreaterThan(2);
    await expect(page.getByTestId("incomplete-data").textContent()).resolves.toContain("13/120 phiếu chấm có lỗi không được tính");

    // The meeting's form before the ballot and the tally; the block's name and year are step 1's.
    const meeting = page.getByRole("region", { name: "Thông tin cuộc họp" });
    const vote = page.getByRole("region", { name: "Bỏ phiếu suy tôn" });
    await expect(before(meeting, vote)).resolves.toBe(true);
    await expect(before(vote, page.getByRole("region", { name: "Lập hồ sơ" }))).resolves.toBe(true);
    await expect(meeting.getByLabel("Tên khối, cụm thi đua").inputValue()).resolves.toBe("Khối các Hội đặc thù");
    await expect(meeting.getByLabel("Năm", { exact: true }).inputValue()).resolves.toBe("2026");
    // One absent unit: ten voters.
    const present = meeting.getByRole("group", { name: "Đơn vị có mặt" });
    const absent = (await present.getByRole("checkbox").evaluateAll((boxes) => boxes.map((b) => (b.closest(".fui-Checkbox")?.textContent ?? "").trim())))[10] as string;
    await present.getByRole("checkbox", { name: absent, exact: true }).uncheck();

    // Tạo phiếu bầu is the primary button first; Kiểm phiếu once the ballot is made.
    await expect(vote.getByRole("button", { name: "Tạo phiếu bầu" }).getAttribute("data-appearance")).resolves.toBe("primary");
    await expect(vote.getByRole("button", { name: "Kiểm phiếu" }).getAttribute("data-appearance")).resolves.toBe("secondary");
    await vote.getByRole("button", { name: "Tạo phiếu bầu" }).click();
    const editor = vote.getByRole("region", { name: "Nhập phiếu" });
    await editor.waitFor();
    await expect(vote.getByRole("button", { name: "Kiểm phiếu" }).getAttribute("data-appearance")).resolves.toBe("primary");

    // All agree in one action; the second proposal: everyone disagrees; one exception: its first voter agrees.
    await editor.getByRole("button", { name: "Tất cả đồng ý" }).click();
    await editor.getByRole("status").filter({ hasText: "10 đồng ý · 0 không đồng ý · 0 trống" }).waitFor();
    await editor.getByLabel("Đề nghị", { exact: true }).selectOption({ index: 1 });
    await editor.getByRole("button", { name: "Mọi người không đồng ý" }).click();
    await editor.getByRole("status").filter({ hasText: "0 đồng ý · 10 không đồng ý · 0 trống" }).waitFor();
    const firstVoter = editor.getByRole("list").getByRole("combobox").first();
    await firstVoter.selectOption("Đồng ý");
    await editor.getByRole("status").filter({ hasText: "1 đồng ý · 9 không đồng ý · 0 trống" }).waitFor();
    expect(await pastTheEdge(editor)).toBe(false);
    expect(await pastTheEdge(meeting)).toBe(false);

    await vote.getByRole("button", { name: "Kiểm phiếu" }).click();
    const results = vote.getByRole("table", { name: "Kết quả bỏ phiếu (cần quá 50%)" });
    await results.waitFor();
    expect((await resultRows(results)).map((r) => [r[0], r[2], r[4]])).toEqual(
      proposed.map((unit, p) => (p === 1 ? [unit, "1/10", "Không đạt"] : [unit, "10/10", "Đạt"])),
    );
    // Step 4 at the pane's width, part by part (the whole step is taller than a screenshot can be looked at).
    await meeting.screenshot({ path: path.join(SCREENSHOTS, "issue22-step4-meeting-360.png") });
    await vote.screenshot({ path: path.join(SCREENSHOTS, "issue22-step4-vote-360.png") });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, "issue22-step4-top-360.png") });

    // The ballot carries the block's name typed in step 1.
    await showSheet(page, "Phiếu bầu");
    await expect(page.locator('table[data-page="Phiếu bầu"]').textContent()).resolves.toContain("KHỐI CÁC HỘI ĐẶC THÙ");

    // Back in step 1, the name and year are the same one.
    await page.getByRole("tab", { name: "1. Nhập phiếu chấm" }).click();
    await expect(page.getByLabel("Tên khối, cụm thi đua").inputValue()).resolves.toBe("Khối các Hội đặc thù");
    await expect(page.getByLabel("Năm", { exact: true }).inputValue()).resolves.toBe("2026");

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  test("English: the same words in English", async () => {
    const { page, context, consoleErrors } = await pane.open({ locale: "en-US", width: 360, height: 760 });
    await page.getByRole("button", { name: "Use the sample block" }).click();
    const summary = page.getByRole("status").filter({ hasText: "units" });
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain("120 sheets (107 usable)");
    await page.getByLabel("Block's name").fill("Block of the special associations");
    await page.getByRole("button", { name: "Next: Check" }).click();
    await page.getByRole("button", { name: "Next: Compute ranking" }).click();
    await expect(page.getByTestId("rank-uses").textContent()).resolves.toContain("The ranking uses 107 of 120 scoresheets.");
    await page.getByRole("button", { name: "Compute ranking" }).click();
    const confirm = page.getByRole("dialog");
    await expect(confirm.getByRole("heading").textContent()).resolves.toBe("13 scoresheets with errors will not be counted");
    await confirm.getByRole("button", { name: "Rank anyway" }).click();
    await page.getByRole("button", { name: "Next: Prepare nominations" }).click();
    await page.locator("table").filter({ has: page.locator("caption", { hasText: "Proposals" }) }).waitFor();
    await expect(page.getByTestId("incomplete-data").textContent()).resolves.toContain("Ranked on incomplete data");
    const meeting = page.getByRole("region", { name: "Meeting details" });
    await expect(meeting.getByLabel("Block's name").inputValue()).resolves.toBe("Block of the special associations");
    const vote = page.getByRole("region", { name: "The vote", exact: true });
    await vote.getByRole("button", { name: "Make the ballot" }).click();
    const editor = vote.getByRole("region", { name: "Enter the votes" });
    await editor.getByRole("button", { name: "All agree" }).click();
    await editor.getByRole("status").filter({ hasText: "11 agree · 0 disagree · 0 blank" }).waitFor();
    await editor.getByLabel("Voter", { exact: true }).selectOption({ index: 2 });
    await editor.getByRole("button", { name: "Disagrees with every proposal" }).click();
    await editor.getByRole("status").filter({ hasText: "10 agree · 1 disagree · 0 blank" }).waitFor();
    await vote.getByRole("button", { name: "Count the votes" }).click();
    const results = vote.getByRole("table", { name: /^Results of the vote/ });
    await results.waitFor();
    expect((await resultRows(results)).every((r) => r[2] === "10/11" && r[4] === "Passed")).toBe(true);
    await vote.screenshot({ path: path.join(SCREENSHOTS, "issue22-step4-vote-en-360.png") });
    // The documents' blanks said once, by what they are, pointing at the form that exists.
    await page.getByRole("button", { name: "Make the documents" }).click();
    const blanks = page.getByText(/^Left blank in the documents:/);
    await blanks.first().waitFor();
    const said = (await blanks.allTextContents()).join("\n");
    expect(said).toContain("meeting date");
    expect(said).not.toContain("{{");
    expect(said).not.toContain("--meeting");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
