/**
 * The second writer: workbooks made by exceljs, re-saved by LibreOffice Calc
 * (scripts/make-libreoffice-fixtures.sh), which writes its own shared
 * strings, styles, styled blank cells under merges, `<col>` ranges and cached
 * values. The reader must find the same values, merges and hidden parts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { partText, unzipOf } from "../support/zip";
import { cellAt, visibleValueAt } from "../../src/core/model/grid";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { gridsOf, sheetOf } from "./helpers";

const FIXTURES = path.resolve(__dirname, "../fixtures/libreoffice");

async function read(name: string) {
  return readWorkbook(new Uint8Array(readFileSync(path.join(FIXTURES, name))), `fixtures/libreoffice/${name}`);
}

describe("LibreOffice-written workbooks", () => {
  it("were written by LibreOffice (not exceljs)", async () => {
    for (const name of ["lo-scoresheet.xlsx", "lo-several-sheets.xlsx"]) {
      const zip = unzipOf(readFileSync(path.join(FIXTURES, name)));
      const app = partText(zip, "docProps/app.xml");
      expect(app).toMatch(/<Application>LibreOffice\//);
      // LibreOffice's own parts: shared strings, and no exceljs theme.
      expect(zip.has("xl/sharedStrings.xml")).toBe(true);
    }
  });

  it("a scoresheet: merged two-row header, text numbers with a comma, cached formula results, hidden column and row", async () => {
    const result = await read("lo-scoresheet.xlsx");
    const grid = sheetOf(result, "Hội Luật gia");
    expect(grid.file).toBe("lo-scoresheet.xlsx");
    expect(grid.hidden).toBe(false);

    expect(grid.rows[0]).toEqual(["PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2024"]);
    expect(grid.rows[1]).toEqual(["Đơn vị chấm: Sở Nội vụ"]);
    expect(grid.rows[2]).toEqual([]);
    expect(grid.rows[3]).toEqual(["TT", "Nội dung tiêu chí", "Điểm", null, null, "Ghi chú"]);
    expect(grid.rows[4]).toEqual([null, null, "Tối đa", "Tự chấm", "Khối chấm"]);
    expect(grid.rows[5]).toEqual(["I", "Công tác chuyên môn", 20, 19.5]);
    expect(grid.rows[6]).toEqual(["1", "Hoàn thành kế hoạch", 10, "9,5", "9,5", "đủ minh chứng"]);
    expect(grid.rows[7]).toEqual(["2", "Báo cáo đúng hạn", 10, 10, "10"]);
    expect(grid.rows[8]).toEqual(["Tổng cộng", null, 20, 10]);
    expect(cellAt(grid, 11, 1)).toBe("Người chấm");
    expect(grid.rowCount).toBe(12);
    expect(grid.columnCount).toBe(6);

    expect([...grid.merges]).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 4 },
      { top: 3, left: 5, bottom: 4, right: 5 },
    ]);
    expect(visibleValueAt(grid, 4, 0)).toBe("TT");
    expect(visibleValueAt(grid, 3, 4)).toBe("Điểm");

    expect([...grid.hiddenColumns]).toEqual([5]);
    expect([...grid.hiddenRows]).toEqual([9]);
    expect(cellAt(grid, 9, 0)).toBe("dòng ẩn");
  });

  it("several sheets: order, Vietnamese names, a hidden sheet, dates, booleans, a formula error", async () => {
    const grids = gridsOf(await read("lo-several-sheets.xlsx"));
    expect(grids.map((g) => [g.sheet, g.hidden])).toEqual([
      ["Tổng hợp", false],
      ["Chữ thập đỏ", true],
      ["Đoàn TN", false],
    ]);
    const [summary, hidden, last] = grids;
    expect(summary!.rows[0]).toEqual(["Đơn vị", "Điểm", "Ngày", "Đạt"]);
    expect(summary!.rows[1]!.slice(0, 2)).toEqual(["Hội Chữ thập đỏ tỉnh", 92.35]);
    expect((cellAt(summary!, 1, 2) as Date).toISOString()).toBe("2024-12-20T00:00:00.000Z");
    expect(cellAt(summary!, 1, 3)).toBe(true);
    expect(summary!.rows[2]).toEqual(["Sở Tư pháp", { error: "#DIV/0!" }, null, false]);
    expect(hidden!.rows).toEqual([["ẩn"]]);
    expect(last!.rows).toEqual([[], [null, 7]]);
  });
});
