/**
 * `thidua rank … --meeting M.json --documents DIR [--template T]` on the
 * sample block (SPEC §7, §8): a block's .xlsx and .docx templates filled
 * exactly (read back with exceljs, LibreOffice Calc and LibreOffice Writer),
 * the template untouched, user strings as text; and the three built-in
 * documents as .xlsx and .docx.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import type { UnitJson } from "../../src/core/report/result-json";
import { blockTemplateDocx, blockTemplateXlsx, ROW, TEMPLATE_SHEET, UNKNOWN, USER_FORMULA_TEXT } from "../fixtures/templates/block-template";
import { scratchFolder, thidua } from "../support/cli";
import { docxText, readWithLibreOffice } from "../support/libreoffice";
import { meetingFromSettingsRows } from "../../src/workbook/meeting-rows";

jest.setTimeout(240_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const dir = scratchFolder("thidua-documents-");
const FILLED_SHEET = `${TEMPLATE_SHEET} (đã điền)`;

const meeting = {
  block: "Khối thi đua các Hội đặc thù",
  date: "2026-12-29",
  place: "Yên Bái",
  chair: "Bà Nguyễn Thị Minh Hòa, Chủ tịch Hội Luật gia tỉnh",
  secretary: "Ông Trần Văn Sơn",
  present: ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "-Hội giả danh công thức"],
  documentNumber: "15/BB-KTĐ",
  recipients: ["Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"],
};
/** The chair as `chu_tri` writes it: the name as signed, without the Bà typed before it. */
const SIGNED_CHAIR = "Nguyễn Thị Minh Hòa, Chủ tịch Hội Luật gia tỉnh";

/** The units present that count (SPEC §7): the formula-looking name matches no unit, so it is MEETING_PRESENT_UNKNOWN and not counted. */
const counted = meeting.present.slice(0, 2);

interface Result {
  units: UnitJson[];
  nominations: { unit: string; award: string; rank: number }[];
  issues: { code: string; file: string | null; sheet: string | null; cell: string | null; message: string }[];
}

/** The JSON's figures in the documents' forms, written out here rather than taken from the code under test. */
const comma = (n: number, decimals: number) => n.toFixed(decimals).replace(".", ",");
const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name;

describe("a block's templates on the command line", () => {
  let result: Result;
  let out: string;
  const templateXlsx = path.join(dir, "Mau bien ban.xlsx");
  const templateDocx = path.join(dir, "Mau bien ban.docx");
  let original: Buffer;

  beforeAll(async () => {
    original = await blockTemplateXlsx();
    writeFileSync(templateXlsx, original);
    writeFileSync(templateDocx, await blockTemplateDocx());
    writeFileSync(path.join(dir, "hop.json"), JSON.stringify(meeting));
    const run = await thidua("rank", SAMPLE, "--meeting", path.join(dir, "hop.json"), "--documents", path.join(dir, "out"), "--template", templateXlsx, "--template", templateDocx, "--json", path.join(dir, "r.json"), "--out", path.join(dir, "ket-qua.xlsx"));
    expect([run.status, run.err]).toEqual([0, ""]);
    out = run.out;
    result = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as Result;
  });

  const ranked = () => result.units.filter((u) => u.rank !== null);
  const average = (unit: string) => result.units.find((u) => u.unit === unit)?.average as number;

  test("the .xlsx template is filled into a new sheet, cell by cell, with its formats, merges and print setup; the template is untouched", async () => {
    expect(out).toContain(path.join(dir, "out", "Mau bien ban-da-dien.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "out", "Mau bien ban-da-dien.xlsx"));
    const ws = workbook.getWorksheet(FILLED_SHEET)!;
    expect(ws).toBeDefined();
    const v = (address: string) => ws.getCell(address).value;
    expect(v("A1")).toBe("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
    expect(v("E1")).toBe("Năm thi đua 2026");
    expect([v("A2"), v("B2"), ws.getCell("B2").numFmt, v("C2")]).toEqual(["Ngày họp: 29/12/2026", new Date(Date.UTC(2026, 11, 29)), "dd/mm/yyyy", "ngày 29 tháng 12 năm 2026"]);
    expect([v("A3"), v("B3"), v("C3"), v("D3"), v("E3")]).toEqual(["Yên Bái", "15/BB-KTĐ", "- Ban Thi đua - Khen thưởng tỉnh;\n- Lưu: VT.", "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh"]);
    // SPEC §7: chu_tri and thu_ky are the names as signed, the Bà and Ông typed with them split off.
    expect([v("A4"), v("B4"), v("C4"), v("D4"), v("E4")]).toEqual([SIGNED_CHAIR, "Thư ký: Trần Văn Sơn", result.units.length, 2, counted.join("; ")]);
    expect(result.issues.filter((i) => i.code === "MEETING_PRESENT_UNKNOWN").map((i) => [i.file, i.message.includes("“-Hội giả danh công thức”")])).toEqual([["hop.json", true]]);
    const crossSheets = result.units.reduce((sum, u) => sum + u.scorers, 0);
    expect([v("A5"), v("C5"), v("D5"), v("E5"), v("F5")]).toEqual([crossSheets, "Thông qua khi đạt trên 50% tổng số phiếu", result.nominations.length, `Giám đốc: ${UNKNOWN}`, USER_FORMULA_TEXT]);
    expect(String(v("B5"))).toMatch(/^trung bình cộng điểm chấm chéo/);

    const n = result.nominations.length;
    result.nominations.forEach((nomination, i) => {
      const r = ROW.proposal + i;
      expect([v(`A${r}`), v(`B${r}`), v(`C${r}`), v(`D${r}`), v(`E${r}`)]).toEqual([i + 1, nomination.unit, average(nomination.unit), nomination.rank, awardName(nomination.award)]);
      expect(ws.getCell(`C${r}`).numFmt).toBe("0.00");
      // No vote yet: the vote's cells are blank.
      expect([v(`F${r}`), v(`G${r}`), v(`H${r}`), v(`I${r}`)]).toEqual([null, null, null, null]);
      expect(ws.getRow(r).height).toBe(30);
      expect(ws.getCell(`B${r}`).font).toMatchObject({ name: "Times New Roman", italic: true });
      expect(ws.getCell(`E${r}`).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
      expect(ws.getCell(`E${r}`).border?.top?.style).toBe("thin");
    });
    const total = ROW.proposal + n;
    expect(v(`A${total}`)).toBe(`Tổng cộng: ${n} đơn vị được đề nghị.`);
    ranked().forEach((unit, i) => {
      const r = total + 1 + i;
      expect([v(`A${r}`), v(`B${r}`), v(`C${r}`), v(`D${r}`), v(`E${r}`)]).toEqual([i + 1, unit.unit, unit.average, unit.rank, `Tự chấm ${unit.selfScore === null ? "" : comma(unit.selfScore, 2)}`]);
    });
    const signature = total + 1 + ranked().length;
    expect(v(`A${signature}`)).toBe("Người lập biểu: Trần Văn Sơn");
    expect(ws.getCell(`E${signature}`).value).toMatchObject({ formula: "1+1" });

    const merges = [...(ws.model.merges as string[])].sort();
    const expected = ["A1:C1", "A6:J6", "I7:J7", ...result.nominations.map((_, i) => `I${ROW.proposal + i}:J${ROW.proposal + i}`), `A${total}:D${total}`, `A${signature}:C${signature}`].sort();
    expect(merges).toEqual(expected);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, printArea: `A1:J${signature}` });
    expect(ws.getColumn(2).width).toBe(36);

    // The template sheet, and the user's other sheet, as they were.
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(original as unknown as ArrayBuffer);
    for (const name of [TEMPLATE_SHEET, "Ghi chú"]) {
      const was = before.getWorksheet(name)!;
      const now = workbook.getWorksheet(name)!;
      const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map((c) => JSON.stringify(c ?? null)) : row));
      expect(values(now)).toEqual(values(was));
      expect(now.model.merges).toEqual(was.model.merges);
    }

    // The fill's issues, where they are: the unknown placeholder at its cell, each missing vote value once.
    const fillIssues = result.issues.filter((i) => i.code.startsWith("TEMPLATE_") && i.file === "Mau bien ban.xlsx");
    expect(fillIssues.map((i) => [i.code, i.sheet, i.cell, /\{\{[^}]*\}\}/.exec(i.message)?.[0]])).toEqual([
      ["TEMPLATE_PLACEHOLDER_UNKNOWN", TEMPLATE_SHEET, "E5", UNKNOWN],
      ["TEMPLATE_VALUE_MISSING", TEMPLATE_SHEET, "F8", "{{dong.so_phieu}}"],
      ["TEMPLATE_VALUE_MISSING", TEMPLATE_SHEET, "G8", "{{dong.tong_phieu}}"],
      ["TEMPLATE_VALUE_MISSING", TEMPLATE_SHEET, "H8", "{{dong.ty_le}}"],
      ["TEMPLATE_VALUE_MISSING", TEMPLATE_SHEET, "I8", "{{dong.ket_qua}}"],
    ]);
  });

  test("--out keeps the meeting's details in Cài đặt, readable back from its rows", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "ket-qua.xlsx"));
    const rows = Array.from(workbook.getWorksheet("Cài đặt")!.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(meetingFromSettingsRows(rows)).toEqual(meeting);
  });

  test("LibreOffice reads the same filled sheet", async () => {
    const lo = await readWithLibreOffice(path.join(dir, "out", "Mau bien ban-da-dien.xlsx"), path.join(dir, "lo"));
    const rows = lo.csv.get(FILLED_SHEET.normalize("NFC"))!;
    expect(rows).toBeDefined();
    const at = (r: number, c: number) => rows[r - 1]?.[c - 1] ?? "";
    expect([at(1, 1), at(2, 1), at(3, 2), at(4, 5)]).toEqual(["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", "Ngày họp: 29/12/2026", "15/BB-KTĐ", counted.join("; ")]);
    expect(at(5, 6)).toBe(USER_FORMULA_TEXT);
    result.nominations.forEach((nomination, i) => {
      const r = ROW.proposal + i;
      expect([at(r, 1), at(r, 2), at(r, 4), at(r, 5)]).toEqual([String(i + 1), nomination.unit, String(nomination.rank), awardName(nomination.award)]);
      // LibreOffice's CSV gives 15 significant digits.
      expect(Number(at(r, 3))).toBeCloseTo(average(nomination.unit), 10);
    });
    const first = ROW.proposal + result.nominations.length + 1;
    ranked().forEach((unit, i) => {
      expect(at(first + i, 2)).toBe(unit.unit);
      expect(Number(at(first + i, 3))).toBeCloseTo(unit.average as number, 10);
    });
  });

  test("the .docx template is filled: split runs, the repeating rows, header and footer (read back by LibreOffice Writer)", () => {
    const text = docxText(path.join(dir, "out", "Mau bien ban-da-dien.docx"), path.join(dir, "txt"));
    expect(text).toContain("Khối: Khối thi đua các Hội đặc thù, năm 2026");
    expect(text).toContain("Họp ngày 29 tháng 12 năm 2026 tại Yên Bái; văn bản số 15/BB-KTĐ.");
    expect(text).toContain(`Chủ trì: ${SIGNED_CHAIR}; thư ký: Trần Văn Sơn; trưởng khối: Hội Luật gia tỉnh; phó: Hội Nhà báo tỉnh.`);
    expect(text).toContain(`Có mặt 2/${result.units.length}: ${counted.join("; ")}.`);
    expect(text).toContain("ngưỡng: trên 50% tổng số phiếu; ngày 29/12/2026.");
    expect(text).toContain(`Đề nghị ${result.nominations.length} đơn vị. Giám đốc: ${UNKNOWN}`);
    const lines = text.split("\n").map((l) => l.trim());
    // Each proposal's row, cell after cell (LibreOffice writes a table cell a line).
    result.nominations.forEach((nomination, i) => {
      const at = lines.indexOf(nomination.unit);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at - 1, at + 4)).toEqual([String(i + 1), nomination.unit, comma(average(nomination.unit), 2), String(nomination.rank), awardName(nomination.award)]);
    });
    for (const unit of ranked()) expect(lines).toContain(unit.unit);
    expect(text).toContain("- Ban Thi đua - Khen thưởng tỉnh;\n- Lưu: VT.");
    expect(text).not.toMatch(/\{\{(?!ten_giam_doc)/);
    // The text export leaves headers and footers out; the printed page has them.
    const printed = pdfText(path.join(dir, "out", "Mau bien ban-da-dien.docx"), path.join(dir, "pdf"));
    expect(printed).toContain("Khối thi đua các Hội đặc thù — 15/BB-KTĐ");
    expect(printed).toContain("Nơi họp: Yên Bái");
  });
});

/** The text of a document as LibreOffice prints it (to PDF, read by pdftotext). */
export function pdfText(file: string, outDir: string): string {
  execFileSync("soffice", [`-env:UserInstallation=file://${outDir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file], { stdio: "ignore" });
  return execFileSync("pdftotext", ["-layout", path.join(outDir, `${path.parse(file).name}.pdf`), "-"], { encoding: "utf8" });
}
