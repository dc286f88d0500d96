import type { Scoresheet } from "../../../src/core/model/scoresheet";
import type { Unit } from "../../../src/core/model/unit";
import { kendallW, averageRanks } from "../../../src/core/rank/agreement";
import { crossAverage } from "../../../src/core/rank/average";
import { rankBlock, type SheetOutcome } from "../../../src/core/rank/rank-block";
import { rankUnits } from "../../../src/core/rank/rank-units";

const units: Unit[] = ["A", "B", "C", "D"].map((name) => ({ name, aliases: [] }));

function sheet(scorer: string, ratee: string, total: number | null, options: { kind?: "cross" | "self"; excluded?: boolean } = {}): SheetOutcome {
  const scoresheet: Scoresheet = {
    scorer,
    ratee,
    kind: options.kind ?? "cross",
    layout: "C",
    source: { file: `${scorer}.xlsx`, sheet: ratee },
    entries: [],
  };
  const excluded = options.excluded ?? false;
  return { scoresheet, excluded, total: excluded ? null : total };
}

const sheets: SheetOutcome[] = [
  sheet("B", "A", 90),
  sheet("C", "A", 80),
  sheet("D", "A", 85),
  sheet("A", "B", 70),
  sheet("C", "B", 95),
  sheet("D", "B", 60, { excluded: true }),
  sheet("A", "C", 85),
  sheet("B", "C", 85),
  sheet("D", "C", 85),
  sheet("A", "A", 95, { kind: "self" }),
  sheet("C", "C", 99, { kind: "self", excluded: true }),
];

describe("rankBlock (SPEC §4)", () => {
  test("mean: averages over valid cross totals, competition ranks, self score and gap", () => {
    const ranking = rankBlock(units, sheets, { method: "mean", trim: 1 });
    expect(ranking.units.map((u) => [u.unit, u.average, u.rank, u.scorers, u.excluded, u.selfScore, u.gap])).toEqual([
      ["A", 85, 1, 3, 0, 95, 10],
      ["C", 85, 1, 3, 0, null, null],
      ["B", 82.5, 3, 2, 1, null, null],
      ["D", null, null, 0, 0, null, null],
    ]);
    expect(ranking.units[0]?.totalsByScorer).toEqual(new Map([["B", 90], ["C", 80], ["D", 85]]));
  });

  test("trimmed: drops the k highest and lowest only when 2k + 1 remain", () => {
    const ranking = rankBlock(units, [...sheets, sheet("D", "B", 100)], { method: "trimmed", trim: 1 });
    const byUnit = new Map(ranking.units.map((u) => [u.unit, u]));
    expect(byUnit.get("A")?.average).toBe(85); // 80, [85], 90
    expect(byUnit.get("B")?.average).toBe(95); // 70, [95], 100
    expect(byUnit.get("B")?.scorers).toBe(3); // counted before trimming
    expect(crossAverage([70, 95], "trimmed", 1)).toBe(82.5); // fewer than 3: the plain mean
  });

  test("a unit's own score in a cross sheet is never averaged", () => {
    const ranking = rankBlock(units, [...sheets, sheet("A", "A", 100)], { method: "mean", trim: 1 });
    expect(ranking.units.find((u) => u.unit === "A")?.average).toBe(85);
  });

  test("leniency: each scorer's mean given minus the block's mean", () => {
    const ranking = rankBlock(units, sheets, { method: "mean", trim: 1 });
    const blockMean = (90 + 80 + 85 + 70 + 95 + 85 + 85 + 85) / 8;
    expect(ranking.blockMean).toBeCloseTo(blockMean, 12);
    expect(ranking.scorers.find((s) => s.scorer === "A")?.leniency).toBeCloseTo((70 + 85) / 2 - blockMean, 12);
    expect(ranking.scorers.find((s) => s.scorer === "D")?.given).toBe(2);
  });

  test("ranks ignore the noise of adding in another order, and skip after ties (1, 2, 2, 4)", () => {
    const averages = [0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, 0.9, 0.5];
    const ranks = rankUnits(averages, (a) => a);
    expect(averages.map((a) => ranks.get(a))).toEqual([2, 2, 1, 4]);
  });
});

describe("agreement (Kendall's W)", () => {
  test("equals Kendall's classic W on complete rankings", () => {
    // Three judges ranking four items (not themselves): W = 12S / (m²(n³ − n)) = 0.7777…
    const judge = (ranks: number[]) => new Map(ranks.map((r, i) => [`item${i}`, 10 - r]));
    const w = kendallW(new Map([["j1", judge([1, 2, 3, 4])], ["j2", judge([1, 3, 2, 4])], ["j3", judge([2, 1, 3, 4])]]));
    expect(w.w).toBeCloseTo(420 / 540, 12);
    expect(w).toMatchObject({ scorers: 3, units: 4 });
  });

  test("1 when every scorer orders the others alike; low when they disagree", () => {
    const same = new Map(["A", "B", "C", "D", "E"].map((s) => [s, new Map(["A", "B", "C", "D", "E"].filter((u) => u !== s).map((u, i) => [u, 100 - i]))]));
    expect(kendallW(same).w).toBeCloseTo(1, 12);
    const scattered = new Map([
      ["A", new Map([["B", 1], ["C", 2], ["D", 3], ["E", 4]])],
      ["B", new Map([["A", 4], ["C", 3], ["D", 2], ["E", 1]])],
      ["C", new Map([["A", 1], ["B", 4], ["D", 2], ["E", 3]])],
    ]);
    expect(kendallW(scattered).w ?? 1).toBeLessThan(0.4);
  });

  test("ties take their average rank", () => {
    expect(averageRanks([90, 85, 90, 70])).toEqual([1.5, 3, 1.5, 4]);
  });
});
