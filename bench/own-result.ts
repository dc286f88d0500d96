/**
 * Issue 13 §1: ranking a folder that holds our own result (`--out` and
 * `--documents` written into it) gives the same result as without it. `npx tsx bench/own-result.ts
 * [--scale S|M|L]` builds a block of that scale and checks it (L takes a few
 * minutes: too slow for a unit test, which runs `rerunWithOwnResult` on the
 * realistic block instead).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../src/cli/main";
import { SCALES, scaleBlock } from "../test/fixtures/builder";

export interface Rerun {
  /** The result JSON of the first run, and of the second, with our result workbook in the folder. */
  readonly first: unknown;
  readonly again: unknown;
  /** What the second run printed. */
  readonly report: string;
  readonly seconds: { readonly first: number; readonly again: number };
}

async function rank(argv: string[], json: string): Promise<{ json: unknown; out: string; seconds: number }> {
  let out = "";
  let err = "";
  const started = performance.now();
  const status = await run(["rank", ...argv, "--json", json], { out: (t) => (out += t), err: (t) => (err += t) });
  if (status !== 0) throw new Error(`rank failed (${status}): ${err}`);
  return { json: JSON.parse(readFileSync(json, "utf8")), out, seconds: (performance.now() - started) / 1000 };
}

/**
 * Ranks `folder` writing our result into it (and, with `documents`, the
 * documents of §7 into a folder inside it), then ranks the folder again.
 * `first` is a run that writes nothing, so the fill's own notes (values a
 * document lacks) are not in it.
 */
export async function rerunWithOwnResult(folder: string, scratch: string, options: { documents?: boolean } = {}): Promise<Rerun> {
  const first = await rank([folder], path.join(scratch, "first.json"));
  const documents = options.documents ? ["--documents", path.join(folder, "ho-so")] : [];
  await rank([folder, "--out", path.join(folder, "ket-qua.xlsx"), ...documents], path.join(scratch, "written.json"));
  const again = await rank([folder], path.join(scratch, "again.json"));
  return { first: first.json, again: again.json, report: again.out, seconds: { first: first.seconds, again: again.seconds } };
}

async function main() {
  const arg = process.argv[process.argv.indexOf("--scale") + 1];
  const scale = (process.argv.includes("--scale") ? arg : "L") as keyof typeof SCALES;
  if (!(scale in SCALES)) throw new Error(`--scale takes ${Object.keys(SCALES).join(", ")}`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-own-result-"));
  try {
    await scaleBlock(path.join(scratch, "block"), SCALES[scale]);
    const rerun = await rerunWithOwnResult(path.join(scratch, "block"), scratch, { documents: true });
    const same = JSON.stringify(rerun.first) === JSON.stringify(rerun.again);
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(
      `${scale}: first ${rerun.seconds.first.toFixed(1)} s, again with our result and documents in the folder ${rerun.seconds.again.toFixed(1)} s, peak ${peak} MB: ${same ? "same result" : "RESULTS DIFFER"}\n`,
    );
    process.exitCode = same ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
