/**
 * A blank scoresheet as LibreOffice opens and prints it (SPEC §7.1): every
 * sheet on A4 portrait, one page wide (the total row prints its label, the
 * max and the score column on one line), every sheet starting on a page of
 * its own; and in the sheet XML the
 * validation of the score cells and the protection of every sheet.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { partText, unzipOf } from "../support/zip";
import { importBlock, type WorkbookInput } from "../../src/core/import/import-block";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeBlankScoresheets, type BlankScoresheet } from "../../src/xlsx/blank-scoresheets";
import { printWithLibreOffice } from "../support/libreoffice";

const SAMPLE = path.join(__dirname, "../../assets/sample");
const CRITERIA = "Bang tieu chi cham diem thi dua 2026.xlsx";
const ROSTER = "Danh sach don vi Khoi 2026.xlsx";

async function input(file: string): Promise<WorkbookInput> {
  const read = await readWorkbook(readFileSync(path.join(SAMPLE, file)), file);
  if (!read.ok) throw new Error(file);
  return { file, grids: read.grids };
}

describe("a generated blank scoresheet in LibreOffice and in its XML", () => {
  let dir: string;
  let blank: BlankScoresheet;
  let units: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "thidua-forms-"));
    const outcome = importBlock({ workbooks: [await input(CRITERIA), await input(ROSTER)], criteriaFile: CRITERIA, rosterFile: ROSTER });
    if (!outcome.ok) throw new Error(outcome.reason);
    units = outcome.result.units.length;
    blank = (await writeBlankScoresheets(outcome.result.criteria.table, outcome.result.units, { blockName: "Khối các Hội đặc thù tỉnh Yên Bái", year: 2026 }))[0] as BlankScoresheet;
  }, 60_000);
  afterAll(() => (process.env.KEEP_FORMS ? undefined : rmSync(dir, { recursive: true, force: true })));

  it("prints each sheet on A4 portrait, one page wide, each from a page of its own", async () => {
    const file = path.join(dir, "phieu.xlsx");
    writeFileSync(file, blank.bytes);
    const { pages } = await printWithLibreOffice(file, dir);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595, 0);
      expect(page.height).toBeCloseTo(842, 0);
    }
    // The total row's first cells and its last (the score column) on one printed line. The
    // instructions page names *Tổng cộng* in a sentence too: only a line that starts with it is a total row.
    const totals = pages.filter((p) => /^\s*Tổng cộng\s+\d/m.test(p.text));
    expect(totals).toHaveLength(units);
    for (const page of totals) expect(page.text).toMatch(/^\s*Tổng cộng\s+100\s+0\s*$/m);
    // Every score sheet begins a page: its scorer line, once per sheet (the self sheet and one per other unit).
    expect(pages.filter((p) => /Đơn vị chấm: /.test(p.text))).toHaveLength(units);
    expect(pages[0]?.text).toMatch(/HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA/);
  }, 180_000);

  it("holds the score cells' validation and every sheet's protection in its XML", async () => {
    const zip = unzipOf(blank.bytes);
    const sheets = [...zip.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(units + 1);
    let validated = 0;
    for (const name of sheets) {
      const xml = partText(zip, name);
      expect(xml).toMatch(/<sheetProtection sheet="1"/);
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
      const rules = xml.match(/<dataValidation [^>]*>/g) ?? [];
      validated += rules.length;
      for (const rule of rules) expect(rule).toMatch(/sqref="D\d+(:D\d+)?"/);
      if (rules.length > 0) {
        expect(xml).toMatch(/<dataValidation type="decimal"[^>]*errorStyle="stop"/);
        expect(xml).toMatch(/<dataValidation type="list"/);
      }
    }
    expect(validated).toBeGreaterThan(units * 5);
  });
});
