import { ExcelWorkbookSource, parseAreas } from "../../src/excel/excel-source";
import { ExcelSink } from "../../src/excel/excel-sink";
import { resultSheets } from "../../src/workbook/result-sheets";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel, LIMIT_BYTES } from "./fake-excel";

function scoresheet(fake: FakeExcel) {
  // A used range that starts at C3, an error value, a formula result, text that looks like an error.
  const s = fake.addSheet("Luật gia");
  s.set(2, 2, "STT");
  s.set(2, 3, "Tiêu chí");
  s.set(2, 4, "Điểm");
  s.set(3, 2, 1);
  s.set(3, 3, "Hoàn thành kế hoạch");
  s.set(3, 4, 9.5);
  s.set(4, 2, 2);
  s.set(4, 3, "Báo cáo");
  s.set(4, 4, { error: "#REF!" });
  s.set(5, 3, "#DIV/0!"); // typed as text: stays text
  s.set(5, 4, true);
  return s;
}

describe("ExcelWorkbookSource", () => {
  it("reads the user's sheets as Grids from A1, errors apart, in four requests (the merged areas apart)", async () => {
    const fake = new FakeExcel();
    scoresheet(fake);
    const hidden = fake.addSheet("Ẩn", "Hidden");
    hidden.set(0, 0, "x");
    fake.addSheet("Trống");
    const source = new ExcelWorkbookSource("khoi.xlsx", { host: fake });
    const grids = await source.readSheets();

    expect(grids.map((g) => [g.sheet, g.hidden])).toEqual([
      ["Luật gia", false],
      ["Ẩn", true],
      ["Trống", false],
    ]);
    const g = grids[0]!;
    expect(g.file).toBe("khoi.xlsx");
    expect(g.rowCount).toBe(6);
    expect(g.columnCount).toBe(5);
    expect(g.rows[0]).toEqual([]);
    expect(g.rows[2]).toEqual([null, null, "STT", "Tiêu chí", "Điểm"]);
    expect(g.rows[3]).toEqual([null, null, 1, "Hoàn thành kế hoạch", 9.5]);
    expect(g.rows[4]?.[4]).toEqual({ error: "#REF!" });
    expect(g.rows[5]).toEqual([null, null, null, "#DIV/0!", true]);
    expect(grids[2]).toMatchObject({ rowCount: 0, columnCount: 0, rows: [] });
    expect(fake.syncs).toBe(4);
    expect(source.lastSyncCount).toBe(4);
    // The merged areas alone in the last request, the values not with them.
    expect(fake.requests[3]?.names.every((n) => n === "mergedAreas.load")).toBe(true);
  });

  it("skips our own sheets", async () => {
    const fake = new FakeExcel();
    scoresheet(fake);
    await new ExcelSink({ host: fake }).writeSheets(resultSheets(sampleInput(), "vi"));
    const grids = await new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(["Luật gia"]);
  });

  it("skips our pages (a document, the ballot, a blank form), still in four requests", async () => {
    const fake = new FakeExcel();
    scoresheet(fake);
    const sink = new ExcelSink({ host: fake });
    const page = (name: string, role: "document" | "ballot" | "form") => ({ name, role, cells: [{ row: 1, column: 1, value: `Trang ${name}` }] });
    await sink.writePages([page("Biên bản", "document"), page("Phiếu bầu", "ballot"), page("Tự chấm", "form")]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Luật gia", "Biên bản", "Phiếu bầu", "Tự chấm"]);
    const before = fake.syncs;
    const grids = await new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(["Luật gia"]);
    expect(fake.syncs - before).toBe(4);
  });

  it("keeps to five requests for twenty sheets: the first guess of a cell's weight is cautious, the rest follows what the first request weighed", async () => {
    const fake = new FakeExcel();
    for (let i = 0; i < 20; i++) {
      const s = fake.addSheet(`Phiếu ${i}`);
      for (let r = 0; r < 60; r++) for (let c = 0; c < 60; c++) s.set(r, c, r * c);
    }
    const grids = await new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets();
    expect(grids).toHaveLength(20);
    expect(grids[19]?.rows[59]?.[59]).toBe(59 * 59);
    // Sheets and outlines, the values in two, the merged areas.
    expect(fake.syncs).toBe(5);
  });

  it("splits a large used range by rows, each request under its budget", async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet("Lớn");
    for (let r = 0; r < 30_000; r++) for (let c = 0; c < 10; c++) s.set(r + 1, c + 1, `ô ${r},${c}`);
    const source = new ExcelWorkbookSource("x.xlsx", { host: fake, maxCellsPerRequest: 100_000 });
    const grids = await source.readSheets();
    const g = grids[0]!;
    expect(g.rowCount).toBe(30_001);
    expect(g.rows[30_000]?.[10]).toBe("ô 29999,9");
    expect(g.rows[1]).toEqual([null, ...Array.from({ length: 10 }, (_, c) => `ô 0,${c}`)]);
    // Sheets and outlines; the values in four (three of at most 100,000 cells, one more as the first guess of a cell's weight was cautious); the merged areas' 589 bands.
    expect(fake.syncs).toBe(2 + 4 + 1);
    for (const r of fake.requests) expect(r.responseBytes).toBeLessThan(LIMIT_BYTES);
  });

  it("reads merged areas on 1.13 and none on 1.8; hidden rows and columns", async () => {
    for (const apiVersion of [8, 13]) {
      const fake = new FakeExcel({ apiVersion });
      const s = scoresheet(fake);
      s.merges = ["C3:D3", "E5:E6"];
      s.hiddenRows.add(4);
      s.hiddenColumns.add(3);
      const [g] = await new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets();
      expect(g?.merges).toEqual(
        apiVersion >= 13
          ? [
              { top: 2, left: 2, bottom: 2, right: 3 },
              { top: 4, left: 4, bottom: 5, right: 4 },
            ]
          : [],
      );
      expect([...(g?.hiddenRows ?? [])]).toEqual([4]);
      expect([...(g?.hiddenColumns ?? [])]).toEqual([3]);
      expect(fake.syncs).toBe(apiVersion >= 13 ? 4 : 3);
    }
  });

  it("goes to a source cell: its sheet activated, the cell selected, in one request", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    scoresheet(fake);
    const source = new ExcelWorkbookSource("khoi.xlsx", { host: fake });
    await source.selectCell("Luật gia", "E5");
    expect(fake.syncs).toBe(1);
    expect(fake.workbook.active).toBe("Luật gia");
    expect(fake.workbook.selection).toEqual({ sheet: "Luật gia", top: 4, bottom: 4, entireRows: false, address: "E5" });
  });

  it("parses area addresses with quoted sheet names", () => {
    expect(parseAreas("'Phiếu, 1'!A1:B2, 'Phiếu, 1'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});
