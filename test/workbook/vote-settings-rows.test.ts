/** The vote's threshold and rule in Cài đặt (SPEC §5.1, §6): written so they read back exactly, and read as an officer may have retyped them. */
import { parseShare, parseVoteRule, voteSettingsFromRows, voteSettingsRows } from "../../src/workbook/vote-settings-rows";

describe("the vote's rows of Cài đặt", () => {
  test.each(["vi", "en"] as const)("written in %s, read back in either language, 2/3 exactly", (lang) => {
    const rows = voteSettingsRows({ voteThreshold: 2 / 3, voteRule: "at-least" }, lang);
    // Who votes is written too (SPEC §5.1: Cài đặt holds it), the roster's units by default.
    expect(voteSettingsFromRows([["Tên khối thi đua", "Khối các Hội"], ...rows])).toEqual({ voteThreshold: 2 / 3, voteRule: "at-least", voters: "units" });
    expect(voteSettingsFromRows(voteSettingsRows({ voteThreshold: 0.5, voteRule: "above" }, lang))).toEqual({ voteThreshold: 0.5, voteRule: "above", voters: "units" });
  });

  test.each(["vi", "en"] as const)("who votes and how many delegates, written in %s, read back", (lang) => {
    const rows = voteSettingsRows({ voteThreshold: 0.5, voteRule: "above", voters: "delegates", delegates: 25 }, lang);
    expect(voteSettingsFromRows(rows)).toEqual({ voteThreshold: 0.5, voteRule: "above", voters: "delegates", delegates: 25 });
    // A number of delegates retyped as text reads; one that is no whole number from 1 is left out.
    const label = rows[rows.length - 1]![0];
    expect(voteSettingsFromRows([[label, " 30 "]])).toEqual({ delegates: 30 });
    expect(voteSettingsFromRows([[label, "0"], [label, "2,5"], [label, "nhiều"]])).toEqual({});
  });

  test("a threshold retyped as text or a percentage reads; one out of range or no number is left out", () => {
    expect(["0,5", "50%", "2/3", "1", 0.75].map(parseShare)).toEqual([0.5, 0.5, 2 / 3, 1, 0.75]);
    expect(parseShare(" 66,67 % ")).toBeCloseTo(0.6667, 12);
    expect(["0", "120%", "abc", "", 1.5, null, "3/2"].map(parseShare)).toEqual([null, null, null, null, null, null, null]);
    // A label that is not ours, or a value that does not read, changes nothing.
    expect(voteSettingsFromRows([["Ngưỡng biểu quyết (tỷ lệ, từ 0 đến 1)", "nhiều"], ["ngUONG bieu quyet (ty le, tu 0 den 1)", "0,6"], ["Ghi chú", 0.9]])).toEqual({ voteThreshold: 0.6 });
  });

  test("the rule from the officer's words, with or without diacritics", () => {
    expect(["trên ngưỡng", "Quá", "tu nguong tro len", "từ 2/3 trở lên", "at least", "above the threshold", "bất kỳ"].map(parseVoteRule)).toEqual(["above", "above", "at-least", "at-least", "at-least", "above", null]);
  });
});
