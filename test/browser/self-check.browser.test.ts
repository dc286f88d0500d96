/**
 * *Kiểm tra Excel này* in the built pane, in Chromium as a preview (Office.js
 * loaded, no Excel host): under Cài đặt it says Excel is absent and offers
 * nothing to run.
 */
import path from "node:path";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";

jest.setTimeout(300_000);

const pane = paneHarness();

test("under Cài đặt, the self-check says Excel is absent in the preview", async () => {
  const { page, context, consoleErrors, outsideRequests } = await pane.open({ locale: "vi-VN", width: 420, height: 1400 });
  await page.getByRole("button", { name: "Cài đặt" }).click();
  await page.getByRole("heading", { name: "Kiểm tra Excel này" }).waitFor();
  await expect(page.getByText(/Không có Excel: ngăn tác vụ đang chạy trong trình duyệt/).isVisible()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "Kiểm tra", exact: true }).count()).resolves.toBe(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, "self-check-preview.png"), fullPage: true });
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});
