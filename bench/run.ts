/**
 * `npm run bench [-- --scale S|M|L]`: builds blocks with the fixture builder
 * in a temporary folder and times read → check → rank → nominate → write on
 * each, beside two floors: exceljs alone reading the same files, and the
 * least any reader must do (unzip + one pass over the XML); each with the
 * same plain write of the result's cells. Each scale
 * runs in its own process, so its peak memory is its own, and every figure is
 * the median of several rounds (`--rounds N`, default 5). Prints a table and
 * writes bench/results.json.
 *
 * `npm run bench -- --commands [--scale L|XL]` (issue 24) times the command
 * itself on a block: a plain `rank`, `rank --out`, and `scoresheets` for the
 * block's roster, in turns, and prints each one's median and its ratio to the
 * plain rank beside the goals (`rank --out` ≤ 1.3×, `scoresheets` ≤ 4×).
 * XL is 100 units (1.2 M scores), L's 64 by default.
 *
 * `npm run bench -- --pane [--scale S|M|L|XL]` (issue 24) times the browser
 * app in Chromium, step by step, beside the command's `rank --out`: see pane.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { DEFAULT_SETTINGS } from "../src/core/model/defaults";
import { proposeAwards } from "../src/core/nominate/propose-awards";
import { rankBlock } from "../src/core/rank/rank-block";
import { importOneByOne } from "../src/core/import/import-block";
import { resultSheets } from "../src/workbook/result-sheets";
import type { SheetSpec } from "../src/workbook/ports/sink";
import { type ExcelJsModule, loadExcelJs } from "../src/xlsx/exceljs";
import { zlibInflate } from "../src/cli/zlib-inflate";
import { readWorkbook } from "../src/xlsx/read/read-workbook";
import { EXCELJS_READ_OPTIONS } from "../test/support/exceljs-grids";
import { ExcelJsSink } from "../src/xlsx/write-workbook";
import { entryData, zipEntries } from "../src/xlsx/read/zip";
import { run } from "../src/cli/main";
import { BENCH_SCALES, SCALES, scaleBlock } from "../test/fixtures/builder";
import { benchPane } from "./pane";

type ScaleName = keyof typeof BENCH_SCALES;

/** Rounds per scale; each figure reported is their median. `--rounds N` changes it. */
const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 5;

interface ScaleResult {
  name: ScaleName;
  units: number;
  criteria: number;
  sheets: number;
  scores: number;
  floorSeconds: number;
  /** The floor's parts, for seeing where the time goes; `scan` is the second floor's read. */
  floor: { read: number; write: number; scan: number };
  /** The second floor: unzip + one pass over the XML, and the same plain write. */
  scanFloorSeconds: number;
  seconds: { read: number; check: number; rank: number; nominate: number; write: number; total: number };
  peakRssMB: number;
}

const HERE = __dirname;

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--pane")) {
    await benchPane(args);
    return;
  }
  if (args.includes("--commands")) {
    const scale = (args.includes("--scale") ? args[args.indexOf("--scale") + 1] : "L") as ScaleName;
    if (!(scale in BENCH_SCALES)) throw new Error(`--scale takes ${Object.keys(BENCH_SCALES).join(", ")}`);
    await benchCommands(scale);
    return;
  }
  const child = args.indexOf("--child");
  if (child >= 0) {
    const result = await measure(args[child + 1] as ScaleName);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const scaleArg = args[args.indexOf("--scale") + 1];
  const scales = args.includes("--scale") ? [scaleArg as ScaleName] : (Object.keys(SCALES) as ScaleName[]);
  if (scales.some((s) => !(s in BENCH_SCALES))) throw new Error(`--scale takes ${Object.keys(BENCH_SCALES).join(", ")}`);

  const results: ScaleResult[] = [];
  for (const scale of scales) {
    const out = execFileSync(process.execPath, [...process.execArgv, path.join(HERE, "run.ts"), "--child", scale, "--rounds", String(ROUNDS)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    });
    results.push(JSON.parse(out.trim().split("\n").pop() ?? "{}") as ScaleResult);
  }
  printTable(results);
  const file = path.join(HERE, "results.json");
  const previous = readPrevious(file).filter((r) => !scales.includes(r.name));
  writeFileSync(file, `${JSON.stringify([...previous, ...results].sort((a, b) => a.units - b.units), null, 2)}\n`);
  console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
}

async function measure(name: ScaleName): Promise<ScaleResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `thidua-bench-${name}-`));
  try {
    const truth = await scaleBlock(dir, BENCH_SCALES[name]);
    const files = truth.files.map((f) => path.join(dir, f));
    const bytes = await Promise.all(files.map((f) => readFile(f)));
    const ExcelJS = await loadExcelJs();
    // Warm up exceljs and the JIT on one file, so neither side pays the first-use cost.
    await new ExcelJS.Workbook().xlsx.load(bytes[0] as unknown as ArrayBuffer, EXCELJS_READ_OPTIONS);

    // The machine is shared and noisy: every figure is the median of several rounds.
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const r = await measureRound(ExcelJS, bytes, files, dir);
      rounds.push(r);
      const ours = r.read + r.check + r.rank + r.nominate + r.write;
      console.error(`  ${name} round ${round + 1}/${ROUNDS}: total ${(ours / 1000).toFixed(2)} s (read ${(r.read / 1000).toFixed(2)}), floor ${((r.floorRead + r.floorWrite) / 1000).toFixed(2)} s, scan floor ${((r.scanRead + r.floorWrite) / 1000).toFixed(2)} s`);
    }
    const median = (pick: (r: Round) => number) => {
      const sorted = rounds.map(pick).sort((x, y) => x - y);
      return sorted[Math.floor(sorted.length / 2)] as number;
    };
    const { size } = rounds[0] as Round;
    const floorRead = median((r) => r.floorRead);
    const scanRead = median((r) => r.scanRead);
    const floorWrite = median((r) => r.floorWrite);
    const seconds = (ms: number) => Math.round(ms) / 1000;
    return {
      name,
      ...size,
      floorSeconds: seconds(floorRead + floorWrite),
      floor: { read: seconds(floorRead), write: seconds(floorWrite), scan: seconds(scanRead) },
      scanFloorSeconds: seconds(scanRead + floorWrite),
      seconds: {
        read: seconds(median((r) => r.read)),
        check: seconds(median((r) => r.check)),
        rank: seconds(median((r) => r.rank)),
        nominate: seconds(median((r) => r.nominate)),
        write: seconds(median((r) => r.write)),
        total: seconds(median((r) => r.read + r.check + r.rank + r.nominate + r.write)),
      },
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Round {
  floorRead: number;
  scanRead: number;
  floorWrite: number;
  read: number;
  check: number;
  rank: number;
  nominate: number;
  write: number;
  /** What was measured (only counts are kept: a whole import per round would swell peak memory). */
  size: { units: number; criteria: number; sheets: number; scores: number };
}

/**
 * One round. The machine is shared and its speed moves by a third within a
 * minute, so the floor's read is measured file by file beside ours (each
 * file read by exceljs alone and by the import, in turns which goes first),
 * and both see the same machine. Then rank, nominate and our write, and the
 * floor's write of the same cells as our result.
 */
async function measureRound(ExcelJS: ExcelJsModule, bytes: readonly Buffer[], files: readonly string[], dir: string): Promise<Round> {
    const readFloor = (i: number) => time(() => new ExcelJS.Workbook().xlsx.load(bytes[i] as unknown as ArrayBuffer, EXCELJS_READ_OPTIONS));

    // The import reads one file at a time and takes each into the model as it
    // comes (as the command does): `read` is the time inside the reader
    // (exceljs and the grids), `check` all the import's own work.
    let read = 0;
    let floorRead = 0;
    const floorDone = new Set<number>();
    let scanRead = 0;
    const t0 = performance.now();
    const outcome = await importOneByOne(bytes.length, async (i) => {
      const floorFirst = i % 2 === 0 && !floorDone.has(i);
      if (floorFirst) floorRead += await readFloor(i);
      const start = performance.now();
      const file = path.basename(files[i] ?? "");
      const result = await readWorkbook(bytes[i] as Buffer, file, { inflate: zlibInflate });
      read += performance.now() - start;
      if (!floorFirst && !floorDone.has(i)) floorRead += await readFloor(i);
      if (!floorDone.has(i)) scanRead += timeSync(() => unzipAndScan(bytes[i] as Buffer));
      floorDone.add(i);
      return result.ok ? { file, grids: result.grids } : { file, unreadable: result.issue };
    });
    if (!outcome.ok) throw new Error(`the block did not import: ${outcome.reason}`);
    const imported = outcome.result;
    const t2 = performance.now();
    const check = t2 - t0 - floorRead - scanRead - read;
    const ranking = rankBlock(imported.units, imported.sheets, DEFAULT_SETTINGS);
    const t3 = performance.now();
    const proposals = proposeAwards(ranking, imported.units, DEFAULT_SETTINGS.awards);
    const t4 = performance.now();
    const sheets = resultSheets(
      {
        settings: DEFAULT_SETTINGS,
        units: imported.units,
        criteria: imported.criteria.table,
        sheets: imported.sheets,
        issues: [...imported.issues, ...proposals.issues],
        ranking,
        nominations: proposals.nominations,
      },
      "vi",
    );
    const sink = new ExcelJsSink();
    await sink.writeSheets(sheets);
    writeFileSync(path.join(dir, "ket-qua.xlsx"), await sink.toBuffer());
    const t5 = performance.now();

    const floorWrite = await time(() => writePlain(ExcelJS, sheets, path.join(dir, "plain.xlsx")));
    const size = {
      units: imported.units.length,
      criteria: imported.criteria.table.criteria.filter((c) => c.isLeaf).length,
      sheets: imported.sheets.filter((s) => s.scoresheet.layout !== "C").length,
      scores: imported.sheets.reduce((n, s) => n + s.scoresheet.entries.length, 0),
    };
    return { floorRead, scanRead, floorWrite, read, check, rank: t3 - t2, nominate: t4 - t3, write: t5 - t4, size };
}

/**
 * The floor's write: the same cells as our result, as plain values, one sheet
 * each, no table or format, with exceljs's fastest writer (streaming, inline
 * strings): the least any design writing these cells with exceljs must pay.
 */
async function writePlain(ExcelJS: ExcelJsModule, sheets: readonly SheetSpec[], file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const line of sheet.titleLines ?? []) ws.addRow([line]).commit();
    ws.addRow(sheet.table.columns.map((c) => c.header)).commit();
    for (const row of sheet.table.rows) ws.addRow(row.map((cell) => (cell !== null && typeof cell === "object" ? cell.text : cell))).commit();
    ws.commit();
  }
  await workbook.commit();
}

/**
 * The second floor's read: every XML part inflated by node's zlib and decoded,
 * then one pass over it that finds each tag (`<`) and does nothing else. No
 * reader that looks at every cell can do less.
 */
function unzipAndScan(bytes: Uint8Array): number {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error("the bench's workbooks are zips");
  const decoder = new TextDecoder();
  let tags = 0;
  for (const entry of entries.values()) {
    if (!/\.(xml|rels)$/.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    const xml = decoder.decode(entry.method === 0 ? data : inflateRawSync(data));
    for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) tags++;
  }
  return tags;
}

/** Goals of issue 24, as ratios to a plain `rank` of the same block. */
const COMMAND_GOALS = { "rank --out": 1.3, scoresheets: 4 } as const;

/**
 * The commands on one block, in turns (plain rank, rank --out, scoresheets)
 * so each round sees the same machine; medians of `--rounds` (default 3).
 * In one process, through the command's own entry (`run`), as the bundle
 * runs it less its 0.1 s start.
 */
async function benchCommands(name: ScaleName) {
  const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 3;
  const dir = mkdtempSync(path.join(os.tmpdir(), `thidua-bench-commands-${name}-`));
  try {
    const block = path.join(dir, "block");
    const built = await scaleBlock(block, BENCH_SCALES[name]);
    console.error(`  ${name}: block of ${BENCH_SCALES[name].units} units built in ${built.seconds.toFixed(1)} s`);
    const quiet = { out: () => undefined, err: () => undefined };
    // Wall seconds, and the process's CPU seconds (every thread, zlib's pool included): on a shared machine the CPU time's ratio is the steadier one.
    const cpu: Record<"rank" | "rank --out" | "scoresheets", number[]> = { rank: [], "rank --out": [], scoresheets: [] };
    const command = async (argv: string[], what: keyof typeof cpu) => {
      const start = performance.now();
      const used = process.cpuUsage();
      const status = await run(argv, quiet);
      if (status !== 0) throw new Error(`${argv.join(" ")}: exit ${status}`);
      const { user, system } = process.cpuUsage(used);
      cpu[what].push((user + system) / 1e6);
      return (performance.now() - start) / 1000;
    };
    const roster = built.rosterFile;
    if (!roster) throw new Error("the bench's blocks have a roster");
    const runs: Record<"rank" | "rank --out" | "scoresheets", number[]> = { rank: [], "rank --out": [], scoresheets: [] };
    for (let round = 0; round < rounds; round++) {
      runs.rank.push(await command(["rank", block, "--json", path.join(dir, "plain.json")], "rank"));
      runs["rank --out"].push(await command(["rank", block, "--json", path.join(dir, "out.json"), "--out", path.join(dir, "ket-qua.xlsx")], "rank --out"));
      runs.scoresheets.push(await command(["scoresheets", "--criteria", path.join(block, built.criteriaFile), "--roster", path.join(block, roster), "--out", path.join(dir, "phieu")], "scoresheets"));
      console.error(`  ${name} round ${round + 1}/${rounds}: rank ${runs.rank.at(-1)?.toFixed(2)} s, rank --out ${runs["rank --out"].at(-1)?.toFixed(2)} s, scoresheets ${runs.scoresheets.at(-1)?.toFixed(2)} s`);
    }
    const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const plain = median(runs.rank);
    console.log(`${name}: ${BENCH_SCALES[name].units} units, medians of ${rounds} rounds (a shared machine: read the ratios, not the seconds)`);
    const plainCpu = median(cpu.rank);
    console.log(`  rank          ${plain.toFixed(2)} s (CPU ${plainCpu.toFixed(2)} s)`);
    for (const what of ["rank --out", "scoresheets"] as const) {
      const m = median(runs[what]);
      const ratio = m / plain;
      const cpuRatio = median(cpu[what]) / plainCpu;
      const goal = COMMAND_GOALS[what];
      console.log(
        `  ${what.padEnd(13)} ${m.toFixed(2)} s  ${ratio.toFixed(2)}× rank (goal ≤ ${goal}×: ${ratio <= goal ? "met" : "NOT met"});  CPU ${median(cpu[what]).toFixed(2)} s  ${cpuRatio.toFixed(2)}× rank's CPU`,
      );
    }
    console.log(`  peak RSS of the process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeSync(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function readPrevious(file: string): ScaleResult[] {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ScaleResult[];
  } catch {
    return [];
  }
}

function printTable(results: readonly ScaleResult[]) {
  const head = ["scale", "units", "criteria", "sheets", "scores", "floor s", "(read", "write)", "scan floor s", "(scan)", "read", "check", "rank", "nominate", "write", "total s", "total/floor", "total/scan floor", "read/scan", "peak MB"];
  const rows = results.map((r) => [
    r.name,
    r.units,
    r.criteria,
    r.sheets,
    r.scores,
    r.floorSeconds,
    r.floor.read,
    r.floor.write,
    r.scanFloorSeconds,
    r.floor.scan,
    r.seconds.read,
    r.seconds.check,
    r.seconds.rank,
    r.seconds.nominate,
    r.seconds.write,
    r.seconds.total,
    (r.seconds.total / r.floorSeconds).toFixed(2),
    (r.seconds.total / r.scanFloorSeconds).toFixed(2),
    (r.seconds.read / r.floor.scan).toFixed(2),
    r.peakRssMB,
  ].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  for (const row of [head, ...rows]) console.log(row.map((c, i) => c.padStart(widths[i] ?? 0)).join("  "));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
