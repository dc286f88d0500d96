/**
 * The .docx fill of SPEC §7 on templates written as officers write them and
 * as an attacker could (issue 20): rows of one cell or many, records of
 * several rows, list paragraphs, notes and text boxes, typos, other
 * templating syntaxes, hostile values and links to outside the file.
 */
import { documentValues, type DocumentInput } from "../../src/core/documents/values";
import { fillDocx, fillDocxParts } from "../../src/docx/fill-docx";
import { issueMessage } from "../../src/core/i18n/issues";
import type { Issue } from "../../src/core/model/issue";
import { readTemplatePackage } from "../../src/xlsx/template-package";
import { LUAT_GIA, sampleInput, sampleDocumentInput } from "../workbook/sample-result";
import { docx, endnotes, footnotes, header, p, paragraphTexts, partOf, r, tbl, tc, textBox, tr } from "../fixtures/templates/docx-build";

const result = sampleInput();
const input: DocumentInput = sampleDocumentInput({ date: "2022-12-29", place: "Yên Bái", chair: "Nguyễn Thị Minh Hòa", present: [LUAT_GIA] });
const values = documentValues(input);
const proposals = result.nominations.map((n) => n.unit);
const ranked = result.ranking!.units.filter((u) => u.rank !== null).map((u) => u.unit);

function fill(bytes: Uint8Array, meeting = input.meeting) {
  const pkg = readTemplatePackage(bytes, "mau.docx", { mainPart: "word/document.xml" });
  if (!pkg.ok) return { ok: false as const, issues: [pkg.issue] };
  return fillDocxParts(pkg.parts, "mau.docx", meeting === input.meeting ? values : documentValues({ ...input, meeting }));
}

function filled(bytes: Uint8Array, meeting = input.meeting): { bytes: Uint8Array; issues: readonly Issue[] } {
  const out = fill(bytes, meeting);
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.issues)}`);
  return out;
}

const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.sheet, i.cell, i.params.placeholder ?? i.params.fragment ?? ""]);

describe("rows and records repeat as SPEC §7 says", () => {
  test("a one-column list and a row whose first and last cells are empty repeat once per proposal", () => {
    expect(proposals.length).toBeGreaterThan(1);
    const out = filled(docx({ body: tbl(tr("{{dong.ten_don_vi}}")) + p("giữa") + tbl(tr("", "{{dong.ten_don_vi}} ({{dong.xep_hang}})", "")) }));
    const texts = paragraphTexts(out.bytes);
    const middle = texts.indexOf("giữa");
    expect(texts.slice(0, middle)).toEqual(proposals);
    const ranks = result.nominations.map((n) => `${n.unit} (${n.rank})`);
    expect(texts.slice(middle + 1)).toEqual(ranks.flatMap((t) => ["", t, ""]));
    expect(partOf(out.bytes).match(/<w:tr>/g)).toHaveLength(proposals.length * 2);
  });

  test("a record of two rows joined by a merged STT cell repeats as a whole, in order; the rows below stay", () => {
    const body = tbl(
      tr("STT", "Đơn vị"),
      tr(tc("{{dong.stt}}", "restart"), "{{dong.ten_don_vi}}"),
      tr(tc("", "continue"), "Điểm: {{dong.diem}}"),
      tr("Cộng", "{{so_de_nghi}}"),
    );
    const texts = paragraphTexts(filled(docx({ body })).bytes);
    const expected = proposals.flatMap((unit, i) => [String(i + 1), unit, "", expect.stringMatching(/^Điểm: \d+,\d+$/)]);
    expect(texts).toEqual(["STT", "Đơn vị", ...expected, "Cộng", String(proposals.length)]);
  });

  test("a dong.… paragraph outside any table repeats once per proposal; xh.… once per ranked unit", () => {
    const body = p("Đề nghị:") + p("- ", r("{{dong.", true), r("ten_don_vi}}", true), ";") + p("Xếp hạng: {{xh.xep_hang}}. {{xh.ten_don_vi}}") + p("Hết.");
    const texts = paragraphTexts(filled(docx({ body })).bytes);
    const rankOf = (u: string) => result.ranking!.units.find((x) => x.unit === u)!.rank;
    expect(texts).toEqual(["Đề nghị:", ...proposals.map((u) => `- ${u};`), ...ranked.map((u) => `Xếp hạng: ${rankOf(u)}. ${u}`), "Hết."]);
    expect(ranked.length).toBeGreaterThan(0);
  });

  test("with no proposal the repeated row and paragraph go", () => {
    const none = documentValues({ ...input, nominations: [] });
    const pkg = readTemplatePackage(docx({ body: p("a") + p("{{dong.ten_don_vi}}") + tbl(tr("x"), tr("{{dong.stt}}")) }), "mau.docx", { mainPart: "word/document.xml" });
    if (!pkg.ok) throw new Error("unread");
    const out = fillDocxParts(pkg.parts, "mau.docx", none);
    expect(out.ok && paragraphTexts(out.bytes)).toEqual(["a", "x"]);
  });

  test("a row mixing dong. and xh. is TEMPLATE_ROW_MIXED, filled once with the first of each", () => {
    const out = filled(docx({ body: tbl(tr("{{dong.ten_don_vi}}", "{{xh.ten_don_vi}}")) + p("{{dong.stt}} / {{xh.stt}}") }));
    expect(paragraphTexts(out.bytes)).toEqual([proposals[0], ranked[0], "1 / 1"]);
    expect(codes(out.issues).filter((c) => c[0] === "TEMPLATE_ROW_MIXED")).toEqual([
      ["TEMPLATE_ROW_MIXED", "body", "“{{dong.ten_don_vi}} {{xh.ten_don…”", ""],
      ["TEMPLATE_ROW_MIXED", "body", "“{{dong.stt}} / {{xh.stt}}”", ""],
    ]);
  });
});

describe("every part is filled, every issue has its place in words", () => {
  test("footnotes, endnotes, headers and text boxes are filled; a text box Word keeps twice is reported once", () => {
    const out = filled(
      docx({
        body: p("Kính gửi: {{noi_nhan}} {{la_1}}") + p(r("Khung"), textBox(p("Khối {{ten_khoi}} {{la_2}}"))),
        parts: {
          "word/footnotes.xml": footnotes(p("Chú thích {{ten_khoi}} {{la_3}}")),
          "word/endnotes.xml": endnotes(p("Cuối {{dia_diem}} {{la_4}}")),
          "word/header1.xml": header(p("Đầu {{so_van_ban}} {{la_5}}")),
        },
      }),
    );
    expect(paragraphTexts(out.bytes, "word/footnotes.xml")).toEqual([`Chú thích ${result.settings.blockName} {{la_3}}`]);
    expect(paragraphTexts(out.bytes, "word/endnotes.xml")).toEqual(["Cuối Yên Bái {{la_4}}"]);
    expect(paragraphTexts(out.bytes).filter((t) => t.startsWith("Khối"))).toEqual([`Khối ${result.settings.blockName} {{la_2}}`, `Khối ${result.settings.blockName} {{la_2}}`]);
    const unknown = out.issues.filter((i) => i.code === "TEMPLATE_PLACEHOLDER_UNKNOWN").map((i) => [i.sheet, i.cell, i.params.placeholder]);
    expect(unknown).toEqual([
      ["body", "“Kính gửi: {{noi_nhan}} {{la_1}}”", "{{la_1}}"],
      ["text box", "“Khối {{ten_khoi}} {{la_2}}”", "{{la_2}}"],
      ["endnotes", "“Cuối {{dia_diem}} {{la_4}}”", "{{la_4}}"],
      ["footnotes", "“Chú thích {{ten_khoi}} {{la_3}}”", "{{la_3}}"],
      ["header 1", "“Đầu {{so_van_ban}} {{la_5}}”", "{{la_5}}"],
    ]);
  });

  test("a typo in braces is TEMPLATE_SYNTAX with its part and first words; the rest is filled, the typo left visible", () => {
    const out = filled(docx({ body: p("Khối: {ten_khoi}} năm {{nam}}") + p("Nơi: {{dia_diem") + p("Ngày {{a{{ngay}}") }));
    expect(paragraphTexts(out.bytes)).toEqual(["Khối: {ten_khoi}} năm 2025", "Nơi: {{dia_diem", "Ngày {{a29/12/2022"]);
    expect(codes(out.issues).filter((c) => c[0] === "TEMPLATE_SYNTAX")).toEqual([
      ["TEMPLATE_SYNTAX", "body", "“Khối: {ten_khoi}} năm {{nam}}”", "{ten_khoi}}"],
      ["TEMPLATE_SYNTAX", "body", "“Nơi: {{dia_diem”", "{{dia_diem"],
      ["TEMPLATE_SYNTAX", "body", "“Ngày {{a{{ngay}}”", "{{a{{ngay}}"],
    ]);
    const message = issueMessage(out.issues.find((i) => i.code === "TEMPLATE_SYNTAX")!, "vi");
    expect(message).toContain("{{ten_khoi}}");
    expect(message).not.toContain("—");
  });
});

describe("a template is untrusted input", () => {
  test("docxtemplater's raw, loop and inverse tags mean nothing: left visible and reported", () => {
    const body = p("{{@chu_tri}}") + p("{{#dong}}x{{/dong}}") + p("{{^nam}}giữ{{/nam}}") + p("{{-w:p dong}}") + p("{{chu_tri}}");
    const out = filled(docx({ body }));
    expect(paragraphTexts(out.bytes)).toEqual(["{{@chu_tri}}", "{{#dong}}x{{/dong}}", "{{^nam}}giữ{{/nam}}", "{{-w:p dong}}", "Nguyễn Thị Minh Hòa"]);
    expect(out.issues.filter((i) => i.code === "TEMPLATE_PLACEHOLDER_UNKNOWN").map((i) => i.params.placeholder)).toEqual([
      "{{@chu_tri}}",
      "{{#dong}}",
      "{{/dong}}",
      "{{^nam}}",
      "{{/nam}}",
      "{{-w:p dong}}",
    ]);
  });

  test("a value holding markup, a field or characters XML cannot hold is written as text, cleaned", () => {
    const hostile = '<w:t>& </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>DDEAUTO c:\\\\x</w:instrText>\u0001\u0008\u000b\ufffe\uffff\ud800x\udc00y';
    const out = filled(docx({ body: p("Chủ trì: {{chu_tri}}") + p("Nơi: {{dia_diem}}") }), { ...input.meeting, chair: hostile, place: "A\tB" });
    const xml = partOf(out.bytes);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/<w:fldChar|<w:instrText|[\u0000-\u0008\ufffe\uffff]/);
    expect(paragraphTexts(out.bytes)).toEqual([`Chủ trì: <w:t>& </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>DDEAUTO c:\\\\x</w:instrText>xy`, "Nơi: AB"]);
    expect(xml).toContain("<w:tab/>");
  });

  test("a DOCTYPE, a macro project, a macro-enabled type, no zip, a cut zip, an .xlsx renamed: refused with their issue", async () => {
    const doctype = docx({ body: p("x") });
    const withDoctype = docx({
      body: p("x"),
      parts: { "word/footnotes.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:footnotes>' },
    });
    const macros = docx({ body: p("x"), parts: { "word/vbaProject.bin": "macro" } });
    const macroType = docx({ body: p("x"), contentTypes: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>' });
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet("x").getCell("A1").value = "{{ten_khoi}}";
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const refused = (bytes: Uint8Array) => {
      const out = fill(bytes);
      return out.ok ? "filled" : `${out.issues[0]?.code} ${out.issues[0]?.params.reason}`;
    };
    expect(refused(doctype)).toBe("filled");
    expect(refused(withDoctype)).toBe("TEMPLATE_UNSAFE doctype");
    expect(refused(macros)).toBe("TEMPLATE_UNSAFE macros");
    expect(refused(macroType)).toBe("TEMPLATE_UNSAFE macros");
    expect(refused(new TextEncoder().encode("Kính gửi {{ten_khoi}}"))).toBe("FILE_UNREADABLE not-template");
    expect(refused(doctype.subarray(0, doctype.length - 30))).toBe("FILE_UNREADABLE not-template");
    expect(refused(xlsx)).toBe("FILE_UNREADABLE not-template");
    const broken = docx({ body: "<w:p><w:r><w:t>x</w:r></w:p>" });
    expect(refused(broken)).toBe("FILE_UNREADABLE not-template");
    for (const code of ["TEMPLATE_UNSAFE", "FILE_UNREADABLE"] as const) {
      const issue = fill(code === "TEMPLATE_UNSAFE" ? macros : xlsx).issues[0]!;
      expect(issueMessage(issue, "vi")).not.toContain("—");
      expect(issueMessage(issue, "en")).not.toContain("—");
    }
  });

  test("links to outside the file are removed from the filled copy and reported once; hyperlinks stay", () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const body =
      p(r("Trước "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDE</w:instrText></w:r><w:r><w:instrText>TEXT "http://x/a.docx"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("kết quả"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
      '<w:p><w:fldSimple w:instr="INCLUDEPICTURE &quot;http://x/p.png&quot;"><w:r><w:t>ảnh</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:drawing><a:blip r:link="rId7"/></w:drawing></w:r></w:p><w:subDoc r:id="rId8"/>' +
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>trang</w:t></w:r></w:hyperlink></w:p>';
    const rels =
      `<Relationship Id="rId7" Type="${R}/image" Target="http://x/i.png" TargetMode="External"/>` +
      `<Relationship Id="rId8" Type="${R}/subDocument" Target="\\\\server\\share\\a.docx" TargetMode="External"/>` +
      `<Relationship Id="rId9" Type="${R}/hyperlink" Target="http://thiduakhenthuong.vn" TargetMode="External"/>`;
    const settings = '<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="' + R + '"><w:attachedTemplate r:id="rId1"/></w:settings>';
    const settingsRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/attachedTemplate" Target="http://x/t.dotm" TargetMode="External"/></Relationships>`;
    const out = filled(docx({ body, rels, parts: { "word/settings.xml": settings, "word/_rels/settings.xml.rels": settingsRels } }));
    const xml = partOf(out.bytes);
    expect(xml).not.toMatch(/INCLUDE|r:link|subDoc/);
    expect(xml).toContain('r:id="rId9"');
    expect(paragraphTexts(out.bytes)).toEqual(["Trước kết quả", "ảnh", "", "trang"]);
    expect(partOf(out.bytes, "word/settings.xml")).not.toContain("attachedTemplate");
    expect(partOf(out.bytes, "word/_rels/settings.xml.rels")).not.toContain("t.dotm");
    expect(partOf(out.bytes, "word/_rels/document.xml.rels")).not.toMatch(/i\.png|share/);
    const external = out.issues.filter((i) => i.code === "TEMPLATE_EXTERNAL_REMOVED");
    expect(external).toHaveLength(1);
    expect(String(external[0]!.params.what).split(", ").sort()).toEqual(["INCLUDEPICTURE", "INCLUDETEXT", "attachedTemplate", "image", "subDocument"]);
  });

  test("a loading field begun in one paragraph and ended paragraphs later loses its instruction, with plain paragraphs between; a paragraph with nothing to fill is kept byte for byte", () => {
    const plain = '<w:p w:rsidR="00AB12CD" w:rsidRDefault="00AB12CD"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Giữ  nguyên &amp; đúng</w:t></w:r></w:p>';
    const body =
      p(r("Đầu "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DDE</w:instrText></w:r>') +
      p('<w:r><w:instrText>AUTO c:\\x "y"</w:instrText></w:r>') +
      plain +
      p('<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("kết quả"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
      plain +
      p("{{ten_khoi}}");
    const out = filled(docx({ body }));
    const xml = partOf(out.bytes);
    expect(xml).not.toMatch(/DDE|AUTO/);
    expect(xml.split(plain)).toHaveLength(3);
    expect(paragraphTexts(out.bytes)).toEqual(["Đầu ", "", "Giữ  nguyên & đúng", "kết quả", "Giữ  nguyên & đúng", result.settings.blockName]);
    expect(out.issues.filter((i) => i.code === "TEMPLATE_EXTERNAL_REMOVED").map((i) => i.params.what)).toEqual(["DDEAUTO"]);
  });

  test("the built-in fill (our own template) still fills", () => {
    const out = fillDocx(docx({ body: p("{{ten_khoi}}") }), "x.docx", values);
    expect(paragraphTexts(out.bytes)).toEqual([result.settings.blockName]);
  });
});
