/**
 * The result workbook on paper (SPEC §6, issue 21): every sheet we write
 * carries its print setup (A4, margins, one page wide, the header row
 * repeated, a print title naming the block and the year), and LibreOffice
 * prints *Tổng hợp* (landscape, a column per scorer) and *Đề nghị* of the
 * sample block each on one A4 page, and the ballot, naming its block and
 * year, on one portrait page.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { scratchFolder, thidua } from "../support/cli";
import { requireLibreOffice } from "../support/libreoffice";
import { SAMPLE_MEETING } from "../fixtures/templates/sample-meeting";

jest.setTimeout(240_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const dir = scratchFolder("thidua-result-print-");
const RESULT = path.join(dir, "ket-qua.xlsx");
const BLOCK_YEAR = "Khối thi đua: Khối thi đua các Hội đặc thù — năm 2026";

/** The workbook's parts as text, by name. */
function parts(file: string): (name: string) => string {
  return (name) => execFileSync("unzip", ["-p", file, name], { encoding: "utf8" });
}

/** A copy of the result workbook holding only `sheet`, as LibreOffice prints it. */
async function printSheet(sheet: string, name: string): Promise<{ pages: number; width: number; height: number; text: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(RESULT);
  for (const ws of [...workbook.worksheets]) if (ws.name !== sheet) workbook.removeWorksheet(ws.id);
  expect(workbook.worksheets.map((w) => w.name)).toEqual([sheet]);
  const file = path.join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), file], { stdio: "ignore" });
  const pdf = path.join(dir, "pdf", `${name}.pdf`);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Math.round(Number(size?.[1])),
    height: Math.round(Number(size?.[2])),
    text: execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " "),
  };
}

describe("the result workbook prints", () => {
  beforeAll(async () => {
    requireLibreOffice();
    mkdirSync(path.join(dir, "pdf"), { recursive: true });
    writeFileSync(path.join(dir, "hop.json"), JSON.stringify(SAMPLE_MEETING));
    const run = await thidua("rank", SAMPLE, "--meeting", path.join(dir, "hop.json"), "--out", RESULT);
    expect([run.status, run.err]).toEqual([0, ""]);
  });

  test("every sheet: A4, one page wide, a print title naming the block and the year, the table's header repeated", () => {
    const part = parts(RESULT);
    const workbookXml = part("xl/workbook.xml");
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] as string);
    expect(sheets.length).toBeGreaterThanOrEqual(9);
    sheets.forEach((name, i) => {
      const xml = part(`xl/worksheets/sheet${i + 1}.xml`);
      expect([name, /<pageSetup [^>]*paperSize="9"/.test(xml), /fitToWidth="1"/.test(xml), /<pageSetUpPr fitToPage="1"\/>/.test(xml)]).toEqual([name, true, true, true]);
      // The ballot names them in its head (its printed text, below); the sheets in their print title.
      if (name !== "Phiếu bầu") expect([name, xml.includes(`<oddHeader>`) && xml.includes(BLOCK_YEAR)]).toEqual([name, true]);
    });
    // The result sheets repeat their table's header row on every page.
    const titles = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]+)</g)].map((m) => Number(m[1]));
    expect(titles).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6, 7]));
  });

  test("Tổng hợp: one A4 page, landscape, every scorer's column and the print title", async () => {
    const page = await printSheet("Tổng hợp", "tong-hop");
    expect([page.pages, page.width, page.height]).toEqual([1, 842, 595]);
    expect(page.text).toContain(`Tổng hợp — ${BLOCK_YEAR}`);
    for (const scorer of ["Hội Chữ thập đỏ tỉnh", "Liên minh Hợp tác xã tỉnh", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"]) expect(page.text).toContain(scorer);
  });

  test("Đề nghị: one A4 page, each proposal with the better-ranked units it passed over and why", async () => {
    const page = await printSheet("Đề nghị", "de-nghi");
    expect([page.pages, page.width, page.height]).toEqual([1, 842, 595]);
    expect(page.text).toContain(`Đề nghị — ${BLOCK_YEAR}`);
    expect(page.text).toContain("Hội Nạn nhân chất độc da cam/dioxin tỉnh (hạng 1): không đăng ký thi đua");
  });

  test("the ballot: one portrait A4 page, its head naming the block and the year", async () => {
    const page = await printSheet("Phiếu bầu", "phieu-bau");
    expect([page.pages, page.width, page.height]).toEqual([1, 595, 842]);
    expect(page.text).toContain("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
    expect(page.text).toContain("Đề nghị khen thưởng thi đua năm 2026");
  });
});
