/**
 * SPEC §7.1's round trip: blank scoresheets written from the criteria table
 * and the roster, filled as an officer would with valid scores, read back by
 * the import with exactly those scores, every unit and pair identified, and
 * no issue; one score out of range is reported at its very cell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { importBlock, type ImportResult, type WorkbookInput } from "../../src/core/import/import-block";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeBlankScoresheets, type BlankScoresheet } from "../../src/xlsx/blank-scoresheets";
import { scaleSpec, SCALES, writeCriteriaTable, writeRoster } from "../fixtures/builder";
import { fillRandomly, loadWorkbook, recalculate, saveWorkbook, type FilledScore } from "./fill";

const SAMPLE = path.join(__dirname, "../../assets/sample");
const CRITERIA = "Bang tieu chi cham diem thi dua 2026.xlsx";
const ROSTER = "Danh sach don vi Khoi 2026.xlsx";

async function input(file: string, bytes: Uint8Array): Promise<WorkbookInput> {
  const read = await readWorkbook(bytes, file);
  if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.issue)}`);
  return { file, grids: read.grids };
}

async function blockOf(criteria: [string, Uint8Array], roster: [string, Uint8Array]): Promise<{ inputs: WorkbookInput[]; result: ImportResult }> {
  const inputs = [await input(...criteria), await input(...roster)];
  const outcome = importBlock({ workbooks: inputs, criteriaFile: criteria[0], rosterFile: roster[0] });
  if (!outcome.ok) throw new Error(outcome.reason);
  return { inputs, result: outcome.result };
}

/** The issues of the criteria table and roster alone, but for the sheets they lack. */
function ownIssues(result: ImportResult) {
  const own = result.issues.filter((i) => i.code !== "SCORESHEET_MISSING");
  expect(own.map((i) => i.code)).toEqual(["CRITERIA_MAX_MISMATCH"]);
  return own;
}

interface Filled {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly scores: FilledScore[];
  readonly workbook: ExcelJS.Workbook;
}

async function fill(blank: BlankScoresheet): Promise<Filled> {
  const workbook = await loadWorkbook(blank.bytes);
  const scores = fillRandomly(workbook, blank.fileName);
  return { file: blank.fileName, bytes: await saveWorkbook(workbook), scores, workbook };
}

describe("blank scoresheets of the sample block, filled and read back", () => {
  let base: { inputs: WorkbookInput[]; result: ImportResult };
  let blanks: BlankScoresheet[];
  let filled: Filled[];
  beforeAll(async () => {
    base = await blockOf([CRITERIA, readFileSync(path.join(SAMPLE, CRITERIA))], [ROSTER, readFileSync(path.join(SAMPLE, ROSTER))]);
    blanks = await writeBlankScoresheets(base.result.criteria.table, base.result.units, { blockName: "Khối các Hội đặc thù tỉnh Yên Bái", year: 2026, deadline: "2026-12-15" });
    filled = await Promise.all(blanks.map(fill));
  }, 120_000);

  it("makes one workbook per roster unit, named Phieu cham - <unit>.xlsx", () => {
    expect(blanks.map((b) => b.unit)).toEqual(base.result.units.map((u) => u.name));
    // A `/` no file name may hold (da cam/dioxin) becomes a space.
    for (const b of blanks) expect(b.fileName).toBe(`Phieu cham - ${b.unit.replace("/", " ")}.xlsx`);
  });

  it("reads back exactly the scores written, every pair identified, with no issue", async () => {
    const inputs = [...base.inputs, ...(await Promise.all(filled.map((f) => input(f.file, f.bytes))))];
    const outcome = importBlock({ workbooks: inputs, criteriaFile: CRITERIA, rosterFile: ROSTER });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { result } = outcome;
    // The sample's criteria table has a warning of its own (a parent's max ≠ its children's): nothing more.
    expect(result.issues).toEqual(ownIssues(base.result));
    const units = result.units.map((u) => u.name);
    const pairs = result.sheets.map((s) => `${s.scoresheet.scorer} → ${s.scoresheet.kind === "self" ? "(tự chấm)" : s.scoresheet.ratee}`).sort();
    const expected = units.flatMap((scorer) => [`${scorer} → (tự chấm)`, ...units.filter((u) => u !== scorer).map((ratee) => `${scorer} → ${ratee}`)]).sort();
    expect(pairs).toEqual(expected);
    const read = result.sheets.flatMap((s) => s.scoresheet.entries.map((e) => `${e.source.file}|${e.source.sheet}|${e.source.cell}|${e.value}`)).sort();
    const written = filled.flatMap((f) => f.scores.map((s) => `${f.file}|${s.sheet}|${s.cell}|${s.value}`)).sort();
    expect(read).toEqual(written);
    for (const sheet of result.sheets) expect(sheet.excluded).toBe(false);
  }, 120_000);

  it("reports a score above its max at its file, sheet and cell, and nothing else", async () => {
    const victim = filled[1] as Filled;
    const ws = victim.workbook.worksheets.find((w) => w.name !== "Hướng dẫn" && w.name !== "Tự chấm") as ExcelJS.Worksheet;
    const target = victim.scores.find((s) => s.sheet === ws.name && ws.getCell(s.cell).dataValidation?.type === "decimal" && Number(ws.getCell(s.cell).dataValidation?.formulae?.[0]) === 0) as FilledScore;
    const max = Number(ws.getCell(target.cell).dataValidation?.formulae?.[1]);
    const cell = ws.getCell(target.cell);
    cell.value = max + 1;
    // Left as the officer's spreadsheet would: the sums recomputed.
    recalculate(ws);
    const bytes = await saveWorkbook(victim.workbook);
    const inputs = [...base.inputs, ...(await Promise.all(filled.map((f) => input(f.file, f === victim ? bytes : f.bytes))))];
    const outcome = importBlock({ workbooks: inputs, criteriaFile: CRITERIA, rosterFile: ROSTER });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.result.issues.filter((i) => i.file !== CRITERIA).map((i) => ({ code: i.code, file: i.file, sheet: i.sheet, cell: i.cell }))).toEqual([{ code: "SCORE_ABOVE_MAX", file: victim.file, sheet: ws.name, cell: target.cell }]);
  }, 120_000);
});

describe("blank scoresheets of a generated block of 30 units, filled and read back", () => {
  it("gives exactly the scores written, all 900 pairs, and no issue at all", async () => {
    const spec = scaleSpec(SCALES.M);
    // Deductions printed as positive maxima here (the sample prints them below zero): entered 0…max.
    const criteria = await writeCriteriaTable(spec, { dedMaxSign: 1 });
    const roster = await writeRoster(spec);
    const base = await blockOf([criteria.fileName, new Uint8Array(criteria.buffer)], [roster.fileName, new Uint8Array(roster.buffer)]);
    expect(base.result.units).toHaveLength(30);
    expect(base.result.issues.filter((i) => i.code !== "SCORESHEET_MISSING")).toEqual([]);
    const blanks = await writeBlankScoresheets(base.result.criteria.table, base.result.units, { blockName: spec.name, year: spec.year });
    expect(new Set(blanks.map((b) => b.fileName.toLowerCase())).size).toBe(30);
    const filled = await Promise.all(blanks.map(fill));
    const inputs = [...base.inputs, ...(await Promise.all(filled.map((f) => input(f.file, f.bytes))))];
    const outcome = importBlock({ workbooks: inputs, criteriaFile: criteria.fileName, rosterFile: roster.fileName });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { result } = outcome;
    expect(result.issues).toEqual([]);
    expect(result.sheets).toHaveLength(30 * 30);
    const units = new Set(result.units.map((u) => u.name));
    for (const s of result.sheets) {
      expect(units.has(s.scoresheet.scorer)).toBe(true);
      expect(units.has(s.scoresheet.ratee)).toBe(true);
      expect(s.excluded).toBe(false);
    }
    const read = result.sheets.flatMap((s) => s.scoresheet.entries.map((e) => `${e.source.file}|${e.source.sheet}|${e.source.cell}|${e.value}`)).sort();
    const written = filled.flatMap((f) => f.scores.map((s) => `${f.file}|${s.sheet}|${s.cell}|${s.value}`)).sort();
    expect(read).toEqual(written);
    expect(written.some((w) => w.endsWith("|0.5") || w.endsWith("|1.5"))).toBe(true);
  }, 300_000);
});
