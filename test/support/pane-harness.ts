import { existsSync, mkdirSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPane, ROOT } from "./build-pane";
import { launchChromium } from "./chromium";
import { serveFolders } from "./static-server";

// The production page loads Office.js from Microsoft's CDN; offline, the
// harness answers that URL from the package's own copy and refuses every
// other outside request, so a stray load fails the test.
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
export const SCREENSHOTS = path.join(ROOT, "test-results");

export interface OpenedPane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly outsideRequests: string[];
}

export interface PaneHarness {
  /** The origin the built pane is served from. */
  readonly origin: () => string;
  /** The folder of the production build. */
  readonly dist: () => string;
  open(options?: { locale?: string; width?: number; height?: number }): Promise<OpenedPane>;
}

/**
 * A production build of the pane served on loopback and Debian's Chromium,
 * set up once for a test file (its beforeAll/afterAll are registered here).
 */
export function paneHarness(): PaneHarness {
  let dist = "";
  let server: Server | undefined;
  let origin = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    dist = buildPane();
    ({ server, origin } = await serveFolders({ "/": dist }));
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The build (the pane and the browser app's pages) takes minutes on a shared machine.
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  return {
    origin: () => origin,
    dist: () => dist,
    async open({ locale = "vi-VN", width = 360, height = 720 } = {}) {
      if (!browser) throw new Error("the harness's browser is not started (use open() inside a test)");
      const context = await browser.newContext({ locale, viewport: { width, height }, acceptDownloads: true });
      const consoleErrors: string[] = [];
      const outsideRequests: string[] = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith(origin)) return route.continue();
        if (url.startsWith(OFFICE_CDN)) {
          const file = path.join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
          return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
        }
        // Office.js's own telemetry frame (loaded by office.js a few seconds in, not by the pane): refused, not counted.
        if (new URL(url).hostname.endsWith(".oaspapps.com")) return route.abort();
        outsideRequests.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
      page.on("pageerror", (e) => consoleErrors.push(String(e)));
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      return { page, context, consoleErrors, outsideRequests };
    },
  };
}
