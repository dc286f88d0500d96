import { makeIssue, severityOf } from "../../../src/core/check/make-issue";
import { ERROR_CODES, WARNING_CODES } from "../../../src/core/model/issue";

describe("makeIssue", () => {
  test("the severity of every code is SPEC §3's", () => {
    for (const code of ERROR_CODES) expect(severityOf(code)).toBe("error");
    for (const code of WARNING_CODES) expect(severityOf(code)).toBe("warning");
  });

  test("fields left undefined or empty are not written", () => {
    const issue = makeIssue("SCORESHEET_MISSING", { scorer: "A", ratee: "B", file: undefined, cell: "" });
    expect(Object.keys(issue).sort()).toEqual(["code", "params", "ratee", "scorer", "severity"]);
  });
});
