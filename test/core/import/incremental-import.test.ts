import { BlockImport, importBlock, type WorkbookInput } from "../../../src/core/import/import-block";
import { criteriaTable as table, importSummary as summary, luatGia, nhaBao, rosterFile } from "../../support/tiny-block";

describe("BlockImport: one workbook at a time", () => {
  test("scoresheets that come before the criteria table wait for it, then are read and let go", () => {
    const criteria: WorkbookInput = { file: "tieu-chi.xlsx", grids: [table("tieu-chi.xlsx", [10, 10])] };
    const block = new BlockImport();
    block.add(luatGia);
    block.add(rosterFile);
    expect(block.heldFiles()).toEqual(["luat-gia.xlsx", "danh-sach.xlsx"]);
    block.add(criteria);
    block.add(nhaBao);
    // The criteria table and the roster are kept for finish; the scoresheets' grids are gone.
    expect(block.heldFiles()).toEqual(["danh-sach.xlsx", "tieu-chi.xlsx"]);
    const outcome = block.finish();
    expect(summary(outcome)).toEqual(summary(importBlock({ workbooks: [luatGia, rosterFile, criteria, nhaBao] })));
    expect(summary(outcome)).toEqual({
      sheets: [
        ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", 17, false],
        ["Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", 17, false],
      ],
      issues: [],
    });
  });

  test("a later, better-named criteria table that differs: the workbooks read against the first are read again", () => {
    // A member's blank template first (its name says only "mẫu"), the leader's table later: the later one is chosen.
    const template: WorkbookInput = { file: "mau.xlsx", grids: [table("mau.xlsx", [12, 8])] };
    const leaders: WorkbookInput = { file: "tieu-chi.xlsx", grids: [table("tieu-chi.xlsx", [10, 10])] };
    const order = [template, luatGia, rosterFile, leaders, nhaBao];
    const block = new BlockImport();
    order.forEach((w) => block.add(w));
    expect(block.toReadAgain()).toEqual([1]);
    expect(() => block.finish()).toThrow(/luat-gia\.xlsx/);

    block.readAgain(1, luatGia);
    expect(block.toReadAgain()).toEqual([]);
    const outcome = block.finish();
    expect(summary(outcome)).toEqual(summary(importBlock({ workbooks: order })));
    // Read against the leader's table (10 + 10), not the template's (12 + 8): no outdated maxima on luat-gia's sheet.
    expect(outcome.ok && outcome.result.criteria.table.criteria.map((c) => c.maxPoints)).toEqual([20, 10, 10]);
    expect(outcome.ok && outcome.result.sheets.filter((s) => s.scoresheet.source.file === "luat-gia.xlsx").map((s) => s.total)).toEqual([17]);
  });

  test("checked in slices (the pane breathes between them): the same outcome as finish, with pauses between the phases", async () => {
    const criteria: WorkbookInput = { file: "tieu-chi.xlsx", grids: [table("tieu-chi.xlsx", [10, 10])] };
    const order = [luatGia, rosterFile, criteria, nhaBao];
    const whole = new BlockImport();
    const sliced = new BlockImport();
    order.forEach((w) => (whole.add(w), sliced.add(w)));
    let pauses = 0;
    const outcome = await sliced.finishInSlices(async () => void pauses++);
    expect(outcome).toEqual(whole.finish());
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  test("a later criteria table with the same content: nothing to read again", () => {
    const template: WorkbookInput = { file: "mau.xlsx", grids: [table("mau.xlsx", [10, 10])] };
    const leaders: WorkbookInput = { file: "tieu-chi.xlsx", grids: [table("tieu-chi.xlsx", [10, 10])] };
    const block = new BlockImport();
    [template, luatGia, leaders, rosterFile, nhaBao].forEach((w) => block.add(w));
    expect(block.toReadAgain()).toEqual([]);
    expect(summary(block.finish())).toEqual(summary(importBlock({ workbooks: [template, luatGia, leaders, rosterFile, nhaBao] })));
  });

  test("a criteria table the user named is waited for, even when another file looks like one", () => {
    const other: WorkbookInput = { file: "mau.xlsx", grids: [table("mau.xlsx", [12, 8])] };
    const named: WorkbookInput = { file: "bang.xlsx", grids: [table("bang.xlsx", [10, 10])] };
    const block = new BlockImport({ criteriaFile: "bang.xlsx" });
    [other, luatGia, nhaBao].forEach((w) => block.add(w));
    expect(block.heldFiles()).toEqual(["mau.xlsx", "luat-gia.xlsx", "nha-bao.xlsx"]);
    block.add(named);
    block.add(rosterFile);
    expect(block.heldFiles()).toEqual(["mau.xlsx", "bang.xlsx", "danh-sach.xlsx"]);
    expect(block.toReadAgain()).toEqual([]);
    const outcome = block.finish();
    expect(outcome.ok && outcome.result.criteria.table.criteria.map((c) => c.maxPoints)).toEqual([20, 10, 10]);
  });
});
