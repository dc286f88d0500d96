/** `thidua scoresheets` (SPEC §8): the blank scoresheet of every roster unit into a folder. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { scratchFolder, thidua } from "../support/cli";

const SAMPLE = path.join(__dirname, "../../assets/sample");
const CRITERIA = path.join(SAMPLE, "Bang tieu chi cham diem thi dua 2026.xlsx");
const ROSTER = path.join(SAMPLE, "Danh sach don vi Khoi 2026.xlsx");

describe("thidua scoresheets", () => {
  const dir = scratchFolder("thidua-scoresheets-");

  it("writes Phieu cham - <unit>.xlsx for each of the sample's 11 units, each with its 11 score sheets after the instructions", async () => {
    const out = path.join(dir, "phieu");
    const { status, out: printed, err } = await thidua("scoresheets", "--criteria", CRITERIA, "--roster", ROSTER, "--out", out, "--block", "Khối các Hội đặc thù tỉnh Yên Bái", "--year", "2026", "--deadline", "2026-12-15");
    expect(err).toBe("");
    expect(status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(11);
    expect(files).toContain("Phieu cham - Hội Luật gia tỉnh.xlsx");
    expect(printed).toMatch(/Đã tạo 11 phiếu chấm/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(out, "Phieu cham - Hội Luật gia tỉnh.xlsx")) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["Hướng dẫn", "Tự chấm"]);
    expect(names).toHaveLength(12);
    expect(names).not.toContain("Hội Luật gia tỉnh");
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    const guide = workbook.getWorksheet("Hướng dẫn") as ExcelJS.Worksheet;
    const text: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => void text.push(String(cell.value))));
    expect(text.join("\n")).toMatch(/trước ngày 15\/12\/2026/);
    const sheet = workbook.worksheets[2] as ExcelJS.Worksheet;
    expect(sheet.getCell("A4").value).toBe("Đơn vị chấm: Hội Luật gia tỉnh");
    expect(String(sheet.getCell("A5").value)).toMatch(/^Đơn vị được chấm: /);
  }, 120_000);

  it("stops with status 2 and says what is missing", async () => {
    const missing = await thidua("scoresheets", "--criteria", CRITERIA, "--out", dir);
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/--roster/);
    const absent = await thidua("scoresheets", "--criteria", path.join(dir, "khong-co.xlsx"), "--roster", ROSTER, "--out", dir, "--lang", "en");
    expect(absent.status).toBe(2);
    expect(absent.err).toMatch(/not found/);
    const notCriteria = await thidua("scoresheets", "--criteria", ROSTER, "--roster", ROSTER, "--out", dir);
    expect(notCriteria.status).toBe(2);
    expect(notCriteria.err).toMatch(/bảng tiêu chí/);
  });
});
