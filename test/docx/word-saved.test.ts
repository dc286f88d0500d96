/**
 * The .docx fill of SPEC §7 on templates Word itself saved (issue 20): real
 * files from docx-templates' and easy-template-x's tests
 * (test/fixtures/templates/word-saved/, MIT), their `+++INS x+++` and
 * `{#list}{x}{/list}` tags rewritten into our placeholders one `w:t`
 * at a time, so Word's run splits, `w:proofErr`, bookmarks and rsids between
 * the pieces stay as Word wrote them. The output is read by LibreOffice
 * (text export) and as XML.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { documentValues, type DocumentInput } from "../../src/core/documents/values";
import { fillDocxParts } from "../../src/docx/fill-docx";
import { readTemplatePackage } from "../../src/xlsx/template-package";
import { docxText, printWithLibreOffice } from "../support/libreoffice";
import { LUAT_GIA, sampleInput, sampleDocumentInput } from "../workbook/sample-result";
import { paragraphTexts, partOf } from "../fixtures/templates/docx-build";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "../fixtures/templates/word-saved");
const result = sampleInput();
const input: DocumentInput = sampleDocumentInput({ date: "2022-12-29", place: "Yên Bái", chair: "Nguyễn Thị Minh Hòa", present: [LUAT_GIA], documentNumber: "15/BB-KTĐ" });
const values = documentValues(input);
const text = (name: "ten_khoi" | "dia_diem" | "so_van_ban" | "nam") => {
  const v = values.block[name];
  return v.kind === "text" ? v.text : String(v.kind === "number" ? v.value : "");
};

/**
 * A Word file with some `w:t` texts replaced, in each part's reading order:
 * each text node equal to a rule's `from` takes that rule's `to`, the rules
 * for one `from` used in turn. Every rule must be used (the file is as expected).
 */
function rewritten(file: string, rules: Record<string, [string, string][]>): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(path.join(DIR, file))));
  for (const [name, list] of Object.entries(rules)) {
    const left = [...list];
    parts[name] = strToU8(
      strFromU8(parts[name]!).replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (whole, open: string, t: string, close: string) => {
        const at = left.findIndex(([from]) => from === t);
        if (at < 0) return whole;
        const [[, to]] = left.splice(at, 1) as [[string, string]];
        return `${open}${to}${close}`;
      }),
    );
    expect([file, name, left]).toEqual([file, name, []]);
  }
  return zipSync(parts);
}

function filled(bytes: Uint8Array, file: string) {
  const pkg = readTemplatePackage(bytes, file, { mainPart: "word/document.xml" });
  if (!pkg.ok) throw new Error(`refused: ${pkg.issue.code}`);
  const out = fillDocxParts(pkg.parts, file, values);
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.issues)}`);
  return out;
}

function libreOfficeText(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "word-saved-"));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return docxText(file, dir);
}

describe("templates saved by Word", () => {
  test("a placeholder Word split over three runs around a bookmark is filled into the first run; the bookmark, rsids and paragraph ids stay", () => {
    const template = rewritten("noQuerySimpleInserts.docx", {
      "word/document.xml": [
        ["+++INS a+++", "Khối: {{ten_khoi}}"],
        ["+++", "Năm {{"],
        ["ins", "n"],
        [" b+++", "am}}."],
      ],
    });
    const out = filled(template, "mau.docx");
    expect(out.issues).toEqual([]);
    const xml = partOf(out.bytes);
    expect(paragraphTexts(out.bytes).slice(0, 2)).toEqual([`Khối: ${text("ten_khoi")}`, `Năm ${text("nam")}.`]);
    expect(xml).toContain('<w:bookmarkStart w:id="0" w:name="_GoBack"/>');
    expect(xml).toContain('w14:paraId="05F38754"');
    expect(xml).toContain('<w:r w:rsidR="00BA565B">');
    expect(xml).not.toMatch(/\{\{|\}\}/);
    const lines = libreOfficeText(out.bytes, "mau.docx").split("\n");
    expect(lines).toEqual(expect.arrayContaining([`Khối: ${text("ten_khoi")}`, `Năm ${text("nam")}.`]));
  });

  test("placeholders split by proofErr in the body, the default header and footer (beside the even and first ones) are filled in each", async () => {
    const template = rewritten("insertInHeaderAndFooter.docx", {
      "word/document.xml": [
        ["+++", "{{"],
        ["body_command", "ten_khoi"],
        ["+++", "}}"],
      ],
      "word/header2.xml": [
        ["+++", "Tại {{"],
        ["header_command", "dia_diem"],
        ["+++", "}}"],
      ],
      "word/footer2.xml": [
        ["+++", "Số {{"],
        ["footer", "so_van"],
        ["_command", "_ban"],
        ["+++", "}}"],
      ],
    });
    const out = filled(template, "mau.docx");
    expect(out.issues).toEqual([]);
    expect(paragraphTexts(out.bytes)).toContain(text("ten_khoi"));
    expect(paragraphTexts(out.bytes, "word/header2.xml")).toContain(`Tại ${text("dia_diem")}`);
    expect(paragraphTexts(out.bytes, "word/footer2.xml")).toContain(`Số ${text("so_van_ban")}`);
    expect(text("so_van_ban")).toBe("15/BB-KTĐ");
    expect(partOf(out.bytes)).toContain('<w:proofErr w:type="spellStart"/>');
    // The section still points at its six headers and footers.
    expect(partOf(out.bytes).match(/<w:(header|footer)Reference /g)).toHaveLength(6);
    expect(libreOfficeText(out.bytes, "mau.docx")).toContain(text("ten_khoi"));
    // The text export leaves headers and footers out: the printed page shows them.
    const dir = mkdtempSync(path.join(tmpdir(), "word-saved-"));
    writeFileSync(path.join(dir, "mau.docx"), out.bytes);
    const [page] = (await printWithLibreOffice(path.join(dir, "mau.docx"), dir)).pages;
    const printed = (page?.text ?? "").replace(/\s+/g, " ");
    for (const t of [text("ten_khoi"), `Tại ${text("dia_diem")}`, `Số ${text("so_van_ban")}`]) expect(printed).toContain(t);
    expect(printed).not.toMatch(/\{\{|\+\+\+/);
  });

  test("a record of three rows joined by a number cell merged down (easy-template-x): repeated as a whole, in order, once per proposal, each copy's merge starting again", () => {
    const template = rewritten("loop-table-merged-cells.docx", {
      "word/document.xml": [
        ["{#list}", ""],
        ["{no}", "{{dong.stt}}"],
        ["Details", "Đề nghị"],
        ["Name:", "Đơn vị:"],
        ["{name}", "{{dong.ten_don_vi}}"],
        ["Surname:", "Danh hiệu:"],
        ["{surname}", "{{dong.danh_hieu}}"],
        ["{/list}", ""],
      ],
    });
    const out = filled(template, "mau.docx");
    expect(out.issues).toEqual([]);
    const proposals = result.nominations;
    expect(proposals.length).toBeGreaterThan(1);
    const dong = values.dong.map((row) => [row["dong.stt"], row["dong.ten_don_vi"], row["dong.danh_hieu"]].map((v) => (v.kind === "text" ? v.text : v.kind === "number" ? String(v.value) : "")));
    expect(dong.map((d) => d[1])).toEqual(proposals.map((n) => n.unit));
    const record = (d: string[]) => [d[0], "Đề nghị", "Đơn vị:", d[1], "Danh hiệu:", d[2]];
    expect(paragraphTexts(out.bytes).filter((t) => t !== "")).toEqual(dong.flatMap(record));
    const xml = partOf(out.bytes);
    expect(xml.match(/<w:tr /g)).toHaveLength(3 * proposals.length);
    // Each copy of the record starts its own merge and continues it over its two other rows.
    expect(xml.match(/<w:vMerge[^>]*>/g)).toEqual(proposals.flatMap(() => ['<w:vMerge w:val="restart"/>', "<w:vMerge/>", "<w:vMerge/>"]));
    expect(xml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(proposals.length);
    expect(xml).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(xml).not.toMatch(/\{\{|\}\}|\{#|\{\//);
    const lines = libreOfficeText(out.bytes, "mau.docx").split("\n").filter((l) => l.trim() !== "");
    expect(lines).toEqual(dong.flatMap(record));
  });

  test("a one-column table with Word's table style: the row holding dong.… repeats once per proposal, the rows around it stay once, with their properties", () => {
    const template = rewritten("for-row1.docx", {
      "word/document.xml": [
        ["Name", "Đơn vị"],
        ["+++FOR", "Các đơn vị"],
        [" company IN companies+++", " được đề nghị:"],
        ["+++INS $company.name+++", "{{dong.ten_don_vi}}"],
        ["+++END-FOR", "Cộng: {{so_de_"],
        [" company+++", "nghi}} đơn vị."],
      ],
    });
    const out = filled(template, "mau.docx");
    expect(out.issues).toEqual([]);
    const proposals = result.nominations.map((n) => n.unit);
    expect(proposals.length).toBeGreaterThan(1);
    expect(paragraphTexts(out.bytes).filter((t) => t !== "")).toEqual(["Đơn vị", "Các đơn vị được đề nghị:", ...proposals, `Cộng: ${proposals.length} đơn vị.`]);
    const xml = partOf(out.bytes);
    expect(xml.match(/<w:tr /g)).toHaveLength(3 + proposals.length);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(2 + proposals.length);
    expect(xml).toContain('<w:tblStyle w:val="Sombreadoclaro-nfasis3"/>');
    expect(xml).toContain("<w:tblHeader/>");
    const lines = libreOfficeText(out.bytes, "mau.docx").split("\n").filter((l) => l.trim() !== "");
    expect(lines).toEqual(["Đơn vị", "Các đơn vị được đề nghị:", ...proposals, `Cộng: ${proposals.length} đơn vị.`]);
  });
});
