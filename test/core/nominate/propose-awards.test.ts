import { DEFAULT_AWARDS } from "../../../src/core/model/defaults";
import type { Award } from "../../../src/core/model/award";
import type { Ranking, UnitResult } from "../../../src/core/model/result";
import type { Unit } from "../../../src/core/model/unit";
import { proposeAwards } from "../../../src/core/nominate/propose-awards";
import { quotaCount } from "../../../src/core/nominate/quota";

function ranking(rows: [string, number | null, number | null][]): Ranking {
  const units: UnitResult[] = rows.map(([unit, average, rank]) => ({
    unit,
    average,
    rank,
    scorers: 3,
    excluded: 0,
    selfScore: null,
    gap: null,
    totalsByScorer: new Map(),
    criterionAverages: new Map(),
  }));
  return { method: "mean", trim: 1, units, scorers: [], blockMean: null, agreement: { w: null, scorers: 0, units: 0 } };
}

const unit = (name: string, registration?: string): Unit => ({ name, aliases: [], ...(registration ? { registration } : {}) });

describe("proposeAwards (SPEC §5)", () => {
  test("from the highest award down, the best-ranked eligible units, by registration", () => {
    const units = [unit("A", "Cờ thi đua của Chính phủ"), unit("B", "Bằng khen"), unit("C", "Cờ tỉnh"), unit("D", "Bằng khen"), unit("E")];
    const r = ranking([["B", 96, 1], ["A", 95, 2], ["C", 90, 3], ["D", 88, 4], ["E", 87, 5]]);
    const { nominations, issues } = proposeAwards(r, units, DEFAULT_AWARDS);
    expect(nominations.map((n) => [n.unit, n.award, n.rank, n.tied])).toEqual([
      ["A", "co-thi-dua-chinh-phu", 2, false],
      ["C", "co-thi-dua-ubnd-tinh", 3, false],
      ["B", "bang-khen-ubnd-tinh", 1, false],
      ["D", "bang-khen-ubnd-tinh", 4, false],
    ]);
    expect(issues).toEqual([]);
  });

  test("a unit registered for a higher award is eligible for a lower one", () => {
    const units = [unit("A", "Cờ CP"), unit("B", "Cờ CP")];
    const { nominations } = proposeAwards(ranking([["A", 95, 1], ["B", 94, 2]]), units, DEFAULT_AWARDS);
    expect(nominations.map((n) => [n.unit, n.award])).toEqual([["A", "co-thi-dua-chinh-phu"], ["B", "co-thi-dua-ubnd-tinh"]]);
  });

  test("a tie at the quota's last place proposes every tied unit and asks for a vote", () => {
    const units = ["A", "B", "C", "D"].map((n) => unit(n, "Bằng khen"));
    const r = ranking([["A", 95, 1], ["B", 90, 2], ["C", 90, 2], ["D", 80, 4]]);
    const { nominations, issues } = proposeAwards(r, units, DEFAULT_AWARDS);
    expect(nominations.map((n) => [n.unit, n.tied])).toEqual([["A", false], ["B", true], ["C", true]]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "NOMINATION_TIE", severity: "warning", params: { award: "Bằng khen của Chủ tịch UBND tỉnh", units: "B, C", rank: 2 } }),
    ]);
  });

  test("a tie inside the quota needs no vote", () => {
    const units = ["A", "B", "C"].map((n) => unit(n, "Bằng khen"));
    const { nominations, issues } = proposeAwards(ranking([["A", 95, 1], ["B", 95, 1], ["C", 80, 3]]), units, DEFAULT_AWARDS);
    expect(nominations.map((n) => n.unit)).toEqual(["A", "B"]);
    expect(issues).toEqual([]);
  });

  test("quotas as percentages of the ranked units, minimum averages, awards without registration", () => {
    const awards: Award[] = [{ id: "co-bo", name: "Cờ thi đua của Bộ Nội vụ", quota: "30%", aliases: ["Cờ Bộ"], minAverage: 90, requiresRegistration: false }];
    const r = ranking([["A", 96, 1], ["B", 92, 2], ["C", 91, 3], ["D", 89, 4], ["E", 85, 5], ["F", 80, 6], ["G", 70, 7], ["H", 60, 8], ["I", 50, 9], ["J", 40, 10], ["K", null, null]]);
    const { nominations } = proposeAwards(r, [], awards);
    expect(nominations.map((n) => n.unit)).toEqual(["A", "B", "C"]); // 30% of 10 ranked = 3
    const strict = proposeAwards(ranking([["A", 96, 1], ["B", 89, 2]]), [], [{ ...awards[0]!, quota: 5 }]);
    expect(strict.nominations.map((n) => n.unit)).toEqual(["A"]);
  });

  test("a registration that matches no award is reported, and counts as none", () => {
    const { nominations, issues } = proposeAwards(ranking([["A", 95, 1]]), [unit("A", "Huân chương Lao động")], DEFAULT_AWARDS);
    expect(nominations).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: "REGISTRATION_UNKNOWN", severity: "warning", params: expect.objectContaining({ unit: "A", registration: "Huân chương Lao động" }) })]);
  });
});

test.each([
  [2, 11, 2],
  ["30%", 11, 3],
  ["30%", 10, 3],
  ["10%", 9, 0],
  ["12,5%", 16, 2],
])("quotaCount(%p, %p ranked) = %p", (quota, ranked, expected) => {
  expect(quotaCount(quota as Award["quota"], ranked)).toBe(expected);
});
