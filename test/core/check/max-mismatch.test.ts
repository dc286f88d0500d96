import { maxMismatch } from "../../../src/core/check/max-mismatch";
import { at, buildTable, contextFor, expectIssue, maxCell, printed, rawSheet, resolved } from "./helpers";

const context = contextFor();
const check = (...maxima: ReturnType<typeof printed>[]) =>
  maxMismatch(resolved(rawSheet({ printedMaxima: maxima })), context);

describe("MAX_MISMATCH", () => {
  test("the table's maxima printed: no issue", () => {
    expect(
      check(
        printed("I", maxCell("I"), 24),
        printed("I.1", maxCell("I.1"), 10),
        printed("I.2.1", maxCell("I.2.1"), 5),
        printed("IV.1", maxCell("IV.1"), 5),
      ),
    ).toEqual([]);
  });

  test("a differing max: a warning at the printed cell, the table's max given", () => {
    const issues = check(printed("I.1", maxCell("I.1"), 12));
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "warning",
      code: "MAX_MISMATCH",
      ...at(maxCell("I.1"), "I.1"),
      params: { printed: 12, max: 10 },
    });
  });

  test("one issue per differing cell", () => {
    const issues = check(
      printed("I.1", maxCell("I.1"), 12),
      printed("I.2", maxCell("I.2"), 10),
      printed("I.2.1", maxCell("I.2.1"), 6),
      printed("I.2.2", maxCell("I.2.2"), 4),
    );
    expect(issues.map((i) => i.cell)).toEqual([maxCell("I.1"), maxCell("I.2.1"), maxCell("I.2.2")]);
  });

  test("a deduction's max printed as -5 or 5 is the same", () => {
    expect(check(printed("V", maxCell("V"), -5), printed("V.1", maxCell("V.1"), 5))).toEqual([]);
    const issues = check(printed("V.1", maxCell("V.1"), -4));
    expectIssue(issues[0], {
      severity: "warning",
      code: "MAX_MISMATCH",
      ...at(maxCell("V.1"), "V.1"),
      params: { printed: -4, max: 5 },
    });
  });

  test("within 0.001 is the same", () => {
    expect(check(printed("I.1", maxCell("I.1"), 10.0009))).toEqual([]);
    expect(check(printed("I.1", maxCell("I.1"), 10.002))).toHaveLength(1);
  });

  test("the total row's max: the base, or the base plus the bonus maxima", () => {
    expect(check(printed(null, maxCell("total"), 24))).toEqual([]);
    expect(check(printed(null, maxCell("total"), 29))).toEqual([]);
    const issues = check(printed(null, maxCell("total"), 30));
    expectIssue(issues[0], {
      severity: "warning",
      code: "MAX_MISMATCH",
      ...at(maxCell("total")),
      params: { printed: 30, max: 24 },
    });
  });

  test("nothing to compare: a criterion the table prints no max for, an unknown id", () => {
    const table = buildTable([{ id: "I", max: null }, { id: "I.1", max: 10 }]);
    const sheet = resolved(
      rawSheet({ printedMaxima: [printed("I", "D9", 99), printed("IX", "D30", 1)] }),
    );
    expect(maxMismatch(sheet, contextFor(table))).toEqual([]);
  });
});
