import { closest, editDistance } from "../../src/cli/suggest";
import { parseDay } from "../../src/cli/dates";

describe("the option meant (did you mean …?)", () => {
  test.each([
    ["metod", "method"],
    ["mehtod", "method"],
    ["critera", "criteria"],
    ["documnets", "documents"],
    ["vote", "votes"],
    ["tempalte", "template"],
  ])("--%s → --%s", (typed, meant) => {
    expect(closest(typed, ["criteria", "roster", "json", "lang", "method", "trim", "awards", "out", "meeting", "documents", "template", "votes"])).toBe(meant);
  });

  test.each([
    ["trimed", ["mean", "trimmed"], "trimmed"],
    ["rnak", ["check", "rank", "scoresheets"], "rank"],
    ["chek", ["check", "rank", "scoresheets"], "check"],
  ])("%s → %s", (typed, candidates, meant) => {
    expect(closest(typed, candidates)).toBe(meant);
  });

  test("nothing is offered for a word far from every option", () => {
    expect(closest("tinh", ["check", "rank", "scoresheets"])).toBeUndefined();
    expect(closest("average", ["mean", "trimmed"])).toBeUndefined();
    expect(closest("bogus", ["criteria", "roster", "out"])).toBeUndefined();
  });

  test("a swap of two letters is one edit", () => {
    expect(editDistance("mehtod", "method")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("rank", "rank")).toBe(0);
  });
});

describe("a day typed on the command line", () => {
  test.each([
    ["15/12/2026", "2026-12-15"],
    ["5/1/2027", "2027-01-05"],
    ["15-12-2026", "2026-12-15"],
    ["15.12.2026", "2026-12-15"],
    ["2026-12-15", "2026-12-15"],
    [" 29/02/2028 ", "2028-02-29"],
  ])("%s is %s", (typed, iso) => {
    expect(parseDay(typed)).toBe(iso);
  });

  test.each(["31/02/2026", "29/02/2027", "12/15/2026", "2026/12/15", "15/12/26", "mai", ""])("%j is no day", (typed) => {
    expect(parseDay(typed)).toBeNull();
  });
});
