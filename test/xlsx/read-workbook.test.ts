import ExcelJS from "exceljs";
import { cellAt, visibleValueAt } from "../../src/core/model/grid";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import {
  OLE2_HEADER,
  concat,
  failureOf,
  gridsOf,
  randomBytes,
  sheetOf,
  utf16le,
  xlsxBytes,
} from "./helpers";
import { partText, unzipOf, zipOf } from "../support/zip";

const enc = new TextEncoder();

/** One sheet "S" holding every kind of value officers' files carry. */
async function valuesWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 9.5;
    ws.getCell("B1").value = "Hoàn thành kế hoạch";
    ws.getCell("C1").value = "9,5"; // a number typed as text: the domain parses it
    ws.getCell("D1").value = " 10 ";
    ws.getCell("E1").value = true;
    ws.getCell("F1").value = false;
    ws.getCell("G1").value = 0;
    ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 20));
    ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 15, 8, 30));
    ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 3 };
    ws.getCell("B3").value = { formula: 'IF(A1>5,"Đạt","Không")', result: "Đạt" };
    ws.getCell("C3").value = { formula: "A1>5", result: true };
    ws.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E3").value = { error: "#REF!" };
    ws.getCell("F3").value = { error: "#N/A" };
    ws.getCell("G3").value = { formula: "A1*2" }; // never calculated: no cached result
    ws.getCell("H3").value = { formula: 'IF(A1>100,"x","")', result: "" };
    ws.getCell("A4").value = {
      richText: [{ text: "Điểm " }, { font: { bold: true }, text: "thưởng" }, { text: " (cộng)" }],
    };
    ws.getCell("B4").value = { text: "Minh chứng", hyperlink: "https://example.org/mc.pdf" };
    ws.getCell("C4").value = {
      text: { richText: [{ text: "Xem " }, { text: "tại đây", font: { italic: true } }] },
      hyperlink: "#'S'!A1",
    } as unknown as ExcelJS.CellHyperlinkValue;
    ws.getCell("D4").value = "";
    ws.getCell("A5").value = -2;
    ws.getCell("B5").value = 1e-9;
    ws.getCell("C5").value = 123456789.125;
  });
}

describe("readWorkbook: values", () => {
  let grid: ReturnType<typeof sheetOf>;
  beforeAll(async () => {
    grid = sheetOf(await readWorkbook(await valuesWorkbook(), "values.xlsx"), "S");
  });

  it("reads numbers and text as they are, numbers typed as text stay text", () => {
    expect(grid.rows[0]).toEqual([9.5, "Hoàn thành kế hoạch", "9,5", " 10 ", true, false, 0]);
    expect(cellAt(grid, 4, 0)).toBe(-2);
    expect(cellAt(grid, 4, 1)).toBe(1e-9);
    expect(cellAt(grid, 4, 2)).toBe(123456789.125);
  });

  it("reads dates as Date", () => {
    const d = cellAt(grid, 1, 0);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe("2024-12-20T00:00:00.000Z");
    expect((cellAt(grid, 1, 1) as Date).toISOString()).toBe("2024-01-15T08:30:00.000Z");
  });

  it("reads formulas by their cached result, errors as { error }", () => {
    expect(cellAt(grid, 2, 0)).toBe(3);
    expect(cellAt(grid, 2, 1)).toBe("Đạt");
    expect(cellAt(grid, 2, 2)).toBe(true);
    expect(cellAt(grid, 2, 3)).toEqual({ error: "#DIV/0!" });
    expect(cellAt(grid, 2, 4)).toEqual({ error: "#REF!" });
    expect(cellAt(grid, 2, 5)).toEqual({ error: "#N/A" });
  });

  it("reads a formula without a cached result, or with an empty text result, as blank", () => {
    expect(cellAt(grid, 2, 6)).toBeNull();
    expect(cellAt(grid, 2, 7)).toBeNull();
    // Trailing blanks are not kept.
    expect(grid.rows[2]).toHaveLength(6);
  });

  it("joins rich text, and reads hyperlinks as their text", () => {
    expect(cellAt(grid, 3, 0)).toBe("Điểm thưởng (cộng)");
    expect(cellAt(grid, 3, 1)).toBe("Minh chứng");
    expect(cellAt(grid, 3, 2)).toBe("Xem tại đây");
    expect(cellAt(grid, 3, 3)).toBeNull(); // "" is a blank cell, as Office.js sees it
  });

  it("fills gaps in a row with null, and counts rows and columns", () => {
    expect(grid.rowCount).toBe(5);
    expect(grid.columnCount).toBe(7);
    expect(grid.rows[3]).toEqual(["Điểm thưởng (cộng)", "Minh chứng", "Xem tại đây"]);
    expect(grid.file).toBe("values.xlsx");
  });
});

describe("readWorkbook: formulas shared across cells", () => {
  it("reads each cell of a shared formula by its own cached result", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getColumn(1).values = [1, 2, 3];
      ws.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    // Make sure the file really holds a shared formula, not three plain ones.
    const sheetXml = partText(unzipOf(bytes), "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/t="shared"/);

    const grid = sheetOf(await readWorkbook(bytes, "shared.xlsx"), "S");
    expect(grid.rows).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });
});

describe("readWorkbook: layout", () => {
  it("keeps merges (a two-row header) as 0-based inclusive ranges; covered cells are blank", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Phiếu chấm");
      ws.getCell("A1").value = "PHIẾU CHẤM ĐIỂM";
      ws.mergeCells("A1:E1");
      ws.getCell("A3").value = "TT";
      ws.mergeCells("A3:A4");
      ws.getCell("B3").value = "Nội dung";
      ws.mergeCells("B3:B4");
      ws.getCell("C3").value = "Điểm";
      ws.mergeCells("C3:E3");
      ws.getCell("C4").value = "Tối đa";
      ws.getCell("D4").value = "Tự chấm";
      ws.getCell("E4").value = "Khối chấm";
      ws.getRow(5).values = ["1", "Tiêu chí một", 10, 9, 8];
    });
    const grid = sheetOf(await readWorkbook(bytes, "p.xlsx"), "Phiếu chấm");
    expect([...grid.merges]).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ]);
    // exceljs reports the master's value in covered cells; the grid does not.
    expect(grid.rows[2]).toEqual(["TT", "Nội dung", "Điểm"]);
    expect(grid.rows[3]).toEqual([null, null, "Tối đa", "Tự chấm", "Khối chấm"]);
    expect(grid.rows[1]).toEqual([]);
    expect(visibleValueAt(grid, 3, 0)).toBe("TT");
    expect(visibleValueAt(grid, 2, 4)).toBe("Điểm");
    expect(grid.rows[4]).toEqual(["1", "Tiêu chí một", 10, 9, 8]);
  });

  it("reads hidden rows and hidden columns", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 6; r++) ws.getRow(r).values = [r, r * 10, r * 100, "ghi chú"];
      ws.getRow(3).hidden = true;
      ws.getRow(5).hidden = true;
      ws.getColumn(2).hidden = true;
      ws.getColumn(4).hidden = true;
      // Hidden far beyond the data: no value there, so nothing to report.
      ws.getColumn(30).hidden = true;
      ws.getRow(40).hidden = true;
    });
    const grid = sheetOf(await readWorkbook(bytes, "h.xlsx"), "S");
    expect([...grid.hiddenRows].sort()).toEqual([2, 4]);
    expect([...grid.hiddenColumns].sort()).toEqual([1, 3]);
    expect(grid.rowCount).toBe(6);
    expect(grid.columnCount).toBe(4);
  });

  it("reads a hidden row that holds nothing inside the data", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      // exceljs writes no row without cells; a formatted blank cell keeps it, as Excel would.
      ws.getCell("A2").style = { font: { bold: true } };
      ws.getRow(2).hidden = true;
      ws.getCell("A3").value = 3;
    });
    const grid = sheetOf(await readWorkbook(bytes, "h.xlsx"), "S");
    expect(grid.rows).toEqual([[1], [], [3]]);
    expect([...grid.hiddenRows]).toEqual([1]);
  });

  it("reads several sheets in order, with Vietnamese names, hidden and very hidden sheets", async () => {
    const names = ["Tổng hợp", "Hội Luật gia", "Chữ thập đỏ", "Đoàn TNCS Hồ Chí Minh", "Sở Nội vụ (ẩn sâu)"];
    const bytes = await xlsxBytes((wb) => {
      names.forEach((name, i) => {
        const ws = wb.addWorksheet(name, { state: i === 2 ? "hidden" : i === 4 ? "veryHidden" : "visible" });
        ws.getCell("A1").value = name;
        ws.getCell("B2").value = i;
      });
    });
    const grids = gridsOf(await readWorkbook(bytes, "multi.xlsx"));
    expect(grids.map((g) => g.sheet)).toEqual(names);
    expect(grids.map((g) => g.hidden)).toEqual([false, false, true, false, true]);
    grids.forEach((g, i) => {
      expect(g.rows).toEqual([[names[i]], [null, i]]);
      expect(g.file).toBe("multi.xlsx");
    });
  });

  it("keeps empty sheets beside sheets with values, and leading blank rows", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("Trống");
      wb.addWorksheet("Dữ liệu").getCell("C4").value = "x";
    });
    const grids = gridsOf(await readWorkbook(bytes, "e.xlsx"));
    expect(grids.map((g) => [g.sheet, g.rowCount, g.columnCount])).toEqual([
      ["Trống", 0, 0],
      ["Dữ liệu", 4, 3],
    ]);
    expect(grids[1]!.rows).toEqual([[], [], [], [null, null, "x"]]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("S").getCell("A1").value = new Date(Date.UTC(2025, 5, 30));
    });
    const grid = sheetOf(await readWorkbook(bytes, "mac.xlsx"), "S");
    expect((cellAt(grid, 0, 0) as Date).toISOString()).toBe("2025-06-30T00:00:00.000Z");
  });
});

describe("readWorkbook: input", () => {
  it("takes an ArrayBuffer, or a Uint8Array that views part of a larger buffer", async () => {
    const bytes = await valuesWorkbook();
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(sheetOf(await readWorkbook(arrayBuffer, "a.xlsx"), "S").rows[0]![0]).toBe(9.5);

    const padded = new Uint8Array(bytes.length + 100);
    padded.set(bytes, 50);
    const view = padded.subarray(50, 50 + bytes.length);
    expect(sheetOf(await readWorkbook(view, "b.xlsx"), "S").rows[0]![0]).toBe(9.5);
  });

  it("names the file by its base name, whatever folders it came with", async () => {
    const bytes = await valuesWorkbook();
    const fromWindows = await readWorkbook(bytes, "C:\\Users\\VanThu\\Desktop\\Phiếu chấm Sở Tư pháp.xlsx");
    expect(gridsOf(fromWindows)[0]!.file).toBe("Phiếu chấm Sở Tư pháp.xlsx");
    const fromPosix = await readWorkbook(bytes, "/home/a/phieu/hoi-luat-gia.xlsx");
    expect(gridsOf(fromPosix)[0]!.file).toBe("hoi-luat-gia.xlsx");
    const failed = failureOf(await readWorkbook(new Uint8Array(0), "D:\\nhan\\trong.xlsx"));
    expect(failed.file).toBe("trong.xlsx");
  });

  it("reads by content, not by name: an xlsx renamed .xls reads", async () => {
    const grid = sheetOf(await readWorkbook(await valuesWorkbook(), "renamed.xls"), "S");
    expect(grid.rows[0]![0]).toBe(9.5);
  });
});

describe("readWorkbook: files it cannot read", () => {
  const issue = async (bytes: Uint8Array, file = "bad.xlsx", maxBytes?: number) =>
    failureOf(await readWorkbook(bytes, file, maxBytes === undefined ? {} : { maxBytes }));

  it("0 bytes: empty", async () => {
    const i = await issue(new Uint8Array(0), "trong.xlsx");
    expect(i).toEqual({
      severity: "error",
      code: "FILE_UNREADABLE",
      file: "trong.xlsx",
      params: { reason: "empty", extension: "xlsx" },
    });
  });

  it("a workbook whose sheets hold no value: empty", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("Sheet1");
      const ws = wb.addWorksheet("Sheet2");
      ws.getCell("A1").value = ""; // an empty string is no value
      ws.getCell("B2").style = { font: { bold: true } };
      ws.mergeCells("C3:D4");
    });
    expect((await issue(bytes)).params).toEqual({ reason: "empty", extension: "xlsx" });
  });

  it("random bytes: not a spreadsheet", async () => {
    expect((await issue(randomBytes(4096), "x.xlsx")).params).toEqual({
      reason: "not-spreadsheet",
      extension: "xlsx",
    });
  });

  it("CSV text: csv, whatever the name; plain text: text", async () => {
    const csv = enc.encode("Đơn vị,Điểm\nHội Luật gia,92.5\nSở Tư pháp,88\n");
    expect((await issue(csv, "tong-hop.xlsx")).params).toEqual({ reason: "csv", extension: "xlsx" });
    const semicolons = enc.encode("\uFEFFĐơn vị;Điểm\r\nHội Luật gia;92,5\r\n");
    expect((await issue(semicolons, "tong-hop.csv")).params).toEqual({ reason: "csv", extension: "csv" });
    const tabsUtf16 = concat(new Uint8Array([0xff, 0xfe]), utf16le("Đơn vị\tĐiểm\r\nHội\t9\r\n"));
    expect((await issue(tabsUtf16, "unicode.txt")).params).toEqual({ reason: "csv", extension: "txt" });
    const lines = enc.encode("Hội Luật gia tỉnh\nHội Chữ thập đỏ tỉnh\nSở Nội vụ\n");
    expect((await issue(lines, "danh-sach.txt")).params).toEqual({ reason: "text", extension: "txt" });
  });

  it("an OLE2 file: old binary Excel (xls)", async () => {
    const xls = concat(OLE2_HEADER, new Uint8Array(2048));
    expect((await issue(xls, "Phiếu chấm.XLS")).params).toEqual({ reason: "xls", extension: "xls" });
    // Renamed to .xlsx: still told by its content.
    expect((await issue(xls, "phieu.xlsx")).params).toEqual({ reason: "xls", extension: "xlsx" });
  });

  it("an OLE2 file holding EncryptedPackage (UTF-16LE): a password-protected workbook", async () => {
    const encrypted = concat(
      OLE2_HEADER,
      new Uint8Array(1016),
      utf16le("EncryptionInfo"),
      new Uint8Array(100),
      utf16le("EncryptedPackage"),
      new Uint8Array(512),
    );
    expect((await issue(encrypted, "co-mat-khau.xlsx")).params).toEqual({
      reason: "encrypted",
      extension: "xlsx",
    });
    const onlyPackage = concat(OLE2_HEADER, new Uint8Array(600), utf16le("EncryptedPackage"), new Uint8Array(10));
    expect((await issue(onlyPackage)).params.reason).toBe("encrypted");
  });

  it("a zip that is no workbook (a .docx): not a spreadsheet", async () => {
    const docx = zipOf({ "[Content_Types].xml": '<?xml version="1.0"?><Types/>', "word/document.xml": "<w:document/>" });
    expect((await issue(docx, "bien-ban.xlsx")).params).toEqual({
      reason: "not-spreadsheet",
      extension: "xlsx",
      format: "docx",
    });

    const anyZip = zipOf({ "a.txt": "hello" }, false);
    expect((await issue(anyZip, "nen.zip")).params).toEqual({
      reason: "not-spreadsheet",
      extension: "zip",
      format: "zip",
    });
  });

  it("an ODS (mimetype first): ods", async () => {
    const ods = zipOf({
      mimetype: { data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
      "content.xml": "<office:document-content/>",
      "META-INF/manifest.xml": "<manifest/>",
    });
    expect((await issue(ods, "bang-diem.ods")).params).toEqual({ reason: "ods", extension: "ods" });
  });

  it("an xlsb (binary workbook in a zip): the .xls advice applies", async () => {
    const xlsb = zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": new Uint8Array([1, 2, 3]) }, false);
    expect((await issue(xlsb, "a.xlsb")).params).toEqual({ reason: "xls", extension: "xlsb", format: "xlsb" });
  });

  it("an HTML table saved as .xls (as some systems export): the .xls advice applies", async () => {
    const html = enc.encode('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>');
    expect((await issue(html, "xuat.xls")).params).toEqual({ reason: "xls", extension: "xls", format: "html" });
  });

  it("the first half of a real xlsx: corrupt, with the reader's reason as detail", async () => {
    const whole = await valuesWorkbook();
    const i = await issue(whole.subarray(0, Math.floor(whole.length / 2)), "cut.xlsx");
    expect(i.params.reason).toBe("corrupt");
    expect(i.params.extension).toBe("xlsx");
    expect(typeof i.params.detail).toBe("string");
  });

  it("a zip whose workbook part is damaged: corrupt, not a throw", async () => {
    const broken = zipOf(
      { "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet name=", "xl/worksheets/sheet1.xml": "\u0000\u0001 not xml" },
      false,
    );
    const result = await readWorkbook(broken, "broken.xlsx");
    expect(result.ok).toBe(false);
    expect(["corrupt", "empty"]).toContain(failureOf(result).params.reason);
  });

  it("over maxBytes: too-large, with the size and the limit in MB", async () => {
    const bytes = await valuesWorkbook();
    const i = await issue(bytes, "lon.xlsx", 1024);
    expect(i.params).toEqual({
      reason: "too-large",
      extension: "xlsx",
      sizeMB: Math.round((bytes.length / 1048576) * 10) / 10,
      maxMB: 0,
    });
    const big = new Uint8Array(3 * 1024 * 1024);
    const j = await issue(big, "lon.xlsx", 2 * 1024 * 1024);
    expect(j.params).toEqual({ reason: "too-large", extension: "xlsx", sizeMB: 3, maxMB: 2 });
  });

  it("has no extension param value when the name has none", async () => {
    expect((await issue(new Uint8Array(0), "README")).params).toEqual({ reason: "empty", extension: "" });
  });
});

describe("readWorkbook: one file's failure does not touch the next", () => {
  it("reads a good file after each kind of bad file, and reads files concurrently", async () => {
    const good = await valuesWorkbook();
    const whole = good.subarray(0, Math.floor(good.length / 2));
    const bad = [
      new Uint8Array(0),
      randomBytes(1000),
      concat(OLE2_HEADER, new Uint8Array(512)),
      whole,
      enc.encode("a,b\n1,2\n"),
    ];
    for (const b of bad) {
      expect((await readWorkbook(b, "bad.xlsx")).ok).toBe(false);
      expect(sheetOf(await readWorkbook(good, "good.xlsx"), "S").rows[0]).toEqual([
        9.5,
        "Hoàn thành kế hoạch",
        "9,5",
        " 10 ",
        true,
        false,
        0,
      ]);
    }
    const results = await Promise.all([...bad, good, ...bad, good].map((b, i) => readWorkbook(b, `f${i}.xlsx`)));
    expect(results.map((r) => r.ok)).toEqual([false, false, false, false, false, true, false, false, false, false, false, true]);
  });

  it("gives each read its own grids (no sharing between calls)", async () => {
    const good = await valuesWorkbook();
    const [a, b] = await Promise.all([readWorkbook(good, "a.xlsx"), readWorkbook(good, "b.xlsx")]);
    const ga = gridsOf(a)[0]!;
    const gb = gridsOf(b)[0]!;
    expect(ga.file).toBe("a.xlsx");
    expect(gb.file).toBe("b.xlsx");
    expect(ga.rows).not.toBe(gb.rows);
    expect(ga.rows).toEqual(gb.rows);
  });
});

describe("readWorkbook: a block-sized workbook", () => {
  it("reads 64 sheets of ~130 rows × 6 columns", async () => {
    const bytes = await xlsxBytes((wb) => {
      for (let s = 0; s < 64; s++) {
        const ws = wb.addWorksheet(`Đơn vị ${s + 1}`);
        ws.getRow(1).values = ["TT", "Nội dung", "Điểm chuẩn", "Tự chấm", "Khối chấm", "Ghi chú"];
        for (let r = 2; r <= 130; r++) {
          ws.getRow(r).values = [String(r - 1), `Tiêu chí ${r - 1}`, 10, 9.5, r % 7 === 0 ? "9,5" : 9, null];
        }
        ws.getCell("E131").value = { formula: "SUM(E2:E130)", result: 1000 };
      }
    });
    const grids = gridsOf(await readWorkbook(bytes, "lon.xlsx"));
    expect(grids).toHaveLength(64);
    for (const g of grids) {
      expect(g.rowCount).toBe(131);
      expect(g.columnCount).toBe(6);
      // Excel row 14 (index 13) is a multiple of 7: its score was typed as text.
      expect(g.rows[13]).toEqual(["13", "Tiêu chí 13", 10, 9.5, "9,5"]);
      expect(g.rows[14]).toEqual(["14", "Tiêu chí 14", 10, 9.5, 9]);
      expect(cellAt(g, 130, 4)).toBe(1000);
    }
  });
});

describe("readWorkbook: parts the domain does not read", () => {
  it("reads the values of a sheet with a table, conditional formats, validation, an image, a filter, a note, protection and print settings", async () => {
    // A 1×1 PNG.
    const png = Uint8Array.from(
      atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
      (c) => c.charCodeAt(0),
    );
    const bytes = await xlsxBytes(async (wb) => {
      const ws = wb.addWorksheet("Đủ thứ", {
        pageSetup: { orientation: "landscape", fitToPage: true, printArea: "A1:D10" },
        headerFooter: { oddHeader: "&CPhiếu chấm", oddFooter: "Trang &P" },
      });
      ws.getCell("A1").value = "Tiêu đề";
      ws.addTable({
        name: "Diem",
        ref: "A3",
        headerRow: true,
        columns: [{ name: "Đơn vị" }, { name: "Điểm" }],
        rows: [
          ["Hội Luật gia", 92.5],
          ["Sở Tư pháp", 88],
        ],
      });
      ws.addConditionalFormatting({
        ref: "B4:B5",
        rules: [{ type: "cellIs", operator: "greaterThan", formulae: [90], style: { font: { bold: true } }, priority: 1 }],
      });
      ws.getCell("D4").dataValidation = { type: "decimal", operator: "between", formulae: [0, 10], allowBlank: true };
      ws.getCell("D4").value = 5;
      ws.getCell("D4").note = "Điểm từ 0 đến 10";
      ws.autoFilter = "A3:B5";
      const imageId = wb.addImage({ buffer: Buffer.from(png) as unknown as ExcelJS.Buffer, extension: "png" });
      ws.addImage(imageId, "F2:G4");
      await ws.protect("", { selectLockedCells: true });
    });
    const grid = sheetOf(await readWorkbook(bytes, "du-thu.xlsx"), "Đủ thứ");
    expect(grid.rows).toEqual([["Tiêu đề"], [], ["Đơn vị", "Điểm"], ["Hội Luật gia", 92.5, null, 5], ["Sở Tư pháp", 88]]);
  });
});

describe("readWorkbook: without exceljs", () => {
  it("reads with exceljs unavailable: the import path no longer loads it (it stays for writing)", async () => {
    const good = await valuesWorkbook();
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        throw new Error("Loading chunk 974 failed.");
      });
      const { readWorkbook: isolatedRead } = await import("../../src/xlsx/read/read-workbook");
      expect(gridsOf(await isolatedRead(good, "a.xlsx"))[0]!.rows[0]![0]).toBe(9.5);
    });
    jest.dontMock("exceljs");
  });
});
