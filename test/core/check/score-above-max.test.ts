import { scoreAboveMax } from "../../../src/core/check/score-above-max";
import { at, blank, buildTable, contextFor, expectIssue, num, rawSheet, resolved, scoreCell, scores, totalSheet } from "./helpers";

const context = contextFor();
const check = (values: Parameters<typeof scores>[0]) => scoreAboveMax(resolved(rawSheet({ scores: scores(values) })), context);

describe("SCORE_ABOVE_MAX", () => {
  test("exactly the max is fine, above it is not", () => {
    expect(check({ "I.1": num(10), "I.2.1": num(5), "I.3": num(4), "IV.1": num(5) })).toEqual([]);
    const issues = check({ "I.1": num(10.5) });
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_ABOVE_MAX",
      ...at(scoreCell("I.1"), "I.1"),
      params: { value: 10.5, max: 10 },
    });
  });

  test("floating-point noise is forgiven, a real excess is not", () => {
    expect(check({ "I.1": num(10 + 1e-10) })).toEqual([]);
    expect(check({ "I.1": num(10 + 1e-6) })).toHaveLength(1);
    expect(check({ "I.1": num(10.0001) })).toHaveLength(1);
  });

  test("bonus criteria are capped by their max", () => {
    const issues = check({ "IV.1": num(5.5) });
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_ABOVE_MAX",
      ...at(scoreCell("IV.1"), "IV.1"),
      params: { value: 5.5, max: 5 },
    });
  });

  test("deductions are left to DEDUCTION_ABOVE_MAX; blanks and text are no issue here", () => {
    expect(check({ "V.1": num(7), "I.1": blank, "I.2.1": { kind: "text", text: "12" } })).toEqual([]);
  });

  test("one issue per cell above its max", () => {
    expect(check({ "I.1": num(11), "I.2.2": num(6), "I.3": num(5) }).map((i) => i.criterion)).toEqual([
      "I.1",
      "I.2.2",
      "I.3",
    ]);
  });

  test("a criterion without a max, or not in the table, is not checked", () => {
    const table = buildTable([{ id: "I", max: null }, { id: "I.1", max: null }]);
    const sheet = resolved(
      rawSheet({
        scores: [
          { criterionId: "I.1", cell: "E10", value: num(1000) },
          { criterionId: "IX.9", cell: "E30", value: num(1000) },
        ],
      }),
    );
    expect(scoreAboveMax(sheet, contextFor(table))).toEqual([]);
  });

  describe("layout-C totals: the base plus the bonus maxima", () => {
    const total = (value: number) => scoreAboveMax(resolved(totalSheet(num(value), "D7")), context);

    test("24 + 5 = 29 is fine, above is not", () => {
      expect(total(29)).toEqual([]);
      expect(total(29 + 1e-10)).toEqual([]);
      const issues = total(29.5);
      expectIssue(issues[0], {
        severity: "error",
        code: "SCORE_ABOVE_MAX",
        file: "hoi-luat-gia.xlsx",
        sheet: "Tổng hợp",
        cell: "D7",
        scorer: "Hội Luật gia tỉnh",
        ratee: "Hội Chữ thập đỏ tỉnh",
        params: { value: 29.5, max: 29, criterion: "Tổng cộng" },
      });
    });

    test("the bonus section's max caps its criteria, whose maxima may add up to more", () => {
      const table = buildTable([
        { id: "I", max: 100 },
        { id: "I.1", max: 100 },
        { id: "IV", max: 5, kind: "bonus" },
        { id: "IV.1", max: 3 },
        { id: "IV.2", max: 4 },
      ]);
      expect(table.base).toBe(100);
      expect(scoreAboveMax(resolved(totalSheet(num(105))), contextFor(table))).toEqual([]);
      expect(scoreAboveMax(resolved(totalSheet(num(105.5))), contextFor(table))[0]?.params).toEqual({
        value: 105.5,
        max: 105,
        criterion: "Tổng cộng",
      });
    });

    test("without sections, the top-level bonus criteria's maxima", () => {
      const table = buildTable([
        { id: "1", max: 60 },
        { id: "2", max: 40 },
        { id: "3", max: 2, kind: "bonus" },
        { id: "4", max: 1, kind: "bonus" },
        { id: "5", max: 5, kind: "deduction" },
      ]);
      expect(scoreAboveMax(resolved(totalSheet(num(103))), contextFor(table))).toEqual([]);
      expect(scoreAboveMax(resolved(totalSheet(num(103.5))), contextFor(table))).toHaveLength(1);
    });

    test("a bonus section without a printed max counts its criteria's maxima", () => {
      const table = buildTable([
        { id: "I", max: 100 },
        { id: "I.1", max: 100 },
        { id: "IV", max: null, kind: "bonus" },
        { id: "IV.1", max: 2 },
        { id: "IV.2", max: 4 },
      ]);
      expect(scoreAboveMax(resolved(totalSheet(num(106))), contextFor(table))).toEqual([]);
      expect(scoreAboveMax(resolved(totalSheet(num(106.5))), contextFor(table))).toHaveLength(1);
    });

    test("bonus criteria of a mixed section (which stays normal) count", () => {
      const table = buildTable([
        { id: "I", max: 100 },
        { id: "I.1", max: 100 },
        { id: "II", max: null },
        { id: "II.1", max: 3, kind: "bonus" },
        { id: "II.2", max: 5, kind: "deduction" },
      ], 100);
      expect(scoreAboveMax(resolved(totalSheet(num(103))), contextFor(table))).toEqual([]);
      expect(scoreAboveMax(resolved(totalSheet(num(104))), contextFor(table))).toHaveLength(1);
    });

    test("no bonus: the base alone", () => {
      const table = buildTable([{ id: "I", max: 100 }, { id: "I.1", max: 100 }]);
      expect(scoreAboveMax(resolved(totalSheet(num(100))), contextFor(table))).toEqual([]);
      expect(scoreAboveMax(resolved(totalSheet(num(100.5))), contextFor(table))).toHaveLength(1);
    });

    test("unknown when a bonus max is nowhere printed, or the base is 0: not checked", () => {
      const noBonusMax = buildTable([
        { id: "I", max: 100 },
        { id: "I.1", max: 100 },
        { id: "IV", max: null, kind: "bonus" },
        { id: "IV.1", max: null },
      ]);
      expect(scoreAboveMax(resolved(totalSheet(num(1000))), contextFor(noBonusMax))).toEqual([]);
      const empty = buildTable([], 0);
      expect(scoreAboveMax(resolved(totalSheet(num(1000))), contextFor(empty))).toEqual([]);
    });
  });
});
