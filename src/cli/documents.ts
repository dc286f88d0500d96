import { WORKBOOK_FONT } from "../workbook/documents/decree-30";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentValues } from "../core/documents/values";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/model/issue";
import { makeIssue } from "../core/check/make-issue";
import { fillDocx, fillDocxParts } from "../docx/fill-docx";
import { cleanXlsxTemplate } from "../xlsx/template-clean";
import { readTemplatePackage } from "../xlsx/template-package";
import { pageToDocx } from "../docx/page-to-docx";
import { builtIns, documentIssues, fillTemplateSheets } from "../flow/documents";
import { builtInTemplate } from "../workbook/documents/built-in";
import { uniqueFilledSheetName } from "../workbook/ports/template-fill";
import { zlibInflate } from "./zlib-inflate";
import { loadExcelJs } from "../xlsx/exceljs";
import { addFilledSheet } from "../xlsx/fill-template";
import { readWorkbook } from "../xlsx/read/read-workbook";
import { ExcelJsSink } from "../xlsx/write-workbook";
import { documentsFolder, type Written } from "./output-guard";

/**
 * `--documents DIR` (SPEC §8): the three built-in documents as .xlsx and
 * .docx, or each `--template` filled (`T.xlsx` → `T-da-dien.xlsx`, its
 * template sheets filled into new sheets beside them). Returns the fill's
 * issues and the files written; a document the officer changed since we
 * wrote it is kept, the new one written beside it (`kept`).
 */
export async function writeDocuments(
  dir: string,
  values: DocumentValues,
  templates: readonly string[],
  lang: Lang,
): Promise<{ issues: Issue[]; files: string[]; kept: Written[]; problems: string[] }> {
  await mkdir(dir, { recursive: true });
  const folder = await documentsFolder(dir);
  const issues: Issue[] = [];
  const files: string[] = [];
  const kept: Written[] = [];
  const problems: string[] = [];
  const write = async (name: string, bytes: Uint8Array) => {
    const written = await folder.write(name, bytes);
    files.push(written.file);
    if (written.kept) kept.push(written);
  };
  if (templates.length === 0) {
    for (const document of builtIns(values, lang)) {
      const sink = new ExcelJsSink({ defaultFont: WORKBOOK_FONT });
      await sink.writePages([{ ...document.page, active: true }]);
      await write(`${document.id}.xlsx`, await sink.toBuffer());
      issues.push(...document.issues);
      const docx = fillDocx(pageToDocx(builtInTemplate(document.id, lang)), `${document.id}.docx`, values);
      await write(`${document.id}.docx`, docx.bytes);
    }
    return { issues: documentIssues(issues), files, kept, problems };
  }
  const names = new Set<string>();
  /** `T-da-dien.docx`, numbered where two templates share a base name (SPEC §7: no output replaces another). */
  const outputName = (base: string, ext: string) => {
    let name = `${base}-da-dien.${ext}`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base}-da-dien-${n}.${ext}`;
    names.add(name.toLowerCase());
    return name;
  };
  for (const template of templates) {
    const file = path.basename(template);
    try {
      const filled = await fillTemplateFile(template, values, lang);
      issues.push(...filled.issues);
      if (filled.problem) problems.push(filled.problem);
      if (filled.bytes) await write(outputName(file.replace(/\.(xlsx|docx)$/i, ""), filled.ext), filled.bytes);
    } catch (error) {
      // A fault of ours on one template costs that template only (SPEC §7), said as an issue, never a lost run.
      issues.push(makeIssue("FILE_UNREADABLE", { file }, { reason: "reader-failed", detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  // Said once over every template, as over the built-ins (SPEC §7).
  return { issues: documentIssues(issues), files, kept, problems };
}

interface FilledFile {
  readonly ext: "xlsx" | "docx";
  readonly bytes?: Uint8Array;
  readonly issues: readonly Issue[];
  readonly problem?: string;
}

async function fillTemplateFile(template: string, values: DocumentValues, lang: Lang): Promise<FilledFile> {
  const file = path.basename(template);
  const bytes = new Uint8Array(await readFile(template));
  if (/\.docx$/i.test(template)) {
    const pkg = readTemplatePackage(bytes, file, { mainPart: "word/document.xml", inflater: zlibInflate });
    if (!pkg.ok) return { ext: "docx", issues: [pkg.issue] };
    const filled = fillDocxParts(pkg.parts, file, values);
    return filled.ok ? { ext: "docx", bytes: filled.bytes, issues: filled.issues } : { ext: "docx", issues: filled.issues };
  }
  // Every part measured (macros, DOCTYPEs refused) and what loads from outside taken out before exceljs inflates the package.
  const clean = cleanXlsxTemplate(bytes, file, { inflater: zlibInflate });
  if (!clean.ok) return { ext: "xlsx", issues: [clean.issue] };
  const read = await readWorkbook(clean.bytes, file);
  if (!read.ok) return { ext: "xlsx", issues: [read.issue] };
  const sheets = fillTemplateSheets(read.grids, values, lang);
  if (sheets.length === 0) return { ext: "xlsx", issues: [], problem: lang === "vi" ? `${template}: không trang nào có chỗ điền {{…}}.` : `${template}: no sheet holds a {{…}} placeholder.` };
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(clean.bytes as unknown as ArrayBuffer);
  const issues: Issue[] = [...clean.issues];
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  let filledSheets = 0;
  sheets.forEach(({ grid, plan, spec }) => {
    issues.push(...plan.issues);
    if (plan.tooLarge) return;
    const name = uniqueFilledSheetName(grid.sheet, lang, taken);
    taken.add(name.toLowerCase());
    addFilledSheet(workbook, { ...spec, name, active: filledSheets === 0 });
    filledSheets++;
  });
  if (filledSheets === 0) return { ext: "xlsx", issues };
  workbook.views = [{ activeTab: workbook.worksheets.length - filledSheets, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
  return { ext: "xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), issues };
}
