import type { Criterion, CriterionKind } from "../../../src/core/model/criteria";
import { sheetTotal } from "../../../src/core/rank/total";

function leaf(id: string, kind: CriterionKind, maxPoints: number, parentId: string | null = null, isLeaf = true): Criterion {
  return { id, level: "criterion", parentId, number: id, text: id, maxPoints, kind, allowedValues: null, isLeaf, source: { file: "t.xlsx" } };
}

const criteria = new Map(
  [leaf("I.1", "normal", 10), leaf("I.2", "normal", 10), leaf("IV.1", "bonus", 5), leaf("V.1", "deduction", 5)].map((c) => [c.id, c]),
);

describe("sheetTotal (SPEC §4)", () => {
  test("normal plus bonus minus deductions", () => {
    const total = sheetTotal(
      [
        { criterionId: "I.1", value: 9.5 },
        { criterionId: "I.2", value: 8 },
        { criterionId: "IV.1", value: 2 },
        { criterionId: "V.1", value: 1.5 },
      ],
      criteria,
    );
    expect(total).toBeCloseTo(18, 12);
  });

  test("a deduction typed as −2 subtracts 2, like 2", () => {
    const as = (v: number) => sheetTotal([{ criterionId: "I.1", value: 10 }, { criterionId: "V.1", value: v }], criteria);
    expect(as(-2)).toBe(8);
    expect(as(2)).toBe(8);
  });

  test("blank bonus and deduction leaves count 0; a blank normal leaf gives no total", () => {
    expect(sheetTotal([{ criterionId: "I.1", value: 7 }, { criterionId: "IV.1", value: null }, { criterionId: "V.1", value: null }], criteria)).toBe(7);
    expect(sheetTotal([{ criterionId: "I.1", value: null }], criteria)).toBeNull();
  });

  test("a bonus section's sum is capped by its max, and a deduction section's too", () => {
    const capped = new Map(
      [
        leaf("I.1", "normal", 10),
        leaf("IV", "bonus", 5, null, false),
        leaf("IV.1", "bonus", 3, "IV"),
        leaf("IV.2", "bonus", 3, "IV"),
        leaf("V", "deduction", 4, null, false),
        leaf("V.1", "deduction", 3, "V"),
        leaf("V.2", "deduction", 3, "V"),
      ].map((c) => [c.id, c]),
    );
    const total = (bonus: [number, number], deduction: [number, number]) =>
      sheetTotal(
        [
          { criterionId: "I.1", value: 10 },
          { criterionId: "IV.1", value: bonus[0] },
          { criterionId: "IV.2", value: bonus[1] },
          { criterionId: "V.1", value: deduction[0] },
          { criterionId: "V.2", value: deduction[1] },
        ],
        capped,
      );
    expect(total([3, 3], [0, 0])).toBe(15);
    expect(total([2, 2], [0, 0])).toBe(14);
    expect(total([0, 0], [3, -3])).toBe(6);
    expect(total([3, 1], [1, 1])).toBe(12);
  });

  test("an unknown criterion gives no total", () => {
    expect(sheetTotal([{ criterionId: "IX.9", value: 1 }], criteria)).toBeNull();
  });
});
