import { WORKBOOK_FONT } from "../workbook/documents/decree-30";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fillGrid } from "../core/documents/fill-grid";
import { fillIssuesOnce } from "../core/documents/fill-issues";
import { looksLikeTemplate } from "../core/import/template-look";
import type { DocumentValues } from "../core/documents/values";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/model/issue";
import { fillDocx } from "../docx/fill-docx";
import { pageToDocx } from "../docx/page-to-docx";
import { builtInDocuments, builtInTemplate } from "../workbook/documents/built-in";
import { templateFillSpec } from "../workbook/template-fill";
import { loadExcelJs } from "../xlsx/exceljs";
import { addFilledSheet } from "../xlsx/fill-template";
import { readWorkbook } from "../xlsx/read-workbook";
import { ExcelJsSink } from "../xlsx/write-workbook";

/**
 * `--documents DIR` (SPEC §8): the three built-in documents as .xlsx and
 * .docx, or each `--template` filled (`T.xlsx` → `T-da-dien.xlsx`, its
 * template sheets filled into new sheets beside them). Returns the fill's
 * issues and the files written.
 */
export async function writeDocuments(
  dir: string,
  values: DocumentValues,
  templates: readonly string[],
  lang: Lang,
): Promise<{ issues: Issue[]; files: string[]; problems: string[] }> {
  await mkdir(dir, { recursive: true });
  const issues: Issue[] = [];
  const files: string[] = [];
  const problems: string[] = [];
  const write = async (name: string, bytes: Uint8Array) => {
    const target = path.join(dir, name);
    await writeFile(target, bytes);
    files.push(target);
  };
  if (templates.length === 0) {
    for (const document of builtInDocuments(values, lang)) {
      const sink = new ExcelJsSink({ defaultFont: WORKBOOK_FONT });
      await sink.writePages([{ ...document.page, active: true }]);
      await write(`${document.id}.xlsx`, await sink.toBuffer());
      issues.push(...document.issues);
      const docx = fillDocx(pageToDocx(builtInTemplate(document.id, lang)), `${document.id}.docx`, values);
      await write(`${document.id}.docx`, docx.bytes);
    }
    return { issues: fillIssuesOnce(issues), files, problems };
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
    const sheets = read.grids.filter(looksLikeTemplate);
    if (sheets.length === 0) {
      problems.push(`${template}: không trang nào có chỗ điền {{…}} / no sheet holds a {{…}} placeholder.`);
      continue;
    }
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    sheets.forEach((grid, i) => {
      const plan = fillGrid(grid, values);
      issues.push(...plan.issues);
      addFilledSheet(workbook, { ...templateFillSpec(grid.sheet, plan, lang), active: i === 0 });
    });
    workbook.views = [{ activeTab: workbook.worksheets.length - sheets.length, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    await write(`${base}-da-dien.xlsx`, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  return { issues, files, problems };
}
