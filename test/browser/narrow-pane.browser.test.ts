import path from "node:path";
import type { Page } from "playwright-core";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";
import { importSampleBlock } from "../support/sample-block";
import { rankInPane } from "../support/rank-in-pane";

// Issue 22: the pane at a task pane's width. The sample block through every
// step at 360 px and 320 px, in Vietnamese and English: the page never
// scrolls sideways (wide tables scroll in their own box, the sheets are a
// menu); Kiểm tra's counts and errors-only filter, an issue opened in place
// with Đến ô; the chart's axis start; each download named for its document;
// the help page opened from the header.

jest.setTimeout(300_000);

const WORDS = {
  vi: {
    locale: "vi-VN",
    sample: "Dùng bộ mẫu",
    imported: "đơn vị",
    steps: ["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"],
    read: "Đã đọc",
    figures: ["Tệp", "Phiếu chấm", "Dùng được", "Lỗi", "Cảnh báo"],
    filter: "Lọc lỗi và cảnh báo",
    errors: (n: number) => `Lỗi (${n})`,
    warnings: (n: number) => `Cảnh báo (${n})`,
    all: (n: number) => `Tất cả (${n})`,
    error: "Lỗi",
    warning: "Cảnh báo",
    details: /^Chi tiết /,
    goTo: "Đến ô",
    sheetChoice: "Trang đang xem",
    issuesSheet: "Kiểm tra",
    back: "Về mục đang xem trong bước Kiểm tra",
    axis: /^Các thanh tính từ \d+(,\d+)? điểm, không từ 0/,
    meeting: "Thông tin cuộc họp",
    make: "Lập hồ sơ",
    downloads: ["Tải .xlsx: Danh sách đề nghị khen thưởng", "Tải .docx: Biên bản họp bình xét thi đua", "Tải .docx: Tờ trình đề nghị khen thưởng"],
    help: "Hướng dẫn",
    helpHeading: "Thi đua là gì?",
  },
  en: {
    locale: "en-GB",
    sample: "Use the sample block",
    imported: "units",
    steps: ["1. Import scoresheets", "2. Check", "3. Compute ranking", "4. Prepare nominations"],
    read: "Read",
    figures: ["Files", "Scoresheets", "Usable", "Errors", "Warnings"],
    filter: "Filter errors and warnings",
    errors: (n: number) => `Errors (${n})`,
    warnings: (n: number) => `Warnings (${n})`,
    all: (n: number) => `All (${n})`,
    error: "Error",
    warning: "Warning",
    details: /^Details of /,
    goTo: "Go to cell",
    sheetChoice: "Sheet shown",
    issuesSheet: "Checks",
    back: "Back to the issue in the Check step",
    axis: /^The bars start at \d+(\.\d+)? points, not 0/,
    meeting: "Meeting details",
    make: "Make the documents",
    downloads: ["Download .xlsx: List of proposals", "Download .docx: Minutes of the meeting", "Download .docx: Cover letter"],
    help: "Help",
    helpHeading: "What is Thi đua?",
  },
} as const;

/** What the command line counts on the sample: `Đã đọc 17 tệp, 120 phiếu (107 phiếu dùng được); … lỗi, … cảnh báo`. */
async function sampleCounts() {
  const { files, result } = await importSampleBlock();
  const { sheets, issues } = result;
  return {
    files: files.length,
    sheets: sheets.length,
    usable: sheets.filter((s) => !s.excluded).length,
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}

const pane = paneHarness();

/** The page and its body no wider than the window: nothing scrolls sideways. */
async function expectNoSideways(page: Page, where: string) {
  const w = await page.evaluate(() => ({ inner: window.innerWidth, doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  const fits = (width: number) => (width <= w.inner ? "fits" : `${width} px for ${w.inner}`);
  expect({ where, page: fits(w.doc), body: fits(w.body) }).toEqual({ where, page: "fits", body: "fits" });
}

/** The issue cards shown (Kiểm tra's buttons that open in place) and their badges. */
const badges = (page: Page) => page.locator("[data-issue] > button .fui-Badge").allInnerTexts();

describe.each([
  ["vi", 360],
  ["vi", 320],
  ["en", 360],
  ["en", 320],
] as const)("the pane in %s at %i px", (lang, width) => {
  test("every step on the sample: no sideways scroll; Kiểm tra's counts, errors-only filter and an issue opened in place with Đến ô; the chart's axis; named downloads; help", async () => {
    const w = WORDS[lang];
    const expected = await sampleCounts();
    // The sample as the issue describes it: 120 scoresheets, 107 usable.
    expect([expected.sheets, expected.usable]).toEqual([120, 107]);
    const { page, context, consoleErrors, outsideRequests } = await pane.open({ locale: w.locale, width, height: 720 });
    await expectNoSideways(page, "opened");

    // The help page, in the bundle, opened beside the pane at the officer's language.
    const help = page.getByRole("link", { name: w.help });
    await expect(help.getAttribute("href")).resolves.toMatch(new RegExp(`#${lang}$`));
    const [helpPage] = await Promise.all([context.waitForEvent("page"), help.click()]);
    await helpPage.getByRole("heading", { name: w.helpHeading }).waitFor();
    await helpPage.close();

    // 1. Import.
    await page.getByRole("button", { name: w.sample }).click();
    await page.getByRole("status").filter({ hasText: w.imported }).first().waitFor({ timeout: 60_000 });
    await expectNoSideways(page, "import");

    // 2. Kiểm tra: the command line's counts, errors alone first.
    await page.getByRole("tab", { name: w.steps[1] }).click();
    const figures = await page
      .getByRole("group", { name: w.read })
      .locator("dt")
      .evaluateAll((dts) => dts.map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`));
    expect(figures).toEqual(
      [expected.files, expected.sheets, expected.usable, expected.errors, expected.warnings].map((n, i) => `${w.figures[i]} ${n}`),
    );
    const filters = page.getByRole("group", { name: w.filter }).getByRole("button");
    await expect(filters.allInnerTexts()).resolves.toEqual([w.errors(expected.errors), w.warnings(expected.warnings), w.all(expected.errors + expected.warnings)]);
    await expect(filters.first().getAttribute("aria-pressed")).resolves.toBe("true");
    const errorsShown = await badges(page);
    expect(errorsShown).toHaveLength(expected.errors);
    expect(new Set(errorsShown)).toEqual(new Set([w.error]));
    await expectNoSideways(page, "check, errors");
    await filters.nth(1).click();
    const warningsShown = await badges(page);
    expect(warningsShown).toHaveLength(expected.warnings);
    expect(new Set(warningsShown)).toEqual(new Set([w.warning]));
    await filters.nth(2).click();
    await expect(badges(page)).resolves.toHaveLength(expected.errors + expected.warnings);
    await expectNoSideways(page, "check, all");
    await filters.first().click();

    // An issue opens in place: the page does not move, the details say where; Đến ô shows its row of Kiểm tra.
    // An error at a cell (a whole file's error has no cell: its button shows the row).
    const card = page.locator("[data-issue] > button").filter({ hasText: /![A-Z]+\d+/ }).first();
    await card.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await card.click();
    await expect(card.getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(before);
    const details = page.getByRole("region", { name: w.details });
    await expect(details.locator("dd").first().textContent()).resolves.toMatch(/\.xlsx?$/);
    await expectNoSideways(page, "check, an issue opened");
    const row = Number(await card.locator("xpath=..").getAttribute("data-issue"));
    await details.getByRole("button", { name: w.goTo, exact: true }).click();
    await expect(page.getByRole("combobox", { name: w.sheetChoice }).textContent()).resolves.toBe(w.issuesSheet);
    const marked = page.locator('table[data-table="tdIssues"] tbody tr[aria-current="true"]');
    await expect(marked.count()).resolves.toBe(1);
    await expect(page.locator('table[data-table="tdIssues"] tbody tr').nth(row).getAttribute("aria-current")).resolves.toBe("true");
    await expectNoSideways(page, "check, Đến ô");
    // And back to the card it came from.
    await page.getByRole("button", { name: w.back }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`issue-${row}`);
    if (width === 360) await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-check-${lang}.png`), fullPage: true });

    // 3. Rank: the chart's axis starts below the lowest average and says so; the top and bottom bars differ.
    await page.getByRole("tab", { name: w.steps[2] }).click();
    await rankInPane(page, lang);
    const chart = page.locator('[data-chart="tdSummary"]');
    await chart.waitFor();
    const axis = chart.locator("[data-axis-start]");
    expect(Number(await axis.getAttribute("data-axis-start"))).toBeGreaterThan(0);
    await expect(axis.textContent()).resolves.toMatch(w.axis);
    const bars = await chart.locator("li [aria-hidden='true']").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(bars[bars.length - 1]!).toBeLessThan(bars[0]! / 2);
    await expectNoSideways(page, "rank");

    // 4. Nominate, the documents made; each download named for its document.
    await page.getByRole("tab", { name: w.steps[3] }).click();
    // The meeting's form comes first (its own region), then the documents' region, named for its button.
    await page.getByRole("region", { name: w.meeting }).waitFor();
    const documents = page.getByRole("region", { name: w.make, exact: true });
    await documents.getByRole("button", { name: w.make }).click();
    for (const name of w.downloads) await documents.getByRole("button", { name, exact: true }).waitFor();
    await expectNoSideways(page, "nominate, documents made");

    // Every sheet and page in the menu, each shown in turn, the page never wider than the pane.
    const choice = page.getByRole("combobox", { name: w.sheetChoice });
    await choice.click();
    // The menu's own options, not the meeting form's drop-downs.
    const options = await page.getByRole("listbox").getByRole("option").allInnerTexts();
    expect(options.length).toBeGreaterThanOrEqual(10);
    await page.keyboard.press("Escape");
    for (let i = 0; i < options.length; i++) {
      await choice.click();
      await page.getByRole("listbox").getByRole("option").nth(i).click();
      await expectNoSideways(page, `sheet ${options[i]}`);
    }

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
