import { checkSheet, hasError, SHEET_RULES } from "../../../src/core/check/sheet-rules";
import {
  blank,
  contextFor,
  err,
  expectMessageComplete,
  LUAT_GIA,
  maxCell,
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

describe("checkSheet", () => {
  test("a clean sheet, with its printed maxima and subtotals: no issue", () => {
    const sheet = resolved(
      rawSheet({
        scores: scores({ "IV.1": num(2), "V.1": num(-1) }),
        printedMaxima: [printed("I.1", maxCell("I.1"), 10), printed("V.1", maxCell("V.1"), -5)],
        printedSubtotals: [printed("I.2", scoreCell("I.2"), 9), printed(null, scoreCell("total"), 21)],
      }),
    );
    const issues = checkSheet(sheet, context);
    expect(issues).toEqual([]);
    expect(hasError(issues)).toBe(false);
  });

  test("every rule applied, errors first, each issue complete", () => {
    const sheet = resolved(
      rawSheet({
        scores: scores({
          "I.1": text("Đạt"),
          "I.2.1": blank,
          "I.2.2": num(-1),
          "I.3": num(2.5),
          "IV.1": num(6),
          "V.1": err("#REF!"),
        }),
        absentLeaves: [],
        unknownRows: [{ label: "7. Khác", cell: "E20", value: num(1) }],
        printedMaxima: [printed("I.1", maxCell("I.1"), 12)],
        printedSubtotals: [printed("IV", scoreCell("IV"), 5)],
      }),
      { declaredCross: true, kind: "self", ratee: LUAT_GIA },
    );
    const issues = checkSheet(sheet, context);
    expect(issues.map((i) => `${i.code} ${i.cell ?? "-"}`)).toEqual([
      "SCORE_NOT_NUMBER E10",
      "SCORE_NOT_NUMBER E18",
      "SCORE_MISSING E12",
      "SCORE_NEGATIVE E13",
      "SCORE_ABOVE_MAX E16",
      "GRADE_NOT_ALLOWED E14",
      "CRITERION_UNKNOWN E20",
      "MAX_MISMATCH D10",
      "SUBTOTAL_MISMATCH E15",
      "SELF_SCORE_IN_CROSS -",
    ]);
    for (const issue of issues) expectMessageComplete(issue);
    expect(hasError(issues)).toBe(true);
  });

  test("a deduction above its max", () => {
    const issues = checkSheet(resolved(rawSheet({ scores: scores({ "V.1": num(-6) }) })), context);
    expect(issues.map((i) => i.code)).toEqual(["DEDUCTION_ABOVE_MAX"]);
  });

  test("a layout-C total: only what a total can have", () => {
    expect(checkSheet(resolved(totalSheet(num(29))), context)).toEqual([]);
    expect(checkSheet(resolved(totalSheet(num(30))), context).map((i) => i.code)).toEqual(["SCORE_ABOVE_MAX"]);
    expect(checkSheet(resolved(totalSheet(num(-1))), context).map((i) => i.code)).toEqual(["SCORE_NEGATIVE"]);
    expect(checkSheet(resolved(totalSheet(blank)), context)).toEqual([]);
  });

  test("warnings alone leave the sheet in", () => {
    const sheet = resolved(rawSheet({ printedMaxima: [printed("I.1", maxCell("I.1"), 12)] }));
    const issues = checkSheet(sheet, context);
    expect(issues.map((i) => i.severity)).toEqual(["warning"]);
    expect(hasError(issues)).toBe(false);
  });

  test("ten sheet rules, every sheet code of SPEC §3 but the import's and the block's", () => {
    expect(SHEET_RULES).toHaveLength(10);
  });
});
