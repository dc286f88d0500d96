import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/**
 * A production build of the current sources into a fresh folder, so the test never sees a stale dist/.
 * `pane`: the task pane and the browser app's static pages; `thidua`: the one-file browser app (webpack.config.js).
 */
export function buildPane(config: "pane" | "thidua" = "pane"): string {
  const out = mkdtempSync(path.join(os.tmpdir(), "thidua-dist-"));
  const run = spawnSync(
    process.execPath,
    ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--config-name", config, "--output-path", out],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}
