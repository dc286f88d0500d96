/**
 * A button clicked while the officer is typing in a cell: with ExcelApi
 * 1.11 our batches wait for the edit to end (`delayForCellEdit`); an older
 * Excel fails them with InvalidOperationInCellEditMode, as Excel does.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { ExcelWorkbookSource } from "../../src/excel/excel-source";
import { SAMPLE_PAGE } from "../workbook/sample-page";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(30_000);

describe("cell-edit mode", () => {
  it("waits for the edit where Excel can", async () => {
    const fake = new FakeExcel({ cellEditMode: true });
    fake.addSheet("Sheet1").set(0, 0, "Đang gõ");
    await new ExcelSink({ host: fake }).writePages([SAMPLE_PAGE]);
    expect(fake.delayedForCellEdit).toBe(1);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", SAMPLE_PAGE.name]);
  });

  it("fails as Excel does where it cannot wait (ExcelApi 1.10)", async () => {
    const fake = new FakeExcel({ apiVersion: 10, cellEditMode: true });
    fake.addSheet("Sheet1");
    await expect(new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets()).rejects.toThrow(/InvalidOperationInCellEditMode/);
  });
});
