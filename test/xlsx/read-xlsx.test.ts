/**
 * Our own reader on XML that writers other than exceljs produce, or that a
 * hostile file holds: prefixes, inline strings, entities, CDATA, a DTD, deep
 * nesting, extensions that reuse cell names. Each workbook is written part by
 * part, so the test says exactly what the reader sees.
 */
import { zipOf, type ZipPart } from "../support/zip";
import { cellAt } from "../../src/core/model/grid";
import { issueMessage } from "../../src/core/i18n/issues";
import { zlibInflate } from "../../src/cli/zlib-inflate";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { failureOf, gridsOf } from "./helpers";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

interface Parts {
  readonly sheets: readonly { name: string; xml: string; state?: string; part?: string }[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
}

async function workbook(parts: Parts): Promise<Uint8Array> {
  const zip: Record<string, ZipPart> = { "[Content_Types].xml": "<Types/>" };
  const sheets = parts.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  zip["xl/workbook.xml"] = `<workbook ${MAIN} ${REL}>${parts.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`;
  const rels = parts.sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Target="${s.part ?? `worksheets/sheet${i + 1}.xml`}"/>`)
    .join("");
  zip["xl/_rels/workbook.xml.rels"] = `<Relationships>${rels}</Relationships>`;
  parts.sheets.forEach((s, i) => (zip[`xl/${s.part ?? `worksheets/sheet${i + 1}.xml`}`] = s.xml));
  if (parts.sharedStrings) zip["xl/sharedStrings.xml"] = parts.sharedStrings;
  if (parts.styles) zip["xl/styles.xml"] = parts.styles;
  return zipOf(zip);
}

const sheet = (data: string, after = "") => `<worksheet ${MAIN}><sheetData>${data}</sheetData>${after}</worksheet>`;

describe("our reader: what other writers write", () => {
  it("reads prefixed elements (x:c) as Excel and some generators write them", async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Đơn vị</x:t></x:is></x:c><x:c r="B1"><x:v>9.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }] }), "p.xlsx"));
    expect(grid?.rows).toEqual([["Đơn vị", 9.5]]);
  });

  it("decodes entities and character references, keeps CDATA as written, and a `>` inside an attribute", async () => {
    const xml = sheet(
      `<row r="1" x:note="a>b" xmlns:x="urn:x"><c r="A1" t="str"><v>Tom &amp; Jerry &#7871; &#x1EBF; &lt;b&gt;</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[<&>]]></t></is></c></row>`,
    );
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }] }), "e.xlsx"));
    expect(grid?.rows[0]).toEqual(["Tom & Jerry ế ế <b>", "<&>"]);
  });

  it("shared strings: rich runs joined, phonetic runs left out, _xHHHH_ escapes decoded", async () => {
    const sharedStrings = `<sst ${MAIN}><si><t>Một</t></si><si><r><t>Hai </t></r><r><rPr><b/></rPr><t>ba</t></r><rPh><t>ignored</t></rPh></si><si><t>A_x000D_B</t></si></sst>`;
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>');
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }], sharedStrings }), "s.xlsx"));
    expect(grid?.rows[0]).toEqual(["Một", "Hai ba", "A\rB"]);
  });

  it("a number in a date-formatted cell is a Date (custom and built-in formats, 1904 system too); General is not", async () => {
    const styles = `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="2"/></cellXfs></styleSheet>`;
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>45646</v></c><c r="B1" s="2"><v>45646.5</v></c><c r="C1" s="3"><v>45646</v></c><c r="D1"><v>45646</v></c></row>');
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }], styles }), "d.xlsx"));
    expect((cellAt(grid!, 0, 0) as Date).toISOString()).toBe("2024-12-20T00:00:00.000Z");
    expect((cellAt(grid!, 0, 1) as Date).toISOString()).toBe("2024-12-20T12:00:00.000Z");
    expect(grid?.rows[0]?.slice(2)).toEqual([45646, 45646]);
    const [in1904] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }], styles, workbookPr: '<workbookPr date1904="1"/>' }), "d.xlsx"));
    expect((cellAt(in1904!, 0, 0) as Date).toISOString()).toBe("2028-12-21T00:00:00.000Z");
  });

  it("a CR LF or a lone CR in the XML's text is one line feed (XML 1.0 §2.11); a CR escaped as &#13; or _x000D_ is the text's own", async () => {
    const sharedStrings = `<sst ${MAIN}><si><t>Tiêu chí\r\n1</t></si><si><r><t xml:space="preserve">Điểm\r</t></r><r><t>thưởng</t></r></si><si><t>A_x000D_\r\nB&#13;C</t></si></sst>`;
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t><![CDATA[x\r\ny]]></t></is></c></row>');
    for (const inflate of [undefined, zlibInflate]) {
      const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }], sharedStrings }), "n.xlsx", { inflate }));
      expect(grid?.rows[0]).toEqual(["Tiêu chí\n1", "Điểm\nthưởng", "A\r\nB\rC", "x\ny"]);
    }
  });

  it("a 1904 workbook stays one when Excel's own x14:workbookPr (no date1904) follows in the extLst", async () => {
    const styles = `<styleSheet ${MAIN}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>41051</v></c></row>');
    const workbookPr = '<workbookPr date1904="1"/><extLst><ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}" xmlns:x14="urn:x14"><x14:workbookPr defaultImageDpi="32767"/></ext></extLst>';
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }], styles, workbookPr }), "m.xlsx"));
    expect((cellAt(grid!, 0, 0) as Date).toISOString()).toBe("2016-05-23T00:00:00.000Z");
  });

  it("an extension's xm:f and a data validation's formula are no cells; a chart sheet is left out", async () => {
    const ext = `<extLst><ext uri="{x}"><x14:dataValidations xmlns:x14="urn:x14" xmlns:xm="urn:xm"><x14:dataValidation><x14:formula1><xm:f>Sheet2!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<dataValidations><dataValidation><formula1>1</formula1></dataValidation></dataValidations>${ext}`);
    const bytes = await workbook({
      sheets: [
        { name: "S", xml },
        { name: "Biểu đồ", xml: "<chartsheet/>", part: "chartsheets/sheet1.xml" },
      ],
    });
    const grids = gridsOf(await readWorkbook(bytes, "x.xlsx", { limits: { cells: 1 } }));
    expect(grids.map((g) => [g.sheet, g.rows])).toEqual([["S", [[1]]]]);
  });

  it("a cell without its address follows the one before, as Excel allows", async () => {
    const xml = sheet('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row>');
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }] }), "n.xlsx"));
    expect(grid?.rows).toEqual([[], [null, 1, 2], [3]]);
  });

  it("node's zlib and fflate inflate the same grids", async () => {
    const sharedStrings = `<sst ${MAIN}>${Array.from({ length: 500 }, (_, i) => `<si><t>Tiêu chí ${i}</t></si>`).join("")}</sst>`;
    const rows = Array.from({ length: 500 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r}</v></c><c r="B${r + 1}"><v>${r / 4}</v></c></row>`).join("");
    const bytes = await workbook({ sheets: [{ name: "S", xml: sheet(rows) }], sharedStrings });
    const viaZlib = gridsOf(await readWorkbook(bytes, "z.xlsx", { inflate: zlibInflate }));
    expect(gridsOf(await readWorkbook(bytes, "z.xlsx"))).toEqual(viaZlib);
    expect(viaZlib[0]?.rows[499]).toEqual(["Tiêu chí 499", 124.75]);
  });
});

describe("our reader: hostile XML", () => {
  it("a DTD (where an entity bomb lives) is refused as a damaged file, with no expansion", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="str"><v>&lol2;</v></c></row></sheetData></worksheet>`;
    const issue = failureOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml: laughs }] }), "lol.xlsx"));
    expect(issue.params).toMatchObject({ reason: "corrupt" });
    expect(String(issue.params.detail)).toContain("DOCTYPE");
    expect(issueMessage(issue, "vi")).toContain("bị hỏng");
  });

  it("100,000 levels of nesting cost nothing (no stack), and the cells inside sheetData still read", async () => {
    const deep = `${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}`;
    const xml = sheet(`<row r="1"><c r="A1"><v>7</v></c></row>`, deep);
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }] }), "deep.xlsx"));
    expect(grid?.rows).toEqual([[7]]);
  });

  it("a tag cut off at the end of a part: corrupt, naming what is wrong", async () => {
    const issue = failureOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"` }] }), "cut.xlsx"));
    expect(issue.params).toMatchObject({ reason: "corrupt", detail: "an unfinished tag" });
  });

  it("an unknown entity stays as written rather than failing the file", async () => {
    const xml = sheet('<row r="1"><c r="A1" t="str"><v>&nbsp;x</v></c></row>');
    const [grid] = gridsOf(await readWorkbook(await workbook({ sheets: [{ name: "S", xml }] }), "nbsp.xlsx"));
    expect(grid?.rows).toEqual([["&nbsp;x"]]);
  });
});
