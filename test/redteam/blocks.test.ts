/**
 * The red team's blocks through `thidua check` (SPEC §2 inputs dressed in
 * ways the project's own builder does not use, SPEC §3 defects at known
 * cells): every expected issue at its file, sheet and cell, no other issue;
 * the JSON of SPEC §8 with every field; messages complete in vi and en.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ERROR_CODES, WARNING_CODES } from "../../src/core/model/issue";
import type { IssueJson } from "../../src/core/report/result-json";
import { scratchFolder, thidua } from "../support/cli";
import { compareIssues } from "../support/oracle";
import { blockAB, blockC, blockD, blockE, blockF, type Scenario } from "./scenarios";

jest.setTimeout(120_000);

const scratch = scratchFolder("thidua-redteam-");


async function check(scenario: Scenario, lang: "vi" | "en" = "vi") {
  const json = path.join(scratch, `out-${Math.random().toString(36).slice(2)}.json`);
  const { status, out, err } = await thidua("check", ...scenario.argv, "--lang", lang, "--json", json);
  expect([status, err]).toEqual([0, ""]);
  const result = JSON.parse(readFileSync(json, "utf8")) as { schema: string; issues: IssueJson[] };
  return { out, result };
}

const SCENARIOS = { blockAB, blockC, blockD, blockE, blockF } as const;
const scenarios = new Map<string, Scenario>();
beforeAll(async () => {
  for (const [name, make] of Object.entries(SCENARIOS)) scenarios.set(name, await make(scratch));
});
const scenario = (name: keyof typeof SCENARIOS): Scenario => scenarios.get(name)!;

describe.each(Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])("red team %s", (name) => {
  test("every defect at its file, sheet and cell, and no other issue", async () => {
    const { result } = await check(scenario(name));
    expect(compareIssues(scenario(name).truth.issues, result.issues)).toEqual({ missing: [], extra: [] });
  });

  test("SPEC §8: every field of every issue present, codes and severities of SPEC §3, messages complete in vi and en", async () => {
    const codes = new Set<string>([...ERROR_CODES, ...WARNING_CODES]);
    for (const lang of ["vi", "en"] as const) {
      const { result } = await check(scenario(name), lang);
      expect(result.schema).toBe("thidua.result/1");
      for (const issue of result.issues) {
        expect(Object.keys(issue).sort()).toEqual(["cell", "code", "criterion", "file", "message", "ratee", "scorer", "severity", "sheet"]);
        expect(codes.has(issue.code)).toBe(true);
        expect(issue.severity === "warning").toBe((WARNING_CODES as readonly string[]).includes(issue.code) || (issue.code === "LAYOUT_UNRECOGNIZED" && issue.severity === "warning"));
        expect(issue.message).not.toMatch(/undefined|NaN|\{|\}|—|^$/);
      }
    }
  });

  test("the report: counts, then each file with its issues, place and message", async () => {
    const { out, result } = await check(scenario(name));
    const errors = result.issues.filter((i) => i.severity === "error").length;
    expect(out).toContain(`${errors} lỗi, ${result.issues.length - errors} cảnh báo.`);
    for (const issue of result.issues.filter((i) => i.cell && i.sheet)) expect(out).toContain(`${issue.sheet}!${issue.cell}`);
  });

  test("`thidua rank` on the same block runs and lists every roster unit", async () => {
    const json = path.join(scratch, `rank-${name}.json`);
    const { status, err } = await thidua("rank", ...scenario(name).argv, "--json", json);
    expect([status, err]).toEqual([0, ""]);
    const ranked = JSON.parse(readFileSync(json, "utf8")) as { units: { unit: string }[] };
    expect(ranked.units.length).toBeGreaterThanOrEqual(3);
  });
});

describe("red team: the real command", () => {
  test("`npm run -s thidua -- check DIR --json OUT` writes the same issues as the in-process run", async () => {
    const json = path.join(scratch, "npm.json");
    const root = path.resolve(__dirname, "../..");
    execFileSync("npm", ["run", "-s", "thidua", "--", "check", ...scenario("blockD").argv, "--json", json], { cwd: root, stdio: "pipe" });
    const viaNpm = JSON.parse(readFileSync(json, "utf8")) as { issues: IssueJson[] };
    expect(compareIssues(scenario("blockD").truth.issues, viaNpm.issues)).toEqual({ missing: [], extra: [] });
  });
});
