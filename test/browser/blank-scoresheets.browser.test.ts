/**
 * The pane's *Tạo phiếu chấm gửi đơn vị* in the built preview: after the
 * sample block is imported, one .zip with a blank scoresheet for each of its
 * 11 units, as the command writes them.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipOf } from "../support/zip";
import { paneHarness } from "../support/pane-harness";

jest.setTimeout(240_000);
const pane = paneHarness();

test("the preview downloads every unit's blank scoresheet in one zip", async () => {
  const { page, context, consoleErrors, outsideRequests } = await pane.open({ width: 380, height: 900 });
  await page.getByRole("button", { name: "Dùng bộ mẫu" }).click();
  await page.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 60_000 });
  await page.getByLabel("Tên khối, cụm thi đua").fill("Khối các Hội đặc thù tỉnh Yên Bái");
  await page.getByLabel("Hạn gửi lại").fill("2026-12-15");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tạo phiếu chấm (.zip)" }).click()]);
  expect(download.suggestedFilename()).toBe("Phieu cham gui don vi.zip");
  const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-blank-zip-"));
  try {
    const saved = path.join(dir, "phieu.zip");
    await download.saveAs(saved);
    const zip = unzipOf(readFileSync(saved));
    const names = [...zip.keys()].sort();
    expect(names).toHaveLength(11);
    expect(names).toContain("Phieu cham - Hội Luật gia tỉnh.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(zip.get("Phieu cham - Hội Luật gia tỉnh.xlsx") as Uint8Array) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name).slice(0, 2)).toEqual(["Hướng dẫn", "Tự chấm"]);
    expect(workbook.getWorksheet("Tự chấm")?.getCell("A1").value).toBe("KHỐI CÁC HỘI ĐẶC THÙ TỈNH YÊN BÁI");
    await expect(page.getByRole("status").filter({ hasText: "Đã tạo 11 tệp phiếu chấm" }).count()).resolves.toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});
