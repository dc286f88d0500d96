/**
 * The tally sheet (tdVotes) and the paper ballot (SPEC §5.1) as data, then
 * through the three writers: the file, the preview's workbook and Excel's
 * double; the tally read back by core/vote counts what was typed in it.
 */
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../src/core/model/defaults";
import { makeGrid, type CellValue } from "../../src/core/model/grid";
import { createUnitMatcher } from "../../src/core/read/units/unit-match";
import { keptMarks } from "../../src/core/vote/kept-marks";
import { readTally } from "../../src/core/vote/read-tally";
import { ExcelSink } from "../../src/excel/excel-sink";
import { ballotPage } from "../../src/workbook/ballot-page";
import { mainTableRow, sheetLayout } from "../../src/workbook/ports/sink";
import { voteSheet } from "../../src/workbook/vote-sheet";
import { ExcelJsSink } from "../../src/xlsx/write-workbook";
import { FakeExcel } from "../excel/fake-excel";
import { PROPOSALS, UNITS } from "../core/vote/helpers";

const nominations = PROPOSALS.nominations;
const voters = UNITS.map((u) => u.name);
const settings = DEFAULT_SETTINGS;
const context = { matchUnit: createUnitMatcher(UNITS), nominations, awards: settings.awards };

describe("the tally sheet tdVotes", () => {
  const spec = voteSheet({ settings, nominations, voters }, "vi");

  test("one row per voter, one column per proposal headed unit – award, a drop-down of the two marks in each", () => {
    expect(spec.name).toBe("Kết quả bỏ phiếu");
    expect(spec.table.name).toBe("tdVotes");
    expect(spec.table.columns.map((c) => c.header)).toEqual(["Đơn vị bỏ phiếu", ...nominations.map((n) => `${n.unit} – ${n.awardName}`)]);
    expect(spec.table.rows.map((r) => r[0])).toEqual(voters);
    for (const column of spec.table.columns.slice(1)) expect(column.validation).toMatchObject({ kind: "list", values: ["Đồng ý", "Không đồng ý"] });
    expect(spec.titleLines?.join(" ")).toMatch(/trên 50% số phiếu/);
  });

  test("read back as a tally, it counts what was typed; written again, it keeps the marks", () => {
    const header = sheetLayout(spec)[0]!.headerRow - 1;
    const rows: CellValue[][] = [...(spec.titleLines ?? []).map((t) => [t]), []];
    rows[header] = spec.table.columns.map((c) => c.header);
    spec.table.rows.forEach((r, i) => {
      rows[header + 1 + i] = [r[0] as string, ...nominations.map((_, p) => ((i + p) % 3 === 0 ? "Không đồng ý" : "Đồng ý"))];
    });
    const tally = readTally(makeGrid("this workbook", spec.name, rows), context);
    expect(tally?.ballots).toHaveLength(voters.length);
    expect(tally?.proposals.map((p) => p.nomination)).toEqual([...nominations]);
    const again = voteSheet({ settings, nominations, voters, kept: keptMarks([tally!], context.matchUnit) }, "vi");
    expect(again.table.rows).toEqual(rows.slice(header + 1));
    expect(mainTableRow(again, 0)).toBe(header + 2);
  });

  test("the English sheet offers Agree / Disagree, which the count reads as marks", () => {
    const en = voteSheet({ settings: { ...settings, voteThreshold: 2 / 3, voteRule: "at-least" }, nominations, voters }, "en");
    expect(en.name).toBe("Votes");
    expect(en.table.columns[1]?.validation).toMatchObject({ kind: "list", values: ["Agree", "Disagree"] });
    expect(en.titleLines?.join(" ")).toMatch(/at least 66.7% of the votes/);
  });

  test("the file writer: a table tdVotes and a list validation on every proposal's cells", async () => {
    const sink = new ExcelJsSink();
    await sink.writeSheets([spec]);
    await sink.writePages([ballotPage(settings, nominations, "vi")]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await sink.toBuffer()) as unknown as ArrayBuffer);
    const ws = book.getWorksheet("Kết quả bỏ phiếu")!;
    const first = mainTableRow(spec, 0);
    const last = mainTableRow(spec, voters.length - 1);
    for (const row of [first, last]) {
      for (let c = 2; c <= nominations.length + 1; c++) expect(ws.getCell(row, c).dataValidation).toMatchObject({ type: "list", formulae: ['"Đồng ý,Không đồng ý"'] });
    }
    expect(ws.getCell(first, 1).dataValidation?.type).toBeUndefined();
    expect(book.getWorksheet("Phiếu bầu")).toBeDefined();
  });

  test("Excel's double: the table and its drop-downs, within four requests", async () => {
    const fake = new FakeExcel();
    const sink = new ExcelSink({ host: fake });
    await sink.writeSheets([spec]);
    // The read, the write, events back on, and the print setup in a request of its own.
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(fake.table("tdVotes").sheet.name).toBe("Kết quả bỏ phiếu");
    const rules = fake.sheet("Kết quả bỏ phiếu").validations.map((v) => v.rule);
    expect(rules).toHaveLength(nominations.length);
    for (const rule of rules) expect(rule).toEqual({ list: { inCellDropDown: true, source: "Đồng ý,Không đồng ý" } });
  });
});

describe("the paper ballot", () => {
  test("each proposal once, with a box for each mark, a line for the voter and the signature; one A4 page", () => {
    const page = ballotPage({ blockName: "các Hội đặc thù", year: 2026 }, nominations, "vi");
    expect(page.role).toBe("ballot");
    const text = page.cells.map((c) => String(c.value ?? ""));
    expect(text).toEqual(expect.arrayContaining(["PHIẾU BẦU SUY TÔN", "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", "NGƯỜI BỎ PHIẾU", "Đồng ý", "Không đồng ý"]));
    expect(text.some((t) => t.startsWith("Đơn vị bỏ phiếu:"))).toBe(true);
    for (const n of nominations) {
      const row = page.cells.find((c) => c.value === n.unit)!.row;
      // The cells under a merge are blank: the values, one a column of the table.
      expect(page.cells.filter((c) => c.row === row && c.value !== "").map((c) => c.value)).toEqual([expect.any(Number), n.unit, n.awardName, "☐", "☐"]);
    }
    expect(page.print).toMatchObject({ orientation: "portrait", fitWide: 1, fitTall: 1 });
  });
});
