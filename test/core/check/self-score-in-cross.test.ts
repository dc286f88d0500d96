import { selfScoreInCross } from "../../../src/core/check/self-score-in-cross";
import { contextFor, expectIssue, LUAT_GIA, num, rawSheet, resolved, totalSheet } from "./helpers";

const context = contextFor();

describe("SELF_SCORE_IN_CROSS", () => {
  test("a cross sheet whose ratee is its scorer: a warning, no cell", () => {
    const sheet = resolved(rawSheet({ sheet: "Luật gia" }), { ratee: LUAT_GIA, kind: "self", declaredCross: true });
    const issues = selfScoreInCross(sheet, context);
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "warning",
      code: "SELF_SCORE_IN_CROSS",
      file: "hoi-luat-gia.xlsx",
      sheet: "Luật gia",
      scorer: "Hội Luật gia tỉnh",
      ratee: "Hội Luật gia tỉnh",
      params: {},
    });
  });

  test("layout C too has no cell (SPEC §3): the totals table names it", () => {
    const sheet = resolved(totalSheet(num(95), "H9"), { ratee: LUAT_GIA, kind: "self", declaredCross: true });
    const [issue] = selfScoreInCross(sheet, context);
    expect(issue?.code).toBe("SELF_SCORE_IN_CROSS");
    expect(issue?.cell).toBeUndefined();
    expect(issue?.sheet).toBe("Tổng hợp");
  });

  test("a declared self score, and a cross score, are fine", () => {
    expect(selfScoreInCross(resolved(rawSheet({ kind: "self" }), { kind: "self" }), context)).toEqual([]);
    expect(selfScoreInCross(resolved(), context)).toEqual([]);
  });
});
