import { scoreNotNumber } from "../../../src/core/check/score-not-number";
import { at, blank, contextFor, err, expectIssue, num, rawSheet, resolved, scoreCell, scores, text, totalSheet } from "./helpers";

const context = contextFor();

describe("SCORE_NOT_NUMBER", () => {
  test("text that is no number, at the score's cell, with the text as typed", () => {
    const issues = scoreNotNumber(resolved(rawSheet({ scores: scores({ "I.1": text("Đạt") }) })), context);
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NOT_NUMBER",
      ...at(scoreCell("I.1"), "I.1"),
      params: { raw: "Đạt" },
    });
  });

  test("an error value gives its code", () => {
    const issues = scoreNotNumber(resolved(rawSheet({ scores: scores({ "I.2.1": err("#REF!") }) })), context);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NOT_NUMBER",
      ...at(scoreCell("I.2.1"), "I.2.1"),
      params: { raw: "#REF!" },
    });
  });

  test("in bonus and deduction criteria too, one issue per cell", () => {
    const issues = scoreNotNumber(
      resolved(rawSheet({ scores: scores({ "IV.1": text("có"), "V.1": text("không chấm"), "I.3": text("Tốt") }) })),
      context,
    );
    expect(issues.map((i) => [i.criterion, i.params.raw])).toEqual([
      ["I.3", "Tốt"],
      ["IV.1", "có"],
      ["V.1", "không chấm"],
    ]);
  });

  test("numbers, zero, negatives and blanks are no issue here", () => {
    const sheet = resolved(rawSheet({ scores: scores({ "I.1": num(0), "I.2.1": num(-1), "I.2.2": blank, "V.1": num(-2) }) }));
    expect(scoreNotNumber(sheet, context)).toEqual([]);
  });

  test("a layout-C total that is text: at its cell, no criterion", () => {
    const issues = scoreNotNumber(resolved(totalSheet(text("chín mươi"), "F8")), context);
    expectIssue(issues[0], {
      severity: "error",
      code: "SCORE_NOT_NUMBER",
      file: "hoi-luat-gia.xlsx",
      sheet: "Tổng hợp",
      cell: "F8",
      scorer: "Hội Luật gia tỉnh",
      ratee: "Hội Chữ thập đỏ tỉnh",
      params: { raw: "chín mươi" },
    });
  });
});
