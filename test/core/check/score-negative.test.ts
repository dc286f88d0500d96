import { scoreNegative } from "../../../src/core/check/score-negative";
import { at, contextFor, expectIssue, num, rawSheet, resolved, scoreCell, scores, totalSheet } from "./helpers";

const context = contextFor();
const check = (values: Parameters<typeof scores>[0]) => scoreNegative(resolved(rawSheet({ scores: scores(values) })), context);

describe("SCORE_NEGATIVE", () => {
  test("below 0 in a normal criterion, at the score's cell", () => {
    const issues = check({ "I.1": num(-0.5) });
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NEGATIVE",
      ...at(scoreCell("I.1"), "I.1"),
      params: { value: -0.5 },
    });
  });

  test("0, -0 and floating-point noise are not negative", () => {
    expect(check({ "I.1": num(0), "I.2.1": num(-0), "I.2.2": num(-1e-10) })).toEqual([]);
    expect(check({ "I.2.2": num(-1e-6) })).toHaveLength(1);
  });

  test("in a bonus criterion too", () => {
    const issues = check({ "IV.1": num(-1) });
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NEGATIVE",
      ...at(scoreCell("IV.1"), "IV.1"),
      params: { value: -1 },
    });
  });

  test("a deduction typed -2 is no negative score", () => {
    expect(check({ "V.1": num(-2) })).toEqual([]);
    expect(check({ "V.1": num(-7) })).toEqual([]);
  });

  test("a negative layout-C total", () => {
    const issues = scoreNegative(resolved(totalSheet(num(-3), "G12")), context);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NEGATIVE",
      file: "hoi-luat-gia.xlsx",
      sheet: "Tổng hợp",
      cell: "G12",
      scorer: "Hội Luật gia tỉnh",
      ratee: "Hội Chữ thập đỏ tỉnh",
      params: { value: -3, criterion: "Tổng cộng" },
    });
    expect(scoreNegative(resolved(totalSheet(num(0))), context)).toEqual([]);
  });
});
