/**
 * The differential test of issue 13 §2: our reader's grids equal exceljs's
 * (the reader before it, test/support/exceljs-grids.ts) cell for cell —
 * values, merges, hidden rows and columns, sheet visibility — over every
 * workbook the fixture builder and the red team's generator write, the
 * sample block, the LibreOffice-saved fixtures, and those workbooks again
 * as LibreOffice saves them. Both of our inflaters (fflate, node's zlib).
 * No workbook saved by Excel itself is in the repository to add.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Grid } from "../../src/core/model/grid";
import { zlibInflate } from "../../src/cli/zlib-inflate";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { realisticBlock11, SCALES, scaleBlock, totalsBlock } from "../fixtures/builder";
import { blockAB, blockC, blockD, blockE, blockF } from "../redteam/scenarios";
import { exceljsGrids } from "../support/exceljs-grids";
import { scratchFolder } from "../support/cli";
import { requireLibreOffice } from "../support/libreoffice";
import { xlsxBytes } from "./helpers";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");
const scratch = scratchFolder("thidua-differential-");

const xlsxIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

/** What a reader made of a file: its grids, or that it could not read it. */
type Outcome = Grid[] | "unreadable";

async function oracle(bytes: Uint8Array, file: string): Promise<Outcome> {
  try {
    const grids = await exceljsGrids(bytes, file);
    return grids.some((g) => g.rowCount > 0) ? grids : "unreadable";
  } catch {
    return "unreadable";
  }
}

async function ours(bytes: Uint8Array, file: string, inflate?: typeof zlibInflate): Promise<Outcome> {
  const result = await readWorkbook(bytes, file, inflate ? { inflate } : {});
  return result.ok ? result.grids : "unreadable";
}

/** Every cell that differs, as `file › sheet › R1C1: ours ≠ exceljs`, and every other difference of a grid. */
function differences(file: string, a: Outcome, b: Outcome): string[] {
  if (a === "unreadable" || b === "unreadable") return a === b ? [] : [`${file}: ours ${a === "unreadable" ? "unreadable" : "read"}, exceljs ${b === "unreadable" ? "unreadable" : "read"}`];
  const out: string[] = [];
  if (a.length !== b.length) out.push(`${file}: ${a.length} sheets ≠ ${b.length}`);
  a.forEach((ga, i) => {
    const gb = b[i];
    if (!gb) return;
    const where = `${file} › ${ga.sheet}`;
    const { rows: ra, ...restA } = ga;
    const { rows: rb, ...restB } = gb;
    const shape = (g: typeof restA) => JSON.stringify({ ...g, hiddenRows: [...g.hiddenRows], hiddenColumns: [...g.hiddenColumns] });
    if (shape(restA) !== shape(restB)) out.push(`${where}: ${shape(restA)} ≠ ${shape(restB)}`);
    for (let r = 0; r < Math.max(ra.length, rb.length); r++) {
      const rowA = ra[r] ?? [];
      const rowB = rb[r] ?? [];
      for (let c = 0; c < Math.max(rowA.length, rowB.length); c++) {
        const va = rowA[c] ?? null;
        const vb = rowB[c] ?? null;
        const same = va instanceof Date && vb instanceof Date ? va.getTime() === vb.getTime() : JSON.stringify(va) === JSON.stringify(vb);
        if (!same) out.push(`${where} › R${r + 1}C${c + 1}: ${JSON.stringify(va)} ≠ ${JSON.stringify(vb)}`);
      }
    }
    // The arrays' own shape too (a trailing null kept by one and not the other).
    if (JSON.stringify(ra) !== JSON.stringify(rb) && out.length === 0) out.push(`${where}: rows differ in shape`);
  });
  return out;
}

async function expectSameGrids(files: readonly string[]) {
  expect(files.length).toBeGreaterThan(0);
  const found: string[] = [];
  let read = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const name = path.relative(scratch, file).startsWith("..") ? path.relative(ROOT, file) : path.relative(scratch, file);
    const expected = await oracle(bytes, name);
    if (expected !== "unreadable") read++;
    found.push(...differences(name, await ours(bytes, path.basename(file)), relabel(expected, path.basename(file))));
    found.push(...differences(`${name} (zlib)`, await ours(bytes, path.basename(file), zlibInflate), relabel(expected, path.basename(file))));
  }
  expect(found.slice(0, 20)).toEqual([]);
  // Not a test of nothing: most files read.
  expect(read).toBeGreaterThan(files.length / 2);
}

/** The oracle's grids carry the name it was given; ours the base name. */
function relabel(outcome: Outcome, file: string): Outcome {
  return outcome === "unreadable" ? outcome : outcome.map((g) => ({ ...g, file }));
}

/** Values, formulas, errors, rich text, links, dates, merges, hidden rows, columns and sheets, all in one workbook. */
function everythingWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("Đủ loại");
    ws.getCell("A1").value = 9.5;
    ws.getCell("B1").value = "Hoàn thành kế hoạch";
    ws.getCell("C1").value = "9,5";
    ws.getCell("D1").value = true;
    ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 20));
    ws.getCell("B2").value = { formula: "SUM(A1:A1)", result: 9.5 };
    ws.getCell("C2").value = { formula: 'IF(A1>5,"Đạt","")', result: "Đạt" };
    ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E2").value = { error: "#REF!" };
    ws.getCell("F2").value = { formula: "A1*2" };
    ws.getCell("A3").value = { richText: [{ text: "Điểm " }, { font: { bold: true }, text: "thưởng" }] };
    ws.getCell("B3").value = { text: "Minh chứng", hyperlink: "https://example.org/mc.pdf" };
    ws.getCell("C3").value = { formula: "A1", result: 45646 };
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("D3").value = { formula: 'TEXT(A1,"0")', result: "10" };
    ws.getCell("D3").numFmt = "dd/mm/yyyy";
    ws.getCell("A4").value = "=1+1 (a name, not a formula)";
    for (let r = 5; r <= 8; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = r * 10 + c;
    ws.mergeCells("A5:B6");
    ws.mergeCells("C7:D8");
    ws.getRow(6).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getCell("A10").value = { formula: "A5*1", result: 51, shareType: "shared", ref: "A10:B10" } as never;
    ws.getCell("B10").value = { sharedFormula: "A10", result: 52 } as never;
    wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "ẩn";
    wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("A1").value = "rất ẩn";
    wb.addWorksheet("Trống");
  });
}

describe("our reader equals exceljs, cell for cell", () => {
  beforeAll(async () => {
    await realisticBlock11(path.join(scratch, "realistic"));
    await totalsBlock(path.join(scratch, "totals"));
    await scaleBlock(path.join(scratch, "scale-s"), SCALES.S);
  });

  it("on the fixture builder's blocks: realistic (every layout and defect, bad files), totals, and S at scale", async () => {
    await expectSameGrids(xlsxIn(scratch).filter((f) => /realistic|totals|scale-s/.test(f)));
  });

  it("on the red team's blocks (inputs dressed as the builder does not)", async () => {
    const root = path.join(scratch, "redteam");
    for (const block of [blockAB, blockC, blockD, blockE, blockF]) await block(root);
    await expectSameGrids(xlsxIn(root));
  });

  it("on the sample block shipped with the pane and the LibreOffice-saved fixtures", async () => {
    await expectSameGrids([...xlsxIn(path.join(ROOT, "assets", "sample")), ...xlsxIn(path.join(ROOT, "test", "fixtures", "libreoffice"))]);
  });

  it("on a workbook holding every kind of value and layout, as exceljs writes it and as LibreOffice saves it again", async () => {
    requireLibreOffice();
    const dir = path.join(scratch, "everything");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "du-loai.xlsx");
    writeFileSync(file, await everythingWorkbook());
    const resaved = await saveWithLibreOffice([file, ...xlsxIn(path.join(scratch, "realistic")).slice(0, 8)], path.join(scratch, "lo"));
    await expectSameGrids([file, ...resaved]);
  });
});

/** Each file opened and saved again as .xlsx by LibreOffice (its own XML: shared strings, styles, numbering). */
async function saveWithLibreOffice(files: readonly string[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  await promisify(execFile)("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), ...files]);
  return xlsxIn(path.join(dir, "out"));
}
