import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import type { IssueJson, UnitJson } from "../../src/core/report/result-json";
import { expectedSummary, realisticBlock11, totalsBlock, type BlockTruth } from "../fixtures/builder";
import { readWithLibreOffice } from "../support/libreoffice";
import { compareIssues } from "../support/oracle";

jest.setTimeout(120_000);

const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-rank-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface RankJson {
  schema: string;
  method: string;
  units: UnitJson[];
  issues: IssueJson[];
  nominations: { unit: string; award: string; rank: number }[];
}

async function rank(...argv: string[]): Promise<{ json: RankJson; out: string }> {
  const file = path.join(scratch, `rank-${Math.random().toString(36).slice(2)}.json`);
  let out = "";
  let err = "";
  const status = await run(["rank", ...argv, "--json", file], { out: (t) => (out += t), err: (t) => (err += t) });
  expect([status, err]).toEqual([0, ""]);
  return { json: JSON.parse(readFileSync(file, "utf8")) as RankJson, out };
}

/** SPEC §8's units, against the oracle's own arithmetic: exact ranks and counts, averages to 1e-9. */
function expectUnits(actual: UnitJson[], expected: ReturnType<typeof expectedSummary>) {
  expect(actual.map((u) => [u.unit, u.rank, u.scorers, u.excluded])).toEqual(expected.map((u) => [u.unit, u.rank, u.scorers, u.excluded]));
  actual.forEach((u, i) => {
    const e = expected[i];
    for (const key of ["average", "selfScore", "gap"] as const) {
      if (e?.[key] === null) expect([u.unit, key, u[key]]).toEqual([u.unit, key, null]);
      else expect(u[key]).toBeCloseTo(e?.[key] as number, 9);
    }
  });
}

describe("thidua rank on the realistic block", () => {
  let truth: BlockTruth;
  beforeAll(async () => {
    truth = await realisticBlock11(path.join(scratch, "block"));
  });
  const unitNames = () => truth.units.map((u) => u.name);

  test("--method mean: every roster unit's average, rank, scorers, sheets left out, self score and gap", async () => {
    const { json } = await rank(truth.dir);
    expect(json.schema).toBe("thidua.result/1");
    expect(json.method).toBe("mean");
    expectUnits(json.units, expectedSummary(unitNames(), truth.pairs, { method: "mean" }));
    expect(compareIssues(truth.issues, json.issues.filter((i) => i.code !== "NOMINATION_TIE"))).toEqual({ missing: [], extra: [] });
  });

  test.each([1, 2])("--method trimmed --trim %i", async (k) => {
    const { json } = await rank("--method", "trimmed", "--trim", String(k), truth.dir);
    expect(json.method).toBe("trimmed");
    expectUnits(json.units, expectedSummary(unitNames(), truth.pairs, { method: "trimmed", trim: k }));
  });

  test("nominations follow ranks and registrations; an awards file replaces the defaults", async () => {
    const { json } = await rank(truth.dir);
    const ranks = new Map(json.units.map((u) => [u.unit, u.rank]));
    for (const n of json.nominations) expect(n.rank).toBe(ranks.get(n.unit));
    expect(json.nominations.filter((n) => n.award === "co-thi-dua-chinh-phu").length).toBeGreaterThanOrEqual(1);

    const awards = path.join(scratch, "awards.json");
    writeFileSync(awards, JSON.stringify([{ id: "bang-khen", name: "Bằng khen", quota: "30%", requiresRegistration: false }]));
    const custom = await rank("--awards", awards, truth.dir);
    const ranked = custom.json.units.filter((u) => u.rank !== null).length;
    expect(custom.json.nominations.map((n) => n.unit)).toEqual(custom.json.units.slice(0, Math.floor(ranked * 0.3)).map((u) => u.unit));
  });

  test("--out: the result workbook, read back by LibreOffice, shows the same averages and ranks", async () => {
    const out = path.join(scratch, "ket-qua.xlsx");
    const { json } = await rank("--out", out, truth.dir);
    const { csv } = await readWithLibreOffice(out, path.join(scratch, "lo"));
    const lines = csv.get("Tổng hợp") ?? [];
    const header = lines.findIndex((l) => l.slice(0, 3).join(",") === "Xếp thứ,Đơn vị,Điểm trung bình");
    expect(header).toBeGreaterThanOrEqual(0);
    const rows = lines.slice(header + 1, header + 1 + json.units.length);
    rows.forEach((row, i) => {
      const unit = json.units[i];
      expect(row[1]).toBe(unit?.unit);
      expect(row[0]).toBe(unit?.rank === null ? "" : String(unit?.rank));
      if (unit?.average === null) expect(row[2]).toBe("");
      else expect(Number(row[2])).toBeCloseTo(unit?.average ?? NaN, 9);
    });
  });

  test("the report shows the ranking, the agreement and the proposals before the issues", async () => {
    const { out } = await rank(truth.dir);
    const first = truth.summary[0];
    expect(out).toMatch(new RegExp(`\\s1  ${first?.unit.replace("/", "\\/")}\\s+${String(Math.round((first?.average ?? 0) * 100) / 100).replace(".", ",")}`));
    expect(out.indexOf("Kendall's W")).toBeLessThan(out.indexOf("Đề nghị khen thưởng"));
    expect(out.indexOf("Đề nghị khen thưởng")).toBeLessThan(out.indexOf("FILE_UNREADABLE"));
  });
});

describe("thidua rank on a leader's totals table (layout C)", () => {
  test("averages and ranks from totals", async () => {
    const truth = await totalsBlock(path.join(scratch, "totals"));
    const { json } = await rank(truth.dir);
    expectUnits(json.units, expectedSummary(truth.units.map((u) => u.name), truth.pairs));
  });
});

describe("thidua rank refuses bad options with exit status 2", () => {
  async function refused(...argv: string[]) {
    let err = "";
    const status = await run(argv, { out: () => undefined, err: (t) => (err += t) });
    return { status, err };
  }
  test.each([
    [["rank", "--method", "median", "x", "--lang", "en"], /--method takes mean or trimmed/],
    [["rank", "--trim", "1.5", "x", "--lang", "en"], /--trim takes a whole number/],
    [["check", "--out", "r.xlsx", "x", "--lang", "en"], /--out belongs to `rank`/],
    [["rank", "--method", "median", "x"], /--method chỉ nhận mean hoặc trimmed/],
    [["rank", "--trim", "1.5", "x"], /--trim cần một số nguyên/],
    [["check", "--out", "r.xlsx", "x"], /--out dùng với lệnh rank/],
  ])("%j", async (argv, why) => {
    const { status, err } = await refused(...argv);
    expect(status).toBe(2);
    expect(err).toMatch(why);
  });

  test("an awards file with mistakes lists each one", async () => {
    const awards = path.join(scratch, "bad-awards.json");
    writeFileSync(awards, JSON.stringify([{ id: "a", quota: "ba mươi" }, { id: "a", name: "B", quota: 1 }]));
    const { status, err } = await refused("rank", "--awards", awards, scratch);
    expect(status).toBe(2);
    expect(err).toContain('award 1, "name": cần tên danh hiệu');
    expect(err).toContain('award 1, "quota": chỉ tiêu là một số nguyên hoặc một tỷ lệ như "30%" / "quota" must be a whole number or a percentage');
    expect(err).toContain('award 2, "id": mã "a" bị dùng hai lần / the id "a" is used twice');
  });
});
