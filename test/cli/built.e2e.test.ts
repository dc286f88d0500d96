/**
 * The built command (scripts/build-cli.mjs, run by `npm ci` and `npm run
 * build`): bin/thidua.js runs the bundle, which gives what the sources give
 * and starts faster than the sources through tsx (issue 13 §2: under 0.5 s on
 * a quiet machine; here only compared, the machine being shared).
 */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { thidua } from "../support/cli";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample");

function run(...argv: string[]): { status: number | null; out: string; err: string; seconds: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8" });
  return { status: child.status, out: child.stdout, err: child.stderr, seconds: (performance.now() - start) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe("the built command", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  });

  it("checks the sample block as the sources do", async () => {
    const built = run("bin/thidua.js", "check", "--json", "-", SAMPLE);
    const sources = await thidua("check", "--json", "-", SAMPLE);
    expect(built.status).toBe(sources.status);
    expect(built.out).toBe(sources.out);
    expect(built.out).toContain('"schema": "thidua.result/1"');
  });

  it("starts faster than the sources through tsx (--help)", () => {
    const times = (argv: string[]) => median([0, 1, 2].map(() => run(...argv).seconds));
    const bundle = times(["bin/thidua.js", "--help"]);
    const tsx = times(["--import", "tsx", "src/cli/thidua.ts", "--help"]);
    expect(run("bin/thidua.js", "--help").err).toContain("Cách dùng / Usage:");
    expect(bundle).toBeLessThan(tsx * 0.75);
  });
});
