import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";

/** Runs `thidua …` in this process, capturing what it prints and its exit status. */
export async function thidua(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

/** A scratch folder for a test file, removed after it. */
export function scratchFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `thidua rank … --json FILE` in this process, asserted to run cleanly (status 0, nothing on stderr), with its JSON read back. */
export async function rankJson<Json>(scratch: string, ...argv: string[]): Promise<{ status: number; out: string; err: string; json: Json }> {
  const file = path.join(scratch, `r-${Math.random().toString(36).slice(2)}.json`);
  const result = await thidua("rank", ...argv, "--json", file);
  expect([result.status, result.err]).toEqual([0, ""]);
  return { ...result, json: JSON.parse(readFileSync(file, "utf8")) as Json };
}
