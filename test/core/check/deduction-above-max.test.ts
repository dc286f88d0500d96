import { deductionAboveMax } from "../../../src/core/check/deduction-above-max";
import { at, blank, buildTable, contextFor, expectIssue, num, rawSheet, resolved, scoreCell, scores } from "./helpers";

const context = contextFor();
const check = (values: Parameters<typeof scores>[0], ctx = context) =>
  deductionAboveMax(resolved(rawSheet({ scores: scores(values) })), ctx);

describe("DEDUCTION_ABOVE_MAX", () => {
  test("2 and -2 both deduct 2: fine; so is exactly the max, either sign", () => {
    for (const value of [2, -2, 5, -5, 0, -0]) expect(check({ "V.1": num(value) })).toEqual([]);
    expect(check({ "V.1": blank })).toEqual([]);
  });

  test("a magnitude above the max, either sign, at the cell, as magnitudes", () => {
    for (const value of [5.5, -5.5]) {
      const issues = check({ "V.1": num(value) });
      expect(issues).toHaveLength(1);
      expectIssue(issues[0], {
        severity: "error",
        code: "DEDUCTION_ABOVE_MAX",
        ...at(scoreCell("V.1"), "V.1"),
        params: { value: 5.5, max: 5 },
      });
    }
  });

  test("floating-point noise is forgiven", () => {
    expect(check({ "V.1": num(-(5 + 1e-10)) })).toEqual([]);
    expect(check({ "V.1": num(-(5 + 1e-6)) })).toHaveLength(1);
  });

  test("a max stored as -5 is 5", () => {
    const table = buildTable([
      { id: "I", max: 10 },
      { id: "V", max: -5, kind: "deduction" },
      { id: "V.1", max: -5 },
    ]);
    const sheet = (value: number) =>
      resolved(rawSheet({ scores: [{ criterionId: "V.1", cell: "E18", value: num(value) }] }));
    expect(deductionAboveMax(sheet(-5), contextFor(table))).toEqual([]);
    expect(deductionAboveMax(sheet(6), contextFor(table))[0]?.params).toEqual({ value: 6, max: 5 });
  });

  test("normal and bonus criteria are not deductions", () => {
    expect(check({ "I.1": num(12), "IV.1": num(9) })).toEqual([]);
  });
});
