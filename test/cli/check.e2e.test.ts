import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import path from "node:path";
import type { IssueJson } from "../../src/core/report/result-json";
import { realisticBlock11, totalsBlock, type BlockTruth } from "../fixtures/builder";
import { scratchFolder, thidua } from "../support/cli";
import { compareIssues } from "../support/oracle";

jest.setTimeout(120_000);

const scratch = scratchFolder("thidua-check-");


async function checkJson(...argv: string[]): Promise<IssueJson[]> {
  const json = path.join(scratch, `result-${Math.random().toString(36).slice(2)}.json`);
  const { status, err } = await thidua("check", ...argv, "--json", json);
  expect([status, err]).toEqual([0, ""]);
  const result = JSON.parse(readFileSync(json, "utf8")) as { schema: string; issues: IssueJson[] };
  expect(result.schema).toBe("thidua.result/1");
  return result.issues;
}

function fail(why: string): never {
  throw new Error(why);
}

function expectSameIssues(truth: BlockTruth, issues: IssueJson[]) {
  const { missing, extra } = compareIssues(truth.issues, issues);
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
}

describe("thidua check on the realistic block of 11 units (mixed layouts, messy variants, every defect)", () => {
  let truth: BlockTruth;
  beforeAll(async () => {
    truth = await realisticBlock11(path.join(scratch, "block"));
  });

  test("a whole folder: criteria table and roster found by content, every defect at its file, sheet and cell, no false issue", async () => {
    expectSameIssues(truth, await checkJson(truth.dir));
  });

  test("the criteria table and roster named on the command line give the same result", async () => {
    const rosterFile = truth.rosterFile ?? fail("the realistic block has a roster");
    const scoresheets = readdirSync(truth.dir)
      .filter((f) => f !== truth.criteriaFile && f !== truth.rosterFile)
      .map((f) => path.join(truth.dir, f));
    expectSameIssues(
      truth,
      await checkJson("--criteria", path.join(truth.dir, truth.criteriaFile), "--roster", path.join(truth.dir, rosterFile), ...scoresheets),
    );
  });

  test("the readable report: counts first, then each file's issues with their places, in Vietnamese or English", async () => {
    const vi = await thidua("check", truth.dir);
    expect(vi.status).toBe(0);
    const errors = truth.issues.filter((i) => i.severity === "error").length;
    const warnings = truth.issues.length - errors;
    expect(vi.out).toMatch(new RegExp(`Đã đọc 17 tệp, \\d+ phiếu \\(\\d+ phiếu dùng được\\); ${errors} lỗi, ${warnings} cảnh báo\\.`));
    expect(vi.out).toContain("Danh sách đơn vị: 11 đơn vị");
    const aboveMax = truth.issues.find((i) => i.code === "SCORE_ABOVE_MAX");
    expect(vi.out).toContain(`SCORE_ABOVE_MAX  ${aboveMax?.sheet}!${aboveMax?.cell}`);
    const en = await thidua("check", "--lang", "en", truth.dir);
    expect(en.out).toMatch(/Read 17 files, \d+ sheets \(\d+ usable\); \d+ errors, \d+ warnings\./);
    expect(en.out).toContain("is above the maximum");
  });

  test("`--json -` writes the JSON after the report on standard output", async () => {
    const { status, out } = await thidua("check", truth.dir, "--json", "-");
    expect(status).toBe(0);
    const json = JSON.parse(out.slice(out.indexOf("{\n"))) as { issues: IssueJson[] };
    expect(json.issues).toHaveLength(truth.issues.length);
    for (const issue of json.issues) expect(issue.message).not.toMatch(/undefined|\{|—/);
  });

  test("the same block re-saved by LibreOffice (a second writer's bytes) gives the same issues", async () => {
    const source = path.join(scratch, "lo-in");
    const converted = path.join(scratch, "lo-out");
    mkdirSync(source);
    mkdirSync(converted);
    // The broken files are copied as they are: LibreOffice would repair them.
    const broken = new Set(truth.issues.filter((i) => i.code === "FILE_UNREADABLE").map((i) => i.file));
    for (const file of readdirSync(truth.dir)) {
      copyFileSync(path.join(truth.dir, file), path.join(broken.has(file) ? converted : source, file));
    }
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(scratch, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", converted, ...readdirSync(source).map((f) => path.join(source, f))],
      { stdio: "ignore" },
    );
    expect(readdirSync(converted).sort()).toEqual(readdirSync(truth.dir).sort());
    expectSameIssues(truth, await checkJson(converted));
  });

  test("without a roster the units are inferred from the scoresheets, and the report says so", async () => {
    const noRoster = path.join(scratch, "no-roster");
    mkdirSync(noRoster);
    for (const file of readdirSync(truth.dir)) if (file !== truth.rosterFile) copyFileSync(path.join(truth.dir, file), path.join(noRoster, file));
    const { status, out } = await thidua("check", noRoster);
    expect(status).toBe(0);
    expect(out).toMatch(/Đơn vị: \d+, suy ra từ các phiếu chấm/);
  });
});

describe("thidua check on a leader's totals table (layout C)", () => {
  test("every defect found, no false issue", async () => {
    const truth = await totalsBlock(path.join(scratch, "totals"));
    expectSameIssues(truth, await checkJson(truth.dir));
  });
});

describe("thidua check refuses what it cannot do, with exit status 2", () => {
  test("bad arguments", async () => {
    const { status, err } = await thidua("check");
    expect(status).toBe(2);
    expect(err).toContain("Usage");
  });

  test("a path that does not exist", async () => {
    const { status, err } = await thidua("check", path.join(scratch, "nowhere"));
    expect(status).toBe(2);
    expect(err).toContain("nowhere");
  });

  test("no criteria table among the files", async () => {
    const truth = await realisticBlock11(path.join(scratch, "no-criteria"));
    unlinkSync(path.join(truth.dir, truth.criteriaFile));
    const { status, err } = await thidua("check", truth.dir);
    expect(status).toBe(2);
    expect(err).toContain("--criteria");
  });

  test("a criteria table that cannot be read", async () => {
    const truth = await realisticBlock11(path.join(scratch, "bad-criteria"));
    const { status, err } = await thidua("check", "--criteria", path.join(truth.dir, "Cong van gui kem.xlsx"), truth.dir, "--lang", "en");
    expect(status).toBe(2);
    expect(err).toContain("criteria table cannot be read");
  });
});
