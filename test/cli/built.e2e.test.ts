/**
 * The built command (scripts/build-cli.mjs, run by `npm ci` and `npm run
 * build`): bin/thidua.js runs the bundle while none of the files it was built
 * from (build/thidua.inputs.json) is newer, the sources through tsx
 * otherwise; the bundle gives what the sources give. Its start (docs/DECISIONS.md, D7:
 * under 0.5 s on a quiet machine) is measured and reported, not asserted:
 * the machine is shared, so the test asserts which of the two ran.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { thidua } from "../support/cli";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "sample");
const BUNDLE = "build/thidua.cjs";
const SOURCES = "src/cli/thidua.ts (tsx)";

function run(argv: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string; err: string; seconds: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: child.status, out: child.stdout, err: child.stderr, seconds: (performance.now() - start) / 1000 };
}

/** Which of the two bin/thidua.js ran (its THIDUA_SHOW_START line), and what it printed after. */
function command(...argv: string[]) {
  const result = run(["bin/thidua.js", ...argv], { THIDUA_SHOW_START: "1" });
  const [first = "", ...rest] = result.err.split("\n");
  return { ...result, ran: first.replace(/^thidua: /, ""), err: rest.join("\n") };
}

const build = () => execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
const inputs = (): string[] => (JSON.parse(readFileSync(path.join(ROOT, "build/thidua.inputs.json"), "utf8")) as { inputs: string[] }).inputs;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe("the built command", () => {
  beforeAll(build);

  it("checks the sample block as the sources do", async () => {
    const built = command("check", "--json", "-", SAMPLE);
    const sources = await thidua("check", "--json", "-", SAMPLE);
    expect(built.ran).toBe(BUNDLE);
    expect(built.status).toBe(sources.status);
    expect(built.out).toBe(sources.out);
    expect(built.out).toContain('"schema": "thidua.result/1"');
  });

  it("lists what it was built from: every source the bundle holds (the documents' too), and package-lock.json for the packages", () => {
    const listed = inputs();
    expect(listed).toEqual(expect.arrayContaining(["src/cli/thidua.ts", "src/xlsx/read/read-xlsx.ts", "src/core/rank/rank-block.ts", "package-lock.json"]));
    expect(listed.some((f) => f.startsWith("src/docx/"))).toBe(true);
    expect(listed.filter((f) => f.startsWith("node_modules/") || f.startsWith("test/"))).toEqual([]);
  });

  it("runs the sources once an input is newer than the bundle, and the bundle again once rebuilt", () => {
    expect(command("--help").ran).toBe(BUNDLE);
    const input = path.join(ROOT, inputs().find((f) => f.startsWith("src/docx/")) as string);
    const now = new Date();
    utimesSync(input, now, now);
    try {
      expect(statSync(input).mtimeMs).toBeGreaterThan(statSync(path.join(ROOT, BUNDLE)).mtimeMs);
      const stale = command("--help");
      expect(stale.ran).toBe(SOURCES);
      expect(stale.status).toBe(0);
      expect(stale.out).toContain("Cách dùng / Usage:");
    } finally {
      build();
    }
    expect(command("--help").ran).toBe(BUNDLE);
  });

  it("--help prints the usage on stdout and exits 0; bad arguments print it on stderr and exit 2", () => {
    const help = command("--help");
    expect([help.status, help.err]).toEqual([0, ""]);
    expect(help.out).toContain("Cách dùng / Usage:");
    const blank = command("scoresheets", "-h");
    expect([blank.status, blank.err]).toEqual([0, ""]);
    expect(blank.out).toContain("scoresheets --criteria");
    const bad = command("rank", "--bogus");
    expect([bad.status, bad.out]).toEqual([2, ""]);
    expect(bad.err).toContain("Cách dùng / Usage:");
  });

  it("reports how long --help takes, bundle and sources (asserting only which ran)", () => {
    const times = (argv: string[]) => median([0, 1, 2].map(() => run(argv).seconds));
    expect(command("--help").ran).toBe(BUNDLE);
    const bundle = times(["bin/thidua.js", "--help"]);
    const tsx = times(["--import", "tsx", "src/cli/thidua.ts", "--help"]);
    const node = times(["-e", "0"]);
    console.info(`thidua --help: ${bundle.toFixed(2)} s with the bundle, ${tsx.toFixed(2)} s through tsx; node -e 0 takes ${node.toFixed(2)} s here`);
  });
});
