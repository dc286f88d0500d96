import { duplicateScoresheets } from "../../../src/core/check/duplicate-scoresheet";
import { blank, CHU_THAP_DO, expectIssue, LUAT_GIA, NHA_BAO, num, rawSheet, resolved, totalSheet } from "./helpers";

describe("DUPLICATE_SCORESHEET", () => {
  test("two sheets of one pair: one issue each, naming the other, both left out", () => {
    const first = resolved(rawSheet({ file: "luat-gia.xlsx", sheet: "CTĐ" }));
    const second = resolved(rawSheet({ file: "luat-gia (2).xlsx", sheet: "Chữ thập đỏ" }));
    const { issues, duplicates } = duplicateScoresheets([first, second]);
    expect(issues).toHaveLength(2);
    expectIssue(issues[0], {
      severity: "error",
      code: "DUPLICATE_SCORESHEET",
      file: "luat-gia.xlsx",
      sheet: "CTĐ",
      scorer: LUAT_GIA.name,
      ratee: CHU_THAP_DO.name,
      params: { otherFile: "luat-gia (2).xlsx", otherSheet: "Chữ thập đỏ" },
    });
    expectIssue(issues[1], {
      severity: "error",
      code: "DUPLICATE_SCORESHEET",
      file: "luat-gia (2).xlsx",
      sheet: "Chữ thập đỏ",
      scorer: LUAT_GIA.name,
      ratee: CHU_THAP_DO.name,
      params: { otherFile: "luat-gia.xlsx", otherSheet: "CTĐ" },
    });
    expect(duplicates).toEqual(new Set([first, second]));
  });

  test("two columns of one matrix naming the same ratee: each column's own issue, by sheet object", () => {
    const ctd = resolved(rawSheet({ file: "luat-gia.xlsx", sheet: "Ma trận", column: "D" }));
    const chuThapDo = resolved(rawSheet({ file: "luat-gia.xlsx", sheet: "Ma trận", column: "E" }));
    const { issues, bySheet } = duplicateScoresheets([ctd, chuThapDo]);
    expect(issues).toHaveLength(2);
    expect(bySheet.get(ctd)).toBe(issues[0]);
    expect(bySheet.get(chuThapDo)).toBe(issues[1]);
  });

  test("three sheets: three issues, each naming the first other one, all left out", () => {
    const sheets = ["a.xlsx", "b.xlsx", "c.xlsx"].map((file) => resolved(rawSheet({ file, sheet: "S" })));
    const { issues, duplicates } = duplicateScoresheets(sheets);
    expect(issues.map((i) => [i.file, i.params.otherFile])).toEqual([
      ["a.xlsx", "b.xlsx"],
      ["b.xlsx", "a.xlsx"],
      ["c.xlsx", "a.xlsx"],
    ]);
    expect(duplicates.size).toBe(3);
  });

  test("different pairs are no duplicates: another ratee, the reverse pair, another scorer", () => {
    const sheets = [
      resolved(),
      resolved(rawSheet({ sheet: "Nhà báo" }), { ratee: NHA_BAO }),
      resolved(rawSheet({ file: "chu-thap-do.xlsx" }), { scorer: CHU_THAP_DO, ratee: LUAT_GIA }),
      resolved(rawSheet({ file: "nha-bao.xlsx" }), { scorer: NHA_BAO, ratee: CHU_THAP_DO }),
    ];
    const { issues, duplicates } = duplicateScoresheets(sheets);
    expect(issues).toEqual([]);
    expect(duplicates.size).toBe(0);
  });

  test("a self score given twice is a duplicate too", () => {
    const selfSheet = resolved(rawSheet({ kind: "self", sheet: "Tự chấm" }), { kind: "self" });
    const crossColumn = resolved(rawSheet({ layout: "B", sheet: "Chấm điểm", column: "H" }), {
      kind: "self",
      declaredCross: true,
    });
    const { issues, duplicates } = duplicateScoresheets([selfSheet, crossColumn]);
    expect(issues.map((i) => [i.sheet, i.scorer, i.ratee, i.params.otherSheet])).toEqual([
      ["Tự chấm", LUAT_GIA.name, LUAT_GIA.name, "Chấm điểm"],
      ["Chấm điểm", LUAT_GIA.name, LUAT_GIA.name, "Tự chấm"],
    ]);
    expect(duplicates.size).toBe(2);
  });

  test("across layouts: a layout-A sheet and a layout-C total of the same pair", () => {
    const { issues } = duplicateScoresheets([resolved(), resolved(totalSheet(num(90)))]);
    expect(issues).toHaveLength(2);
  });

  test("a blank layout-C cell gives no sheet, so duplicates nothing", () => {
    const { issues } = duplicateScoresheets([resolved(), resolved(totalSheet(blank))]);
    expect(issues).toEqual([]);
  });

  test("an invalid sheet still counts: it is a sheet of the pair", () => {
    const broken = resolved(rawSheet({ file: "x.xlsx", scores: [{ criterionId: "I.1", cell: "E9", value: { kind: "error", error: "#REF!" } }] }));
    expect(duplicateScoresheets([resolved(), broken]).issues).toHaveLength(2);
  });
});
