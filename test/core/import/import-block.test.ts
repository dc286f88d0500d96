import type { Grid } from "../../../src/core/model/grid";
import { importBlock } from "../../../src/core/import/import-block";
import { criteriaTable, roster, scoresheet } from "../../support/tiny-block";

// A tiny block by hand: a criteria table, a roster, one scoresheet per scorer.
const criteria = criteriaTable("tieu-chi.xlsx", [10, 10], true);

describe("importBlock", () => {
  test("a clean block: every sheet used, totals by SPEC §4", () => {
    const outcome = importBlock({
      workbooks: [
        { file: "tieu-chi.xlsx", grids: [criteria] },
        { file: "danh-sach.xlsx", grids: [roster] },
        { file: "luat-gia.xlsx", grids: [scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [9, "8,5"])] },
        { file: "nha-bao.xlsx", grids: [scoresheet("nha-bao.xlsx", "Nhà báo", "Luật gia", [10, 7])] },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.issues).toEqual([]);
    expect(outcome.result.sheets.map((s) => [s.scoresheet.scorer, s.scoresheet.ratee, s.total])).toEqual([
      ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", 17.5],
      ["Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", 17],
    ]);
  });

  test("a workbook our readers choke on becomes its own FILE_UNREADABLE; the others are still read", () => {
    // A grid whose rows array throws when read stands for any fault of ours on a strange file.
    const exploding = { ...scoresheet("la.xlsx", "Nhà báo", "Luật gia", [1, 1]) } as Grid;
    Object.defineProperty(exploding, "rows", {
      get() {
        throw new Error("boom");
      },
    });
    const outcome = importBlock({
      workbooks: [
        { file: "tieu-chi.xlsx", grids: [criteria] },
        { file: "danh-sach.xlsx", grids: [roster] },
        { file: "la.xlsx", grids: [exploding] },
        { file: "luat-gia.xlsx", grids: [scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [9, 8])] },
      ],
      criteriaFile: "tieu-chi.xlsx",
      rosterFile: "danh-sach.xlsx",
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const unreadable = outcome.result.issues.filter((i) => i.code === "FILE_UNREADABLE");
    expect(unreadable).toEqual([expect.objectContaining({ file: "la.xlsx", params: expect.objectContaining({ reason: "reader-failed" }) })]);
    expect(outcome.result.sheets.map((s) => s.total)).toEqual([17]);
  });

  test("no criteria table: the import says so instead of guessing", () => {
    const outcome = importBlock({ workbooks: [{ file: "danh-sach.xlsx", grids: [roster] }] });
    expect(outcome).toEqual({ ok: false, reason: "no-criteria-table", issues: [] });
  });
});
