import { DEFAULT_AWARDS } from "../../../src/core/model/defaults";
import type { Award } from "../../../src/core/model/award";
import type { Ranking, UnitResult } from "../../../src/core/model/result";
import type { Unit } from "../../../src/core/model/unit";
import { passedOver, standsByVotes, whyNotProposed } from "../../../src/core/nominate/passed-over";
import { proposeAwards } from "../../../src/core/nominate/propose-awards";
import { passedOverSentence } from "../../../src/core/i18n/passed-over-words";

function ranking(rows: [string, number, number][]): Ranking {
  const units: UnitResult[] = rows.map(([unit, average, rank]) => ({ unit, average, rank, scorers: 3, excluded: 0, selfScore: null, gap: null, totalsByScorer: new Map(), criterionAverages: new Map() }));
  return { method: "mean", trim: 1, units, scorers: [], blockMean: null, agreement: { w: null, scorers: 0, units: 0 } };
}
const unit = (name: string, registration?: string): Unit => ({ name, aliases: [], ...(registration ? { registration } : {}) });

describe("why a better-ranked unit is not proposed (SPEC §5)", () => {
  // The case: the 4th-ranked unit gets the Government's flag, the 1st nothing.
  const units = [unit("A"), unit("B", "Bằng khen"), unit("C", "Cờ tỉnh"), unit("D", "Cờ CP"), unit("E", "Bằng khen"), unit("F", "Bằng khen")];
  const r = ranking([["A", 97, 1], ["B", 96, 2], ["C", 95, 3], ["D", 94, 4], ["E", 93, 5], ["F", 92, 6]]);
  const { nominations } = proposeAwards(r, units, DEFAULT_AWARDS);

  test("each unit ranked above the last proposed for an award, with its reason, award by award", () => {
    expect(nominations.map((n) => [n.unit, n.award])).toEqual([
      ["D", "co-thi-dua-chinh-phu"],
      ["C", "co-thi-dua-ubnd-tinh"],
      ["B", "bang-khen-ubnd-tinh"],
      ["E", "bang-khen-ubnd-tinh"],
    ]);
    expect(passedOver({ ranking: r, units, awards: DEFAULT_AWARDS, nominations }).map((p) => [p.award, p.unit, p.reason])).toEqual([
      ["co-thi-dua-chinh-phu", "A", "not-registered"],
      ["co-thi-dua-chinh-phu", "B", "registered-lower"],
      ["co-thi-dua-chinh-phu", "C", "registered-lower"],
      ["co-thi-dua-ubnd-tinh", "A", "not-registered"],
      ["co-thi-dua-ubnd-tinh", "B", "registered-lower"],
      ["bang-khen-ubnd-tinh", "A", "not-registered"],
      ["bang-khen-ubnd-tinh", "C", "proposed-higher"],
      ["bang-khen-ubnd-tinh", "D", "proposed-higher"],
    ]);
  });

  test("one reason a unit: the highest award it was passed over for and holds nothing as high; none for the units proposed first", () => {
    const { byUnit } = whyNotProposed({ ranking: r, units, awards: DEFAULT_AWARDS, nominations });
    expect([...byUnit.entries()].map(([u, p]) => [u, p.reason, p.award])).toEqual([
      ["A", "not-registered", "co-thi-dua-chinh-phu"],
      ["B", "registered-lower", "co-thi-dua-chinh-phu"],
      ["C", "registered-lower", "co-thi-dua-chinh-phu"],
    ]);
    expect(passedOverSentence(byUnit.get("A")!)).toBe("A (xếp hạng 1) không được đề nghị Cờ thi đua của Chính phủ vì không đăng ký thi đua.");
  });

  test("under the award's minimum average", () => {
    const awards: Award[] = [{ id: "co", name: "Cờ", aliases: [], quota: 1, minAverage: 96, requiresRegistration: false }, { id: "bk", name: "Bằng khen", aliases: [], quota: 1, requiresRegistration: false }];
    const rr = ranking([["A", 95, 1], ["B", 94, 2]]);
    const nominations2 = proposeAwards(rr, [unit("A"), unit("B")], awards).nominations;
    expect(nominations2.map((n) => [n.unit, n.award])).toEqual([["A", "bk"]]);
    // Nobody holds the flag: nobody is ranked above its last; A's reason stands on the award it got.
    expect(passedOver({ ranking: rr, units: [unit("A"), unit("B")], awards, nominations: nominations2 })).toEqual([]);
    const withB = [...nominations2, { unit: "B", award: "co", awardName: "Cờ", rank: 2, average: 94, tied: false }];
    expect(passedOver({ ranking: rr, units: [unit("A"), unit("B")], awards, nominations: withB }).map((p) => [p.unit, p.award, p.reason])).toEqual([["A", "co", "below-minimum"]]);
  });

  test("a proposal the vote turned down: vote-failed, and the units above the last standing one still explained", () => {
    const stands = standsByVotes([{ unit: "D", award: "co-thi-dua-chinh-phu", passed: false }])!;
    const { list, byUnit } = whyNotProposed({ ranking: r, units, awards: DEFAULT_AWARDS, nominations, stands });
    expect(list.filter((p) => p.award === "co-thi-dua-chinh-phu").map((p) => [p.unit, p.reason])).toEqual([
      ["A", "not-registered"],
      ["B", "registered-lower"],
      ["C", "registered-lower"],
      ["D", "vote-failed"],
    ]);
    expect(byUnit.get("D")?.reason).toBe("vote-failed");
    // A's flag still goes to nobody else: the bằng khen's list now names D, not as proposed higher.
    expect(list.filter((p) => p.award === "bang-khen-ubnd-tinh" && p.unit === "D")).toEqual([expect.objectContaining({ reason: "vote-failed" })]);
  });
});
