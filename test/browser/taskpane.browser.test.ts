import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPane, ROOT } from "../support/build-pane";
import { launchChromium } from "../support/chromium";
import { serveFolders } from "../support/static-server";

// The production page loads Office.js from Microsoft's CDN; offline, the
// test answers that URL from the package's own copy, and refuses every other
// outside request so a stray load fails the test.
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const SCREENSHOTS = path.join(ROOT, "test-results");

jest.setTimeout(180_000);

let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  dist = buildPane();
  ({ server, origin } = await serveFolders({ "/": dist }));
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  outsideRequests: string[];
}

async function openPane(locale: string): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 720 } });
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    }
    outsideRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, context, consoleErrors, outsideRequests };
}

describe("the built task pane in Chromium", () => {
  test("renders in Vietnamese as a preview, with no console error and no outside load", async () => {
    const { page, context, consoleErrors, outsideRequests } = await openPane("vi-VN");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thi đua – Chấm điểm & Bình xét");
    for (const name of ["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"]) {
      await expect(page.getByRole("tab", { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole("status").textContent()).resolves.toContain("Chế độ xem thử");
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
    await expect(page.getByRole("status").textContent()).resolves.toContain("Preview mode");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test("the build ships the manifest, the icons and the help page", async () => {
    for (const file of ["manifest.xml", "help.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]) {
      const response = await fetch(`${origin}/${file}`);
      expect([file, response.status]).toEqual([file, 200]);
    }
  });

  test("the production manifest points at the public origin and still validates", () => {
    const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const { productionUrl: publicUrl } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).config;
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${publicUrl}taskpane.html"/>`);
    const run = spawnSync(process.execPath, ["scripts/validate-manifest.mjs", path.join(dist, "manifest.xml")], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout).toContain("valid");
    expect(run.status).toBe(0);
  });
});
