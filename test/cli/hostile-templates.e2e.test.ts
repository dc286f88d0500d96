/**
 * Issue 20 on the command line: templates an officer writes in LibreOffice
 * (authored here as HTML, converted by LibreOffice Writer and Calc headless),
 * and hostile ones built at test time, all given to one `rank --documents`
 * run. A bad template costs itself only: exit 0, no stack trace, the JSON
 * and the other documents written, each refusal an issue with its file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { partText, unzipOf } from "../support/zip";
import { scratchFolder, thidua } from "../support/cli";
import { withBombPart } from "../support/bombs";
import { docxText, requireLibreOffice } from "../support/libreoffice";
import { docx, p } from "../fixtures/templates/docx-build";

jest.setTimeout(300_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const dir = scratchFolder("thidua-hostile-templates-");

/** An HTML page converted by LibreOffice (Writer or Calc, as an officer's file would be saved). */
function authored(name: string, html: string, filter: "HTML (StarWriter)" | "HTML (StarCalc)", to: string): string {
  const source = path.join(dir, "src", `${name}.html`);
  mkdirSync(path.dirname(source), { recursive: true });
  writeFileSync(source, `<html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", `--infilter=${filter}`, "--convert-to", to, "--outdir", dir, source], { stdio: "ignore" });
  return path.join(dir, `${name}.${to.split(":")[0]}`);
}

const LONG = ["Danh sách đề nghị khen thưởng A1", "Danh sách đề nghị khen thưởng B2"];

/** Two template sheets whose 31-character names share their first 21, a user's sheet already named as a fill, a name computed from the web. */
async function twoLongSheets(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const name of [...LONG, "Biên bản"]) book.addWorksheet(name).getCell("A1").value = `${name}: {{ten_khoi}}`;
  book.addWorksheet("Biên bản (đã điền)").getCell("A1").value = "của người dùng";
  book.getWorksheet("Biên bản")!.getCell("B1").value = { formula: 'CONCATENATE("{{","ten_khoi}}")', result: "{{ten_khoi}}" };
  const zip = unzipOf(new Uint8Array(await book.xlsx.writeBuffer()));
  const xml = partText(zip, "xl/workbook.xml");
  zip.set("xl/workbook.xml", strToU8(xml.replace("</sheets>", '</sheets><definedNames><definedName name="tygia">WEBSERVICE("http://x.example/rate")</definedName></definedNames>')));
  return Buffer.from(zipSync(Object.fromEntries(zip)));
}

interface Result {
  units: { unit: string; rank: number | null }[];
  nominations: { unit: string; award: string; rank: number }[];
  issues: { code: string; severity: string; file: string | null; sheet: string | null; cell: string | null; message: string }[];
}

describe("templates as officers write them and as an attacker could, in one run", () => {
  let result: Result;
  let out: string;
  let run: { status: number; out: string; err: string };

  beforeAll(async () => {
    requireLibreOffice();
    const officerDocx = authored(
      "bien-ban",
      "<p>KHỐI THI ĐUA {{ten_khoi | in hoa}}</p><p>Kính gửi: {{noi_nhan}}</p>" +
        "<table border='1'><tr><td>STT</td><td>Tên đơn vị</td><td>Ghi chú</td></tr><tr><td></td><td>{{dong.ten_don_vi}}</td><td></td></tr></table>" +
        "<p>Xếp hạng:</p><table border='1'><tr><td>{{xh.ten_don_vi}}: {{xh.xep_hang}}</td></tr></table>" +
        "<p>- {{dong.ten_don_vi}}: {{dong.danh_hieu}}</p><p>Chủ trì: {{chu_tri}} {ten_khoi}}</p>",
      "HTML (StarWriter)",
      "docx:MS Word 2007 XML",
    );
    const officerXlsx = authored(
      "danh-sach",
      "<table><tr><td>{{ten_khoi}}</td><td>Năm {{nam</td></tr><tr><td>STT</td><td>Đơn vị</td></tr><tr><td>{{dong.stt}}</td><td>{{dong.ten_don_vi}}</td></tr><tr><td>Cộng</td><td>{{so_de_nghi}}</td></tr></table>",
      "HTML (StarCalc)",
      "xlsx:Calc MS Excel 2007 XML",
    );
    const good = readFileSync(officerDocx);
    const hostile: Record<string, Uint8Array> = {
      "khong-phai-zip.docx": new TextEncoder().encode("Kính gửi {{ten_khoi}}"),
      "cat-ngan.docx": good.subarray(0, good.length - 100),
      "doi-ten.docx": readFileSync(officerXlsx),
      "doctype.docx": docx({ body: p("x"), parts: { "word/footnotes.xml": '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]><f>&x;</f>' } }),
      "macro.docx": docx({ body: p("{{ten_khoi}}"), parts: { "word/vbaProject.bin": "VBA" } }),
      "bom.docx": await withBombPart(good, "word/media/bom.bin"),
      "bom.xlsx": await withBombPart(readFileSync(officerXlsx), "xl/media/bom.bin"),
    };
    for (const [name, bytes] of Object.entries(hostile)) writeFileSync(path.join(dir, name), bytes);
    writeFileSync(path.join(dir, "hai-trang.xlsx"), await twoLongSheets());
    mkdirSync(path.join(dir, "khac"), { recursive: true });
    writeFileSync(path.join(dir, "khac", "bien-ban.docx"), docx({ body: p("Bản khác: {{ten_khoi}}") }));
    out = path.join(dir, "out");
    const templates = [officerDocx, officerXlsx, path.join(dir, "hai-trang.xlsx"), ...Object.keys(hostile).map((n) => path.join(dir, n)), path.join(dir, "khac", "bien-ban.docx")];
    run = await thidua("rank", SAMPLE, "--documents", out, ...templates.flatMap((t) => ["--template", t]), "--json", path.join(dir, "r.json"));
    result = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as Result;
  });

  test("the run is not lost: exit 0, nothing on stderr, the ranking in the JSON, the good templates filled", () => {
    expect([run.status, run.err]).toEqual([0, ""]);
    expect(result.units.filter((u) => u.rank !== null).length).toBeGreaterThan(0);
    expect(["bien-ban-da-dien.docx", "bien-ban-da-dien-2.docx", "danh-sach-da-dien.xlsx"].map((f) => existsSync(path.join(out, f)))).toEqual([true, true, true]);
    for (const name of ["khong-phai-zip", "cat-ngan", "doi-ten", "doctype", "macro", "bom"]) expect(existsSync(path.join(out, `${name}-da-dien.docx`))).toBe(false);
    expect(existsSync(path.join(out, "bom-da-dien.xlsx"))).toBe(false);
  });

  test("each refused template has its issue, naming its file, in the JSON and the printed report", () => {
    const byFile = (file: string) => result.issues.filter((i) => i.file === file).map((i) => i.code);
    expect(byFile("khong-phai-zip.docx")).toEqual(["FILE_UNREADABLE"]);
    expect(byFile("cat-ngan.docx")).toEqual(["FILE_UNREADABLE"]);
    expect(byFile("doi-ten.docx")).toEqual(["FILE_UNREADABLE"]);
    expect(byFile("doctype.docx")).toEqual(["TEMPLATE_UNSAFE"]);
    expect(byFile("macro.docx")).toEqual(["TEMPLATE_UNSAFE"]);
    expect(byFile("bom.docx")).toEqual(["FILE_UNREADABLE"]);
    expect(byFile("bom.xlsx")).toEqual(["FILE_UNREADABLE"]);
    expect(result.issues.find((i) => i.file === "bom.docx")?.message).toContain("word/media/bom.bin");
    expect(run.out).not.toMatch(/at .*\.ts:\d+|Multi error|unexpected failure/);
  });

  test("the typo of the .docx and of the .xlsx: TEMPLATE_SYNTAX with its place in words, the rest filled", () => {
    const syntax = result.issues.filter((i) => i.code === "TEMPLATE_SYNTAX").map((i) => [i.file, i.sheet, i.cell]);
    expect(syntax).toEqual(expect.arrayContaining([["bien-ban.docx", "body", expect.stringMatching(/^“Chủ trì: \{\{chu_tri\}\} \{ten_khoi\}\}/)]]));
    expect(syntax).toEqual(expect.arrayContaining([["danh-sach.xlsx", expect.any(String), "B1"]]));
    expect(run.out).toContain("body “Chủ trì:");
  });

  test("the LibreOffice Writer template: the row with empty STT and Ghi chú cells, the one-cell list and the list paragraph repeat", () => {
    const lines = docxText(path.join(out, "bien-ban-da-dien.docx"), path.join(dir, "txt"))
      .split("\n")
      .map((l) => l.trim());
    for (const n of result.nominations) expect(lines.filter((l) => l === n.unit)).toHaveLength(1);
    for (const n of result.nominations) expect(lines.filter((l) => l.startsWith(`- ${n.unit}: `))).toHaveLength(1);
    for (const u of result.units.filter((x) => x.rank !== null)) expect(lines).toContain(`${u.unit}: ${u.rank}`);
    expect(lines.join("\n")).not.toMatch(/\{\{(dong|xh)\./);
  });

  test("the LibreOffice Calc template: the proposal row repeats, the typo stays visible", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, "danh-sach-da-dien.xlsx"));
    const filled = book.worksheets.find((w) => w.name.endsWith("(đã điền)"))!;
    const rows = result.nominations.map((n, i) => [i + 1, n.unit]);
    expect(rows.map((_, i) => [filled.getCell(3 + i, 1).value, filled.getCell(3 + i, 2).value])).toEqual(rows);
    expect(filled.getCell(1, 2).value).toBe("Năm {{nam");
  });

  test("fills never replace each other nor a user's sheet: a number is added; the web name is removed and reported", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, "hai-trang-da-dien.xlsx"));
    const names = book.worksheets.map((w) => w.name);
    const [first, second] = ["Danh sách đề nghị khe (đã điền)", "Danh sách đề nghị k (đã điền 2)"];
    expect(names.filter((n) => n.includes("(đã điền")).sort()).toEqual(["Biên bản (đã điền 2)", "Biên bản (đã điền)", first, second].sort());
    expect(book.getWorksheet("Biên bản (đã điền)")!.getCell("A1").value).toBe("của người dùng");
    expect(book.getWorksheet(first)!.getCell("A1").value).toMatch(/^Danh sách đề nghị khen thưởng A1: /);
    expect(book.getWorksheet(second)!.getCell("A1").value).toMatch(/^Danh sách đề nghị khen thưởng B2: /);
    expect(book.getWorksheet("Biên bản (đã điền 2)")!.getCell("A1").value).toMatch(/^Biên bản: /);
    // A formula whose cached value shows a placeholder keeps its formula.
    expect(book.getWorksheet("Biên bản (đã điền 2)")!.getCell("B1").value).toMatchObject({ formula: 'CONCATENATE("{{","ten_khoi}}")' });
    const zip = unzipOf(readFileSync(path.join(out, "hai-trang-da-dien.xlsx")));
    expect(partText(zip, "xl/workbook.xml")).not.toContain("WEBSERVICE");
    expect(result.issues.filter((i) => i.file === "hai-trang.xlsx" && i.code === "TEMPLATE_EXTERNAL_REMOVED")).toHaveLength(1);
  });
});
