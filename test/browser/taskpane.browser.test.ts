import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { ROOT } from "../support/build-pane";
import { paneHarness, SCREENSHOTS } from "../support/pane-harness";

jest.setTimeout(180_000);

const pane = paneHarness();
const openPane = (locale: string) => pane.open({ locale });

describe("the built task pane in Chromium", () => {
  test("renders in Vietnamese as the browser app, with no console error and no outside load", async () => {
    const { page, context, consoleErrors, outsideRequests } = await openPane("vi-VN");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thi đua – Chấm điểm & Bình xét");
    for (const name of ["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"]) {
      await expect(page.getByRole("tab", { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole("status").textContent()).resolves.toContain("Thi đua trên trình duyệt");
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("vi");
    // Office.js really loaded (from the package) and found no host: that is what made it a preview.
    await expect(page.evaluate(() => typeof (window as { Office?: unknown }).Office)).resolves.toBe("object");
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-vi.png"), fullPage: true });

    await page.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
    await expect(page.getByRole("heading", { level: 2 }).textContent()).resolves.toBe("Tính xếp hạng");

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  test("speaks English to a browser that is not Vietnamese", async () => {
    const { page, context, consoleErrors } = await openPane("en-US");
    await expect(page.getByRole("tab", { name: "1. Import scoresheets" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Thi đua in a browser");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test("the build ships the manifest, the icons and the help page", async () => {
    for (const file of ["manifest.xml", "help.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
      const response = await fetch(`${pane.origin()}/${file}`);
      expect([file, response.status]).toEqual([file, 200]);
    }
  });

  test("the built page starts with the hand-written ES5 guard, untouched by the minifier, and the browser app's page loads no Office.js", () => {
    const html = readFileSync(path.join(pane.dist(), "taskpane.html"), "utf8");
    const first = /<script\b[^>]*>([\s\S]*?)<\/script>/i.exec(html)?.[1] ?? "";
    expect(first).toContain('var oldEngine = ua.indexOf("Trident/") >= 0');
    expect(() => parse(first, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    const app = readFileSync(path.join(pane.dist(), "index.html"), "utf8");
    expect(app).toContain("<title>Thi đua trên trình duyệt</title>");
    expect(app).not.toContain("office.js");
  });

  test("the production manifest points at the public origin and still validates", () => {
    const manifest = readFileSync(path.join(pane.dist(), "manifest.xml"), "utf8");
    const { productionUrl: publicUrl } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).config;
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${publicUrl}taskpane.html"/>`);
    const run = spawnSync(process.execPath, ["scripts/validate-manifest.mjs", path.join(pane.dist(), "manifest.xml")], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout).toContain("valid");
    expect(run.status).toBe(0);
  });
});
