/**
 * `npx tsx bench/templates.ts`: the template fill of SPEC §7 at sizes past
 * any real block (issue 20): a .docx template of 200,000 paragraphs each
 * holding a placeholder, and a row repeated for 10,000 proposals in a .docx
 * and in an .xlsx template. Each case runs in its own process, so its peak
 * memory is its own; read, fill and write are timed together, as the
 * command runs them. Prints a table only.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { zlibInflate } from "../src/cli/zlib-inflate";
import { fillGrid } from "../src/core/documents/fill-grid";
import { BLOCK_PLACEHOLDERS, PROPOSAL_PLACEHOLDERS } from "../src/core/documents/placeholders";
import type { DocValue, DocumentValues } from "../src/core/documents/values";
import { fillDocxParts } from "../src/docx/fill-docx";
import { templateFillSpec } from "../src/workbook/ports/template-fill";
import { loadExcelJs } from "../src/xlsx/exceljs";
import { addFilledSheet } from "../src/xlsx/fill-template";
import { readWorkbook } from "../src/xlsx/read/read-workbook";
import { cleanXlsxTemplate } from "../src/xlsx/template-clean";
import { readTemplatePackage } from "../src/xlsx/template-package";

const CASES = {
  "docx, 200,000 paragraphs": () => docxCase(200_000, 0),
  "docx, a row × 10,000 proposals": () => docxCase(3, 10_000),
  "xlsx, a row × 10,000 proposals": () => xlsxCase(10_000),
} as const;
type CaseName = keyof typeof CASES;

function values(proposals: number): DocumentValues {
  const text = (t: string): DocValue => ({ kind: "text", text: t });
  const block = Object.fromEntries(BLOCK_PLACEHOLDERS.map((n) => [n, text(`giá trị ${n}`)])) as DocumentValues["block"];
  const dong = Array.from({ length: proposals }, (_, i) => {
    const row = Object.fromEntries(PROPOSAL_PLACEHOLDERS.map((n) => [n, text(`${n} ${i + 1}`)])) as Record<string, DocValue>;
    row["dong.stt"] = { kind: "number", value: i + 1, decimals: 0 };
    row["dong.diem"] = { kind: "number", value: 90 + (i % 1000) / 100, decimals: 2 };
    return row as DocumentValues["dong"][number];
  });
  return { block, dong, xh: [] };
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;

function docxTemplate(paragraphs: number, repeated: boolean): Uint8Array {
  const body: string[] = [];
  // Lean runs (one in three split, as Word leaves a retyped name): the part must stay within the read limit of 32 MiB, as every template's must.
  for (let i = 0; i < paragraphs; i++) body.push(i % 3 === 0 ? `<w:p><w:r><w:t>Đoạn ${i + 1} {{ten_</w:t></w:r><w:r><w:t>khoi}}, {{nam}}</w:t></w:r></w:p>` : `<w:p><w:r><w:t>Đoạn ${i + 1} {{ten_khoi}}</w:t></w:r></w:p>`);
  if (repeated) {
    const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr><w:p>${run(t)}</w:p></w:tc>`;
    body.push(`<w:tbl><w:tblPr/><w:tr>${cell("STT")}${cell("Đơn vị")}${cell("Điểm")}</w:tr><w:tr>${cell("{{dong.stt}}")}${cell("{{dong.ten_don_vi}}")}${cell("{{dong.diem}}")}</w:tr></w:tbl>`);
  }
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body.join("")}<w:sectPr/></w:body></w:document>`),
  });
}

async function docxCase(paragraphs: number, proposals: number): Promise<string> {
  const bytes = docxTemplate(paragraphs, proposals > 0);
  const filled = values(proposals);
  const start = performance.now();
  const pkg = readTemplatePackage(bytes, "bench.docx", { mainPart: "word/document.xml", inflater: zlibInflate });
  if (!pkg.ok) throw new Error(`${pkg.issue.code} ${JSON.stringify(pkg.issue.params)}`);
  const out = fillDocxParts(pkg.parts, "bench.docx", filled);
  if (!out.ok) throw new Error("refused");
  return `${((performance.now() - start) / 1000).toFixed(2)} s, template ${(bytes.length / 1e6).toFixed(1)} MB → ${(out.bytes.length / 1e6).toFixed(1)} MB`;
}

async function xlsxCase(proposals: number): Promise<string> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  sheet.addRow(["{{ten_khoi}}", null, "Năm {{nam}}"]);
  sheet.addRow(["STT", "Đơn vị", "Điểm", "Danh hiệu"]);
  sheet.addRow(["{{dong.stt}}", "{{dong.ten_don_vi}}", "{{dong.diem}}", "{{dong.danh_hieu}}"]);
  sheet.addRow(["Cộng", "{{so_de_nghi}}"]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const filled = values(proposals);
  const start = performance.now();
  const pkg = cleanXlsxTemplate(bytes, "bench.xlsx", { inflater: zlibInflate });
  if (!pkg.ok) throw new Error(`${pkg.issue.code} ${JSON.stringify(pkg.issue.params)}`);
  const read = await readWorkbook(pkg.bytes, "bench.xlsx", { inflate: zlibInflate });
  if (!read.ok) throw new Error(read.issue.code);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(pkg.bytes as unknown as ArrayBuffer);
  for (const grid of read.grids) addFilledSheet(workbook, templateFillSpec(grid.sheet, fillGrid(grid, filled), "vi"));
  const out = await workbook.xlsx.writeBuffer();
  return `${((performance.now() - start) / 1000).toFixed(2)} s, → ${(out.byteLength / 1e6).toFixed(1)} MB`;
}

async function main() {
  const child = process.argv.indexOf("--child");
  if (child >= 0) {
    const name = process.argv[child + 1] as CaseName;
    const cpu = process.cpuUsage();
    const figure = await CASES[name]();
    const used = process.cpuUsage(cpu);
    // CPU time beside the wall clock: the machine the bench runs on is often shared, and waits are not work.
    process.stdout.write(`${figure} (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s), peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
    return;
  }
  for (const name of Object.keys(CASES) as CaseName[]) {
    const out = execFileSync(process.execPath, [...process.execArgv, path.join(__dirname, "templates.ts"), "--child", name], { encoding: "utf8" });
    console.log(`${name.padEnd(34)} ${out.trim()}`);
  }
}

void main();
