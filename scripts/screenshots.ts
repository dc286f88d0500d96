/**
 * The README's screenshots of the browser app, and a look at each step at a
 * task pane's width: `npm run screenshots` (builds the pane first) or
 * `npm run screenshots -- <built dist folder>`. Walks the sample block through
 * the four steps at 360 px, writes docs/screenshots/*.png (each step from its
 * heading, as a 360 × 1,000 pane shows it), and prints each step's page width
 * so a table wider than the pane shows at once. Options: `--width 320`,
 * `--lang en` (files named *-en.png), `--out <folder>` (then nothing in docs/ is touched).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import type { Locator, Page } from "playwright-core";
import { launchChromium } from "../test/support/chromium";
import { rankInPane } from "../test/support/rank-in-pane";
import { serveFolders } from "../test/support/static-server";

const ROOT = path.resolve(__dirname, "..");

interface Options {
  dist: string | null;
  width: number;
  lang: "vi" | "en";
  out: string;
}

function options(argv: string[]): Options {
  const o: Options = { dist: null, width: 360, lang: "vi", out: path.join(ROOT, "docs", "screenshots") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--width") o.width = Number(argv[++i]);
    else if (a === "--lang") o.lang = argv[++i] === "en" ? "en" : "vi";
    else if (a === "--out") o.out = path.resolve(argv[++i]!);
    else o.dist = path.resolve(a);
  }
  return o;
}

const WORDS = {
  vi: {
    sample: "Dùng bộ mẫu",
    imported: "đơn vị",
    steps: ["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"],
    meeting: "Thông tin cuộc họp",
    make: "Lập hồ sơ",
  },
  en: {
    sample: "Use the sample block",
    imported: "units",
    steps: ["1. Import scoresheets", "2. Check", "3. Compute ranking", "4. Prepare nominations"],
    meeting: "Meeting details",
    make: "Make the documents",
  },
};

/** The page's and body's widths against the window's: a pane never scrolls sideways. */
/**
 * The page's and body's widths against the window's, and the widest element
 * not inside a box that scrolls or clips (that box's business, not the page's).
 * A string, not a function: tsx's helpers do not exist in the page.
 */
const MEASURE = `(() => {
  const inner = window.innerWidth;
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
    return false;
  };
  let widest = "";
  let most = inner;
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    const r = el.getBoundingClientRect();
    if (r.right > most + 0.5 && getComputedStyle(el).position !== "fixed" && !clipped(el)) {
      most = r.right;
      widest = el.tagName.toLowerCase() + "." + String(el.className).slice(0, 40) + " (" + Math.round(r.right) + " px): " + (el.textContent || "").slice(0, 50);
    }
  }
  return { inner, doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, widest };
})()`;

async function widths(page: Page): Promise<{ inner: number; doc: number; body: number; widest: string }> {
  return page.evaluate(MEASURE) as Promise<{ inner: number; doc: number; body: number; widest: string }>;
}

/** The step's heading at the top of a 1,000 px window, or the page's top: what a pane of that height shows. */
async function shoot(page: Page, o: Options, name: string, from?: Locator): Promise<void> {
  const w = await widths(page);
  const fits = w.doc <= w.inner && w.body <= w.inner;
  console.log(`${name}: page ${w.doc} px, body ${w.body} px, window ${w.inner} px${fits ? "" : `  ← wider than the pane; widest: ${w.widest}`}`);
  if (from) await from.evaluate((el) => el.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  const suffix = o.lang === "vi" ? "" : `-${o.lang}`;
  await page.screenshot({ path: path.join(o.out, `${name}${suffix}.png`) });
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  let dist = o.dist;
  let built: string | null = null;
  if (!dist) {
    built = mkdtempSync(path.join(os.tmpdir(), "thidua-shots-"));
    const run = spawnSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--config-name", "pane", "--output-path", built], { cwd: ROOT, stdio: "inherit" });
    if (run.status !== 0) throw new Error("webpack failed");
    dist = built;
  }
  mkdirSync(o.out, { recursive: true });
  const w = WORDS[o.lang];
  const { server, origin } = await serveFolders({ "/": dist });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: o.lang === "vi" ? "vi-VN" : "en-GB", viewport: { width: o.width, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shoot(page, o, o.lang === "vi" ? "taskpane-vi" : "taskpane");
    const step = page.locator("#step-title");

    await page.getByRole("button", { name: w.sample }).click();
    await page.getByRole("status").filter({ hasText: w.imported }).first().waitFor({ timeout: 60_000 });
    await shoot(page, o, "step1-import", step);

    // Kiểm tra with its counts, the errors alone, and an issue opened in place.
    await page.getByRole("tab", { name: w.steps[1] }).click();
    await page.locator("[data-issue] > button").first().click();
    await shoot(page, o, "step2-check", step);

    await page.getByRole("tab", { name: w.steps[2] }).click();
    // Through the question asked when errors leave scoresheets out.
    await rankInPane(page, o.lang);
    await page.locator("[data-chart]").waitFor();
    await shoot(page, o, "step3-rank", step);

    await page.getByRole("tab", { name: w.steps[3] }).click();
    // The proposals made as the step opens, the meeting's form, then the documents in their own region.
    await page.getByRole("region", { name: w.meeting }).waitFor();
    const documents = page.getByRole("region", { name: w.make, exact: true });
    await documents.getByRole("button", { name: w.make }).click();
    await documents.getByRole("button", { name: /\.docx/ }).first().waitFor();
    await shoot(page, o, "step4-nominate", step);
    await context.close();
  } finally {
    await browser.close();
    server.close();
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
