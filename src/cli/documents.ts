import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DocumentValues } from "../core/documents/values";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/model/issue";
import { fillDocx } from "../docx/fill-docx";
import { pageToDocx } from "../docx/page-to-docx";
import { builtIns, documentIssues, fillTemplateSheets } from "../flow/documents";
import { builtInTemplate } from "../workbook/documents/built-in";
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
      const sink = new ExcelJsSink();
      await sink.writePages([{ ...document.page, active: true }]);
      await write(`${document.id}.xlsx`, await sink.toBuffer());
      issues.push(...document.issues);
      const docx = fillDocx(pageToDocx(builtInTemplate(document.id, lang)), `${document.id}.docx`, values);
      await write(`${document.id}.docx`, docx.bytes);
    }
    return { issues: documentIssues(issues), files, kept, problems };
  }
  for (const template of templates) {
    const base = path.basename(template).replace(/\.(xlsx|docx)$/i, "");
    const bytes = await readFile(template);
    if (/\.docx$/i.test(template)) {
      const filled = fillDocx(bytes, path.basename(template), values);
      issues.push(...filled.issues);
      await write(`${base}-da-dien.docx`, filled.bytes);
      continue;
    }
    const read = await readWorkbook(bytes, path.basename(template));
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const sheets = fillTemplateSheets(read.grids, values, lang);
    if (sheets.length === 0) {
      problems.push(lang === "vi" ? `${template}: không trang nào có chỗ điền {{…}}.` : `${template}: no sheet holds a {{…}} placeholder.`);
      continue;
    }
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    sheets.forEach((sheet, i) => {
      issues.push(...sheet.issues);
      addFilledSheet(workbook, { ...sheet.spec, active: i === 0 });
    });
    workbook.views = [{ activeTab: workbook.worksheets.length - sheets.length, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    await write(`${base}-da-dien.xlsx`, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  // Said once over every template, as over the built-ins (SPEC §7).
  return { issues: documentIssues(issues), files, kept, problems };
}
