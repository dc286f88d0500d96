/**
 * `npm run bench:app [-- --file dist/thidua.html] [--rounds N]`: the browser
 * app as one file (SPEC §9): its size, raw and gzip (aim: under 3 MB gzip),
 * and the time from opening it from file:// in Chromium to the first step
 * being usable (*Dùng bộ mẫu* enabled; aim: under 2 s), every non-file
 * request refused. Without --file it builds the file first. Prints only.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/support/chromium";

const ROOT = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf("--rounds") + 1]) || 5;

function build(): { file: string; cleanup: () => void } {
  const out = mkdtempSync(path.join(os.tmpdir(), "thidua-bench-app-"));
  const run = spawnSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--config-name", "thidua", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
  return { file: path.join(out, "thidua.html"), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  const given = args.includes("--file") ? path.resolve(args[args.indexOf("--file") + 1] as string) : null;
  const { file, cleanup } = given ? { file: given, cleanup: () => {} } : build();
  try {
    const bytes = readFileSync(file);
    const browser = await launchChromium();
    const times: number[] = [];
    let refused = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const context = await browser.newContext({ locale: "vi-VN" });
        await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : (refused++, route.abort())));
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(pathToFileURL(file).href, { waitUntil: "commit" });
        await page.getByRole("button", { name: "Dùng bộ mẫu" }).and(page.locator(":enabled")).waitFor({ timeout: 60_000 });
        times.push((performance.now() - started) / 1000);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    console.log(`thidua.html (${path.relative(process.cwd(), file)})`);
    console.log(`  size:  ${mb(bytes.length)} raw, ${mb(gzipSync(bytes, { level: 9 }).length)} gzip   (aim: under 3 MB gzip)`);
    console.log(`  open → first step usable: ${median(times).toFixed(2)} s median of ${ROUNDS} (${times.map((t) => t.toFixed(2)).join(", ")})   (aim: under 2 s)`);
    console.log(`  requests refused: ${refused}`);
  } finally {
    cleanup();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
