import { sniff } from "../../src/xlsx/read/sniff";
import { OLE2_HEADER, concat, randomBytes, utf16le, xlsxBytes } from "./helpers";
import { zipOf } from "../support/zip";

const enc = new TextEncoder();

describe("sniff", () => {
  it("tells a real xlsx", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(sniff(bytes)).toEqual({ kind: "xlsx" });
  });

  it("leaves a zip with no readable directory to exceljs (it reports corrupt)", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(sniff(bytes.subarray(0, 200))).toEqual({ kind: "xlsx" });
  });

  it("accepts entry names written with a leading slash", async () => {
    const bytes = zipOf({ "/xl/workbook.xml": "<workbook/>" }, false);
    expect(sniff(bytes)).toEqual({ kind: "xlsx" });
  });

  it("tells OLE2 files apart: xls, encrypted, Word", () => {
    const pad = new Uint8Array(600);
    expect(sniff(concat(OLE2_HEADER, pad))).toEqual({ kind: "unreadable", reason: "xls" });
    expect(sniff(concat(OLE2_HEADER, pad, utf16le("Workbook"), pad))).toEqual({ kind: "unreadable", reason: "xls" });
    expect(sniff(concat(OLE2_HEADER, pad, utf16le("EncryptionInfo"), pad))).toEqual({
      kind: "unreadable",
      reason: "encrypted",
    });
    expect(sniff(concat(OLE2_HEADER, pad, utf16le("WordDocument"), pad))).toEqual({
      kind: "unreadable",
      reason: "not-spreadsheet",
      format: "doc",
    });
    // An .xls with an embedded Word object is still an .xls.
    expect(sniff(concat(OLE2_HEADER, pad, utf16le("Workbook"), pad, utf16le("WordDocument")))).toEqual({
      kind: "unreadable",
      reason: "xls",
    });
    // The ASCII name (not UTF-16LE) is no stream name.
    expect(sniff(concat(OLE2_HEADER, pad, enc.encode("EncryptedPackage")))).toEqual({ kind: "unreadable", reason: "xls" });
  });

  it("tells other OpenDocument files from ODS", async () => {
    const odt = zipOf({ mimetype: { data: "application/vnd.oasis.opendocument.text", stored: true }, "content.xml": "<x/>" }, false);
    expect(sniff(odt)).toEqual({ kind: "unreadable", reason: "not-spreadsheet", format: "opendocument" });
  });

  it("reads legacy 8-bit Vietnamese text (TCVN3) as text, and short files", () => {
    // "Héi LuËt gia" as TCVN3 bytes: high bytes, no NUL, no control characters.
    const tcvn3 = new Uint8Array([0x48, 0xe9, 0x69, 0x20, 0x4c, 0x75, 0xcb, 0x74, 0x20, 0x67, 0x69, 0x61, 0x0d, 0x0a]);
    expect(sniff(tcvn3)).toEqual({ kind: "unreadable", reason: "text" });
    expect(sniff(enc.encode("a"))).toEqual({ kind: "unreadable", reason: "text" });
    expect(sniff(enc.encode("1;2"))).toEqual({ kind: "unreadable", reason: "csv" });
    expect(sniff(new Uint8Array([0x50, 0x4b]))).toEqual({ kind: "unreadable", reason: "text" });
  });

  it("tells Excel's XML Spreadsheet 2003 export", () => {
    const xml = enc.encode(
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
    );
    expect(sniff(xml)).toEqual({ kind: "unreadable", reason: "xls", format: "xml2003" });
  });

  it("calls binary noise not a spreadsheet, whatever its seed", () => {
    for (const seed of [1, 2, 3, 99, 2024]) {
      expect(sniff(randomBytes(300, seed))).toEqual({ kind: "unreadable", reason: "not-spreadsheet" });
    }
  });
});
