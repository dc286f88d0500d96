import { subtotalMismatch } from "../../../src/core/check/subtotal-mismatch";
import {
  at,
  blank,
  buildTable,
  contextFor,
  err,
  expectIssue,
  num,
  printed,
  rawSheet,
  resolved,
  scoreCell,
  scores,
  text,
  totalSheet,
} from "./helpers";

const context = contextFor();
type Values = Parameters<typeof scores>[0];
const check = (values: Values, ...subtotals: ReturnType<typeof printed>[]) =>
  subtotalMismatch(resolved(rawSheet({ scores: scores(values), printedSubtotals: subtotals })), context);
const sub = (id: string | null, value: number) => printed(id, scoreCell(id ?? "total"), value);

// Default scores: I.1 8, I.2.1 4, I.2.2 5, I.3 3, IV.1 blank, V.1 blank.

describe("SUBTOTAL_MISMATCH", () => {
  test("subtotals that add up: no issue, recursively", () => {
    expect(check({}, sub("I.2", 9), sub("I", 20))).toEqual([]);
  });

  test("a parent's printed value against the sum of its leaves in this sheet", () => {
    const issues = check({}, sub("I.2", 10));
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "warning",
      code: "SUBTOTAL_MISMATCH",
      ...at(scoreCell("I.2"), "I.2"),
      params: { printed: 10, sum: 9 },
    });
    expect(check({}, sub("I", 21))[0]?.params).toEqual({ printed: 21, sum: 20 });
  });

  test("a blank leaf counts 0; a leaf whose row is missing too", () => {
    expect(check({ "I.2.2": blank }, sub("I.2", 4), sub("I", 15))).toEqual([]);
    const sheet = resolved(
      rawSheet({
        scores: scores().filter((s) => s.criterionId !== "I.2.2"),
        absentLeaves: ["I.2.2"],
        printedSubtotals: [sub("I.2", 4)],
      }),
    );
    expect(subtotalMismatch(sheet, context)).toEqual([]);
  });

  test("within 0.001 is the same", () => {
    expect(check({}, sub("I.2", 9.0009))).toEqual([]);
    expect(check({}, sub("I.2", 9.002))).toHaveLength(1);
  });

  test("sums read tidily: 0.1 + 0.2 is 0.3", () => {
    expect(check({ "I.2.1": num(0.1), "I.2.2": num(0.2) }, sub("I.2", 0.3))).toEqual([]);
    expect(check({ "I.2.1": num(0.1), "I.2.2": num(0.2) }, sub("I.2", 0.4))[0]?.params).toEqual({
      printed: 0.4,
      sum: 0.3,
    });
  });

  test("a leaf that is no number: its parents are not compared, others are", () => {
    expect(check({ "I.2.1": text("Đạt") }, sub("I.2", 99), sub("I", 99))).toEqual([]);
    expect(check({ "I.2.1": err("#REF!") }, sub("I.2", 99))).toEqual([]);
    const issues = check({ "I.2.1": text("Đạt"), "IV.1": num(2) }, sub("I.2", 99), sub("IV", 3));
    expect(issues.map((i) => i.criterion)).toEqual(["IV"]);
  });

  describe("deduction subtotals, printed with either sign", () => {
    test("2 deducted, subtotal printed 2 or -2: no issue, whichever way the leaf was typed", () => {
      for (const leaf of [2, -2]) {
        for (const subtotal of [2, -2]) expect(check({ "V.1": num(leaf) }, sub("V", subtotal))).toEqual([]);
      }
    });

    test("a differing magnitude: the sum given with the printed sign", () => {
      const issues = check({ "V.1": num(2) }, sub("V", -3));
      expectIssue(issues[0], {
        severity: "warning",
        code: "SUBTOTAL_MISMATCH",
        ...at(scoreCell("V"), "V"),
        params: { printed: -3, sum: -2 },
      });
      expect(check({ "V.1": num(-2) }, sub("V", 3))[0]?.params).toEqual({ printed: 3, sum: 2 });
    });

    test("a blank deduction leaf: subtotal 0", () => {
      expect(check({ "V.1": blank }, sub("V", 0))).toEqual([]);
      expect(check({ "V.1": blank }, sub("V", -1))).toHaveLength(1);
    });
  });

  test("bonus subtotals add", () => {
    expect(check({ "IV.1": num(3) }, sub("IV", 3))).toEqual([]);
    expect(check({ "IV.1": blank }, sub("IV", 0))).toEqual([]);
  });

  describe("the total row against SPEC §4's total", () => {
    // 8 + 4 + 5 + 3 = 20 normal, +3 bonus, −2 deducted: 21.
    const values: Values = { "IV.1": num(3), "V.1": num(-2) };

    test("Σ normal + Σ bonus − Σ |deduction|", () => {
      expect(check(values, sub(null, 21))).toEqual([]);
      expect(check({ "IV.1": num(3), "V.1": num(2) }, sub(null, 21))).toEqual([]);
      const issues = check(values, sub(null, 25));
      expect(issues).toHaveLength(1);
      expectIssue(issues[0], {
        severity: "warning",
        code: "SUBTOTAL_MISMATCH",
        ...at(scoreCell("total")),
        params: { printed: 25, sum: 21 },
      });
    });

    test("a total under every row that leaves out the bonus and deductions is reported", () => {
      expect(check(values, sub(null, 20))[0]?.params).toEqual({ printed: 20, sum: 21 });
    });

    test("within 0.001", () => {
      expect(check(values, sub(null, 21.0009))).toEqual([]);
      expect(check(values, sub(null, 21.002))).toHaveLength(1);
    });

    test("not compared when a leaf is no number, or a scored row matches no criterion", () => {
      expect(check({ ...values, "I.1": text("Đạt") }, sub(null, 99))).toEqual([]);
      const sheet = resolved(
        rawSheet({
          scores: scores(values),
          printedSubtotals: [sub(null, 23)],
          unknownRows: [{ label: "7. Công tác khác", cell: "E20", value: num(2) }],
        }),
      );
      expect(subtotalMismatch(sheet, context)).toEqual([]);
    });
  });

  test("a mixed section (normal, with bonus and deduction criteria) sums with §4's signs", () => {
    const table = buildTable([
      { id: "I", max: 10 },
      { id: "I.1", max: 10 },
      { id: "II", max: null },
      { id: "II.1", max: 3, kind: "bonus" },
      { id: "II.2", max: 5, kind: "deduction" },
    ]);
    const sheet = (subtotal: number) =>
      resolved(
        rawSheet({
          scores: [
            { criterionId: "I.1", cell: "E10", value: num(9) },
            { criterionId: "II.1", cell: "E12", value: num(3) },
            { criterionId: "II.2", cell: "E13", value: num(2) },
          ],
          printedSubtotals: [printed("II", "E11", subtotal)],
        }),
      );
    expect(subtotalMismatch(sheet(1), contextFor(table))).toEqual([]);
    expect(subtotalMismatch(sheet(5), contextFor(table))[0]?.params).toEqual({ printed: 5, sum: 1 });
  });

  test("nothing printed, or layout C: nothing checked", () => {
    expect(check({})).toEqual([]);
    const c = totalSheet(num(20), "D7", { printedSubtotals: [printed(null, "D7", 99)] });
    expect(subtotalMismatch(resolved(c), context)).toEqual([]);
  });
});
