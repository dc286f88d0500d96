/**
 * `npm run bench -- --pane [--scale S|M|L|XL] [--rounds N] [--file dist/thidua.html] [--main-thread]`
 * (issue 24): the browser app (one file, dist/thidua.html) in headless
 * Chromium on a block of the fixture builder, each step as an officer does
 * it: import the files (the file picker), rank, propose, the download
 * *Tải kết quả*. For each step: its time, the longest main-thread task
 * (the page's PerformanceObserver 'longtask'), the page's JS heap peak (CDP
 * Performance.getMetrics, sampled) and the renderer process's peak RSS
 * (/proc, sampled from here, so a blocked page or a worker's heap is seen
 * too). Beside it, the command's `rank --out` on the same block, for the
 * goal's ratio. Without --scale: S, M and L; XL is 100 units.
 * `--main-thread` forces the pane's fallback (no Web Worker), to compare.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { run } from "../src/cli/main";
import { BENCH_SCALES, scaleBlock } from "../test/fixtures/builder";
import { launchChromium } from "../test/support/chromium";

type ScaleName = keyof typeof BENCH_SCALES;
const STEPS = ["import", "rank", "propose", "download"] as const;
type Step = (typeof STEPS)[number];

interface StepFigures {
  seconds: number;
  longestTaskMs: number;
  heapPeakMB: number;
  rendererPeakMB: number;
}

interface PaneRound {
  steps: Partial<Record<Step, StepFigures>>;
  failed: string | null;
}

const ROOT = path.resolve(__dirname, "..");
/** Marks our Chromium's command line, so its processes are found in /proc among the other engineers' browsers. */
const MARK = `--thidua-bench=${process.pid}`;

function build(): { file: string; cleanup: () => void } {
  const out = mkdtempSync(path.join(os.tmpdir(), "thidua-bench-pane-"));
  const built = spawnSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--config-name", "thidua", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`webpack failed:\n${built.stdout}\n${built.stderr}`);
  return { file: path.join(out, "thidua.html"), cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/** The RSS (MB) of our Chromium's renderer processes, the page's and its worker's. */
function rendererRssMB(): number {
  let total = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes("--type=renderer")) continue;
      if (!ancestorHasMark(Number(pid))) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) / 1024;
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return total;
}

const marked = new Map<number, boolean>();
function ancestorHasMark(pid: number): boolean {
  const known = marked.get(pid);
  if (known !== undefined) return known;
  let result = false;
  try {
    if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(MARK)) result = true;
    else {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      result = ppid > 1 ? ancestorHasMark(ppid) : false;
    }
  } catch {
    result = false;
  }
  marked.set(pid, result);
  return result;
}

async function paneRound(browser: Browser, file: string, files: readonly string[], mainThread: boolean): Promise<PaneRound> {
  const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 420, height: 1000 }, acceptDownloads: true });
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  await context.addInitScript(() => {
    const tasks: Array<[number, number]> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const result: PaneRound = { steps: {}, failed: null };
  let crashed = false;
  page.on("crash", () => (crashed = true));
  try {
    await page.goto(`${pathToFileURL(file).href}${mainThread ? "?worker=off" : ""}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const step = async (name: Step, work: (p: Page) => Promise<void>) => {
      let heap = 0;
      let rss = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          rss = Math.max(rss, rendererRssMB());
          const metrics = await Promise.race([cdp.send("Performance.getMetrics"), new Promise<null>((r) => setTimeout(() => r(null), 150))]).catch(() => null);
          const used = metrics?.metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
          if (used) heap = Math.max(heap, used / 1024 / 1024);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const from = await page.evaluate(() => performance.now());
      const started = performance.now();
      try {
        await work(page);
      } finally {
        const seconds = (performance.now() - started) / 1000;
        sampling = false;
        await sampler;
        const longest = crashed
          ? NaN
          : await page.evaluate((since) => Math.max(0, ...(window as unknown as { __longTasks: Array<[number, number]> }).__longTasks.filter(([at]) => at >= since).map(([, d]) => d)), from);
        result.steps[name] = { seconds, longestTaskMs: longest, heapPeakMB: heap, rendererPeakMB: rss };
      }
    };
    await step("import", async (p) => {
      await p.getByLabel("Chọn các tệp .xlsx của khối").setInputFiles([...files]);
      await p.getByRole("status").filter({ hasText: "đơn vị" }).waitFor({ timeout: 900_000 });
    });
    await step("rank", async (p) => {
      await p.getByRole("tab", { name: "3. Tính xếp hạng" }).click();
      await p.getByRole("button", { name: "Tính xếp hạng" }).click();
      await p.locator("table").filter({ has: p.locator("caption", { hasText: "Xếp hạng" }) }).waitFor({ timeout: 900_000 });
    });
    await step("propose", async (p) => {
      // The step proposes on opening (no button of its own since the meeting's order of step 4).
      await p.getByRole("tab", { name: "4. Lập danh sách đề nghị" }).click();
      await p.locator("table").filter({ has: p.locator("caption", { hasText: "Danh sách đề nghị" }) }).waitFor({ timeout: 900_000 });
    });
    await step("download", async (p) => {
      const [download] = await Promise.all([p.waitForEvent("download", { timeout: 900_000 }), p.getByRole("button", { name: "Tải kết quả (.xlsx)" }).click()]);
      // The bytes handed to the browser's download; the save to the disk is the browser's, not ours.
      await download.path();
    });
  } catch (error) {
    result.failed = crashed ? "the page crashed (out of memory?)" : String(error).split("\n")[0] ?? "failed";
  } finally {
    await context.close().catch(() => undefined);
  }
  return result;
}

async function commandRankOut(block: string, dir: string): Promise<number> {
  const quiet = { out: () => undefined, err: () => undefined };
  const started = performance.now();
  const status = await run(["rank", block, "--json", path.join(dir, "out.json"), "--out", path.join(dir, "ket-qua.xlsx")], quiet);
  if (status !== 0) throw new Error(`rank --out: exit ${status}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const maxOf = (xs: readonly number[]) => (xs.length === 0 ? NaN : Math.max(...xs));

export async function benchPane(args: readonly string[]): Promise<void> {
  const rounds = Number(args[args.indexOf("--rounds") + 1]) || 1;
  const scales = (args.includes("--scale") ? [args[args.indexOf("--scale") + 1]] : ["S", "M", "L"]) as ScaleName[];
  if (scales.some((s) => !(s in BENCH_SCALES))) throw new Error(`--scale takes ${Object.keys(BENCH_SCALES).join(", ")}`);
  const mainThread = args.includes("--main-thread");
  const given = args.includes("--file") ? path.resolve(args[args.indexOf("--file") + 1] as string) : null;
  const { file, cleanup } = given ? { file: given, cleanup: () => {} } : build();
  const lines: string[] = [];
  try {
    for (const scale of scales) {
      const dir = mkdtempSync(path.join(os.tmpdir(), `thidua-bench-pane-${scale}-`));
      try {
        const block = path.join(dir, "block");
        const built = await scaleBlock(block, BENCH_SCALES[scale]);
        const files = built.files.map((f) => path.join(block, f));
        console.error(`  ${scale}: block of ${BENCH_SCALES[scale].units} units (${files.length} files) built in ${built.seconds.toFixed(1)} s`);
        const panes: PaneRound[] = [];
        const commands: number[] = [];
        for (let round = 0; round < rounds; round++) {
          commands.push(await commandRankOut(block, dir));
          const browser = await launchChromium([MARK]);
          try {
            panes.push(await paneRound(browser, file, files, mainThread));
          } finally {
            await browser.close();
          }
          const last = panes.at(-1) as PaneRound;
          console.error(`  ${scale} round ${round + 1}/${rounds}: rank --out ${commands.at(-1)?.toFixed(2)} s; pane ${STEPS.map((s) => `${s} ${last.steps[s]?.seconds.toFixed(2) ?? "-"} s`).join(", ")}${last.failed ? ` — ${last.failed}` : ""}`);
        }
        lines.push(...table(scale, panes, median(commands), mainThread));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    cleanup();
  }
  console.log(lines.join("\n"));
}

function table(scale: ScaleName, panes: readonly PaneRound[], rankOut: number, mainThread: boolean): string[] {
  const head = ["step", "seconds", "longest task ms", "JS heap peak MB", "renderer RSS peak MB"];
  const rows: string[][] = [];
  const fig = (step: Step, pick: (f: StepFigures) => number) => panes.map((p) => p.steps[step]).filter((f): f is StepFigures => f !== undefined).map(pick);
  let total = 0;
  let worstTask = 0;
  let worstHeap = 0;
  for (const step of STEPS) {
    const seconds = median(fig(step, (f) => f.seconds));
    const task = maxOf(fig(step, (f) => f.longestTaskMs));
    const heap = maxOf(fig(step, (f) => f.heapPeakMB));
    total += seconds;
    worstTask = Math.max(worstTask, task);
    worstHeap = Math.max(worstHeap, heap);
    rows.push([step, seconds.toFixed(2), task.toFixed(0), heap.toFixed(0), maxOf(fig(step, (f) => f.rendererPeakMB)).toFixed(0)]);
  }
  const failed = panes.map((p) => p.failed).filter(Boolean);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const out = [`${scale}: ${BENCH_SCALES[scale].units} units, the pane${mainThread ? " (main thread forced)" : ""} in Chromium, medians of ${panes.length} round(s); maxima for tasks and memory`];
  for (const row of [head, ...rows]) out.push(`  ${row.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ")}`);
  const ratio = total / rankOut;
  out.push(`  whole flow ${total.toFixed(2)} s; rank --out ${rankOut.toFixed(2)} s: ${ratio.toFixed(2)}× (goal ≤ 1.5×: ${ratio <= 1.5 ? "met" : "NOT met"})`);
  out.push(`  longest main-thread task ${worstTask.toFixed(0)} ms (goal ≤ 500 ms, aim 200: ${worstTask <= 500 ? "met" : "NOT met"}); JS heap peak ${worstHeap.toFixed(0)} MB (goal < 1024: ${worstHeap < 1024 ? "met" : "NOT met"})`);
  if (failed.length > 0) out.push(`  FAILED: ${failed.join("; ")}`);
  return out;
}
