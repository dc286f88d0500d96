import { scoreMissing } from "../../../src/core/check/score-missing";
import { at, blank, contextFor, expectIssue, num, rawSheet, resolved, scoreCell, scores, text, totalSheet } from "./helpers";

const context = contextFor();
const check = (values: Parameters<typeof scores>[0], extra: Parameters<typeof rawSheet>[0] = {}) =>
  scoreMissing(resolved(rawSheet({ scores: scores(values), ...extra })), context);

describe("SCORE_MISSING", () => {
  test("a blank leaf of a normal section, at its cell", () => {
    const issues = check({ "I.2.2": blank });
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_MISSING",
      ...at(scoreCell("I.2.2"), "I.2.2"),
      params: {},
    });
  });

  test("a blank graded leaf is missing too", () => {
    expect(check({ "I.3": blank }).map((i) => i.criterion)).toEqual(["I.3"]);
  });

  test("blank bonus and deduction leaves mean 0", () => {
    expect(check({ "IV.1": blank, "V.1": blank })).toEqual([]);
  });

  test("0, text and errors are not missing", () => {
    expect(check({ "I.1": num(0), "I.2.1": text("Đạt"), "I.2.2": { kind: "error", error: "#N/A" } })).toEqual([]);
  });

  test("a normal leaf whose row is not in the sheet: missing, without a cell", () => {
    const issues = check({}, { absentLeaves: ["I.2.2", "IV.1", "V.1"] });
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_MISSING",
      ...at(undefined, "I.2.2"),
      params: {},
    });
  });

  test("not for layout C: a blank total is a missing pair", () => {
    expect(scoreMissing(resolved(totalSheet(blank)), context)).toEqual([]);
  });
});
