/**
 * A page's print setup as Excel really treats it, on the stricter double:
 * in a request of its own after the pages, so a refusal leaves the pages
 * there and is reported (not fatal); fit-to-pages that did not take
 * (office-js #1860) replaced by a zoom scale; the formulas written while
 * calculation was suspended recalculated.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { SAMPLE_PAGE } from "../workbook/sample-page";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(30_000);

const WITH_FORMULA = { ...SAMPLE_PAGE, name: "Tổng", cells: [...SAMPLE_PAGE.cells, { row: 12, column: 4, value: { formula: "SUM(D6:D8)" } }] };

describe("print setup and recalculation of pages", () => {
  it("a refused print setup leaves the pages written and says which", async () => {
    const fake = new FakeExcel({ pageSetupFault: "refused" });
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    // Through the port (PageSink), for the pane to say it.
    expect(await sink.writePages([SAMPLE_PAGE, WITH_FORMULA])).toEqual({ printSetupFailed: [SAMPLE_PAGE.name, "Tổng"] });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", SAMPLE_PAGE.name, "Tổng"]);
    expect(fake.sheet(SAMPLE_PAGE.name).get(0, 0)).toBeDefined();
    expect(sink.printSetupFailed).toEqual([SAMPLE_PAGE.name, "Tổng"]);
    expect(fake.workbook.enableEvents).toBe(true);
  });

  it("fit-to-pages that did not take gives way to a zoom scale that fits the width", async () => {
    const fake = new FakeExcel({ pageSetupFault: "fit-ignored" });
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    expect(await sink.writePages([SAMPLE_PAGE])).toEqual({ printSetupFailed: [] });
    const zoom = fake.sheet(SAMPLE_PAGE.name).pageLayout["zoom"] as { scale: number };
    expect(zoom.scale).toBeGreaterThanOrEqual(10);
    expect(zoom.scale).toBeLessThan(100);
    expect(sink.printSetupFailed).toEqual([]);
  });

  it("where fit-to-pages takes, no scale is set", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake }).writePages([SAMPLE_PAGE]);
    expect(fake.sheet(SAMPLE_PAGE.name).pageLayout["zoom"]).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("formulas written under suspended calculation are recalculated once the pages are there", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake }).writePages([WITH_FORMULA]);
    expect(fake.sheet("Tổng").get(11, 3)).toEqual({ formula: "=SUM(D6:D8)" });
    expect(fake.recalculations).toBe(1);
    expect(fake.uncalculatedFormulas).toBe(0);
  });
});
