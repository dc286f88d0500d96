/**
 * ExcelSink.writePages on the instrumented Office.js double: a page with
 * every feature lands as the port says, in four requests per batch (the print setup and recalculation apart) however
 * many pages; ours is found again by its marker and replaced in place; the
 * user's sheet of the same name is never touched.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { formWorkbooks } from "../../src/core/forms/form-model";
import type { CriteriaTable } from "../../src/core/model/criteria";
import { formPages } from "../../src/workbook/form-pages";
import type { PageSheetSpec } from "../../src/workbook/ports/page";
import { resultSheets } from "../../src/workbook/result-sheets";
import { AT_TEXT, FORMULA_TEXT, MINUS_TEXT, PLUS_TEXT, SAMPLE_PAGE } from "../workbook/sample-page";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel, type FakeSheet } from "./fake-excel";

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  const mine = fake.addSheet("Phiếu mẫu");
  mine.set(0, 0, "Phiếu của tôi");
  mine.set(2, 2, { formula: "=B2*2" });
  fake.addSheet("Dữ liệu").set(3, 2, "giữ nguyên");
  return fake;
}

function snapshot(sheet: FakeSheet) {
  return JSON.parse(JSON.stringify({ name: sheet.name, rows: sheet.rows(), formats: sheet.formats, merges: sheet.merges, names: [...sheet.names], protected: sheet.protected, cellFormats: [...sheet.cellFormats] }));
}

const points = (cm: number) => Math.round((cm / 2.54) * 72 * 100) / 100;

describe("ExcelSink.writePages", () => {
  it("writes every feature of a page, beside the user's sheet of its name, in four requests (print setup apart)", async () => {
    const fake = userWorkbook();
    const before = snapshot(fake.sheet("Phiếu mẫu"));
    const sink = new ExcelSink({ host: fake });
    await sink.writePages([SAMPLE_PAGE]);

    expect(snapshot(fake.sheet("Phiếu mẫu"))).toEqual(before);
    expect(sink.pageNames.get("Phiếu mẫu")).toBe("Phiếu mẫu (2)");
    const page = fake.sheet("Phiếu mẫu (2)");
    expect(page.names.get("tdPage")?.value).toBe("form|Phiếu mẫu");

    expect(page.get(0, 0)).toBe("PHIẾU CHẤM ĐIỂM THI ĐUA");
    for (const [r, c, text] of [[6, 1, FORMULA_TEXT], [7, 1, PLUS_TEXT], [2, 2, MINUS_TEXT], [2, 3, AT_TEXT]] as const) expect(page.get(r, c)).toBe(text);
    expect(page.get(2, 1)).toBe(44924);
    expect(page.format(2, 1)).toBe("dd/mm/yyyy");
    expect(page.get(5, 2)).toBe(10);
    expect(page.format(5, 2)).toBe("0.00");
    expect(page.get(8, 2)).toEqual({ formula: "=SUM(C6:C8)" });
    expect(page.format(8, 2)).toBe("0.00");
    expect(page.get(9, 0)).toBe(true);

    expect(page.merges).toEqual(["A1:D1"]);
    expect(page.cellFormats.get("A1:D11")).toMatchObject({ "font.name": "Times New Roman", "font.size": 13 });
    // The merged title's look covers its whole area.
    expect(page.cellFormats.get("A1:D1")).toMatchObject({ "font.bold": true, "font.size": 14, "font.color": "#1F4E79", horizontalAlignment: "Center", verticalAlignment: "Center" });
    expect(page.cellFormats.get("A5:B5")).toMatchObject({ "fill.color": "#DDEBF7", "border.EdgeTop.style": "Continuous", "border.InsideVertical.style": "Continuous" });
    expect(page.cellFormats.get("B6:B8")).toMatchObject({ wrapText: true, "border.InsideHorizontal.weight": "Thin" });
    expect(page.cellFormats.get("D6:D8")).toMatchObject({ "fill.color": "#FFF2CC", "protection.locked": false });
    expect(page.cellFormats.get("C9:D9")).toMatchObject({ "border.EdgeTop.style": "Double" });
    expect(page.cellFormats.get("B11")).toMatchObject({ "border.EdgeBottom.style": "Dot", indentLevel: 1 });
    expect(page.cellFormats.get("D3")).toMatchObject({ "font.underline": "Single" });
    expect(page.columnWidths.get(0)).toBeCloseTo(35.25, 2);
    expect(page.columnWidths.get(1)).toBeCloseTo(318.75, 2);
    expect(page.rowHeights.get(0)).toBe(30);
    expect(page.rowHeights.get(6)).toBe(33);

    expect(page.validations).toEqual([
      expect.objectContaining({ address: "D6", rule: { decimal: { formula1: 0, formula2: 10, operator: "Between" } }, ignoreBlanks: true, prompt: { showPrompt: true, title: "Điểm chấm", message: "Từ 0 đến 10" } }),
      expect.objectContaining({ address: "D7", rule: { decimal: { formula1: 0, formula2: 5, operator: "Between" } } }),
      expect.objectContaining({ address: "D8", rule: { list: { inCellDropDown: true, source: "4,3,2,0" } }, errorAlert: { showAlert: true, style: "Stop", title: "Không hợp lệ", message: "Chỉ được chọn 4, 3, 2 hoặc 0" } }),
    ]);
    expect(page.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      topMargin: points(2),
      bottomMargin: points(2),
      leftMargin: points(3),
      rightMargin: points(1.5),
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printArea: "A1:D11",
      printTitleRows: "$5:$5",
    });
    expect(page.protected).toBe(true);
    expect(fake.workbook.active).toBe("Phiếu mẫu (2)");

    expect(sink.lastSyncCount).toBe(4);
    expect(fake.workbook.enableEvents).toBe(true);
    for (const request of fake.requests) {
      expect(request.writesWithEvents).toBe(0);
      expect(request.writesWithCalculation).toBe(0);
    }
  });

  it("replaces its own page on a re-run, in its place and under the name it got, found by its marker", async () => {
    const fake = userWorkbook();
    const sink = new ExcelSink({ host: fake });
    await sink.writePages([SAMPLE_PAGE]);
    fake.addSheet("Sau cùng");
    // The officer renames our page: the marker, not the name, says it is ours.
    fake.sheet("Phiếu mẫu (2)").name = "Phiếu đã đổi tên";
    const user = snapshot(fake.sheet("Phiếu mẫu"));

    const again = new ExcelSink({ host: fake });
    const changed: PageSheetSpec = { ...SAMPLE_PAGE, cells: [...SAMPLE_PAGE.cells.filter((c) => !(c.row === 1 && c.column === 1)), { row: 1, column: 1, value: "PHIẾU MỚI" }] };
    await again.writePages([changed]);

    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Phiếu mẫu", "Dữ liệu", "Phiếu mẫu (2)", "Sau cùng"]);
    expect(fake.sheet("Phiếu mẫu (2)").get(0, 0)).toBe("PHIẾU MỚI");
    expect(snapshot(fake.sheet("Phiếu mẫu"))).toEqual(user);
    expect(again.lastSyncCount).toBe(4);
  });

  it("keeps four requests for a batch of thirty pages, and leaves our result tables alone", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets(resultSheets(sampleInput(), "vi"));
    const tables = JSON.stringify(fake.workbook.sheets.filter((s) => s.tables.length > 0).map((s) => [s.name, s.tables]));
    const pages = Array.from({ length: 30 }, (_, i) => ({ ...SAMPLE_PAGE, name: `Đơn vị ${i + 1}`, active: i === 0 }));
    await sink.writePages(pages);
    expect(sink.lastSyncCount).toBe(4);
    for (let i = 1; i <= 30; i++) expect(fake.sheet(`Đơn vị ${i}`).names.get("tdPage")?.value).toBe(`form|Đơn vị ${i}`);
    expect(JSON.stringify(fake.workbook.sheets.filter((s) => s.tables.length > 0).map((s) => [s.name, s.tables]))).toBe(tables);
    for (const request of fake.requests) expect(request.requestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes pages on ExcelApi 1.8 without the 1.9 print setup and indents", async () => {
    const fake = new FakeExcel({ apiVersion: 8 });
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    await sink.writePages([SAMPLE_PAGE]);
    const page = fake.sheet("Phiếu mẫu");
    expect(page.pageLayout).toEqual({});
    expect(page.cellFormats.get("B11")).not.toHaveProperty("indentLevel");
    expect(page.protected).toBe(true);
    expect(page.get(6, 1)).toBe(FORMULA_TEXT);
  });

  it("rolls a failed batch back: the sheets it added go, our old page keeps its name", async () => {
    const fake = userWorkbook();
    await new ExcelSink({ host: fake }).writePages([SAMPLE_PAGE]);
    const names = fake.workbook.sheets.map((s) => s.name);
    fake.failAtSync = fake.syncs + 2;
    await expect(new ExcelSink({ host: fake }).writePages([SAMPLE_PAGE, { ...SAMPLE_PAGE, name: "Khác" }])).rejects.toThrow(/failed/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(names);
    expect(fake.workbook.enableEvents).toBe(true);
  });
});

describe("a member's blank scoresheet through ExcelSink", () => {
  it("lands every page in four requests (the recalculation apart), each protected with its score cells unlocked and validated", async () => {
    const criteria: CriteriaTable = {
      base: 10,
      source: { file: "t.xlsx", sheet: "T", cell: "A1" },
      criteria: [
        { id: "I", level: "section", parentId: null, number: "I", text: "Phần I", maxPoints: 10, kind: "normal", allowedValues: null, isLeaf: false, source: { file: "t.xlsx", sheet: "T", cell: "B2" } },
        { id: "I.1", level: "criterion", parentId: "I", number: "1", text: "=Tiêu chí một", maxPoints: 6, kind: "normal", allowedValues: null, isLeaf: true, source: { file: "t.xlsx", sheet: "T", cell: "B3" } },
        { id: "I.2", level: "criterion", parentId: "I", number: "2", text: "Tiêu chí hai", maxPoints: 4, kind: "normal", allowedValues: [4, 2, 0], isLeaf: true, source: { file: "t.xlsx", sheet: "T", cell: "B4" } },
      ],
    };
    const units = [{ name: "Hội A", aliases: [] }, { name: "Hội B", aliases: [] }, { name: "Hội C", aliases: [] }];
    const [workbook] = formWorkbooks(criteria, units, { blockName: "Khối", year: 2026 });
    const pages = formPages(workbook!);
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const sink = new ExcelSink({ host: fake });
    await sink.writePages(pages);
    expect(sink.lastSyncCount).toBe(4);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Hướng dẫn", "Tự chấm", "Hội B", "Hội C"]);
    expect(fake.workbook.active).toBe("Hướng dẫn");
    const sheet = fake.sheet("Hội B");
    expect(sheet.protected).toBe(true);
    expect(sheet.get(8, 1)).toBe("=Tiêu chí một");
    expect(sheet.get(7, 3)).toEqual({ formula: "=SUM(D9:D10)" });
    expect(sheet.get(10, 3)).toEqual({ formula: "=SUM(D8)" });
    expect(sheet.cellFormats.get("D9:D10")).toMatchObject({ "protection.locked": false });
    expect(sheet.validations.map((v) => [v.address, v.rule])).toEqual([
      ["D9", { decimal: { formula1: 0, formula2: 6, operator: "Between" } }],
      ["D10", { list: { inCellDropDown: true, source: "4,2,0" } }],
    ]);
  });
});
