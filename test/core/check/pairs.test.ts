import { isGiven } from "../../../src/core/check/pairs";
import { blank, LUAT_GIA, num, rawSheet, resolved, text, totalSheet } from "./helpers";

describe("isGiven: what counts as a sheet of a pair", () => {
  test("a sheet or matrix column with no value at all is no sheet (the pair is missing, not 30 blanks)", () => {
    const empty = rawSheet({ scores: [{ criterionId: "I.1", cell: "E9", value: blank }, { criterionId: "I.2.1", cell: "E10", value: blank }] });
    expect(isGiven(resolved(empty))).toBe(false);
    expect(isGiven(resolved(totalSheet(blank)))).toBe(false);
  });

  test("one value, even a wrong one, makes it a sheet", () => {
    const partly = rawSheet({ scores: [{ criterionId: "I.1", cell: "E9", value: num(8) }, { criterionId: "I.2.1", cell: "E10", value: blank }] });
    expect(isGiven(resolved(partly))).toBe(true);
    expect(isGiven(resolved(rawSheet({ scores: [{ criterionId: "I.1", cell: "E9", value: text("Đạt") }] })))).toBe(true);
    expect(isGiven(resolved(totalSheet(num(91.5))))).toBe(true);
  });

  test("the scorer's own column crossed out (x, -) gives nothing; elsewhere x is a score that is no number", () => {
    const crossedOut = rawSheet({
      scores: [
        { criterionId: "I.1", cell: "G9", value: text("x") },
        { criterionId: "I.2.1", cell: "G10", value: text(" - ") },
        { criterionId: "I.2.2", cell: "G11", value: blank },
      ],
      unknownRows: [{ label: "4. Hiến máu", cell: "G12", value: text("x") }],
    });
    expect(isGiven(resolved(crossedOut, { ratee: LUAT_GIA, declaredCross: true }))).toBe(false);
    expect(isGiven(resolved(crossedOut))).toBe(true);
    const scoredItself = rawSheet({ scores: [{ criterionId: "I.1", cell: "G9", value: text("x") }, { criterionId: "I.2.1", cell: "G10", value: num(5) }] });
    expect(isGiven(resolved(scoredItself, { ratee: LUAT_GIA, declaredCross: true }))).toBe(true);
  });
});
