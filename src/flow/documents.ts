/**
 * Use case 5, make the documents (SPEC §7): the values every document is
 * filled from, the three built-in documents, and a block's template sheets
 * planned for filling. Writing them (pages, .xlsx, .docx) is the caller's.
 */
import { fillGrid, type FillPlan } from "../core/documents/fill-grid";
import { fillIssuesOnce } from "../core/documents/fill-issues";
import { documentValues, type DocumentInput, type DocumentValues } from "../core/documents/values";
import type { Lang } from "../core/i18n/lang";
import { looksLikeTemplate } from "../core/recognise/template-look";
import type { Grid } from "../core/model/grid";
import type { Issue } from "../core/model/issue";
import { builtInDocuments, type FilledDocument } from "../workbook/documents/built-in";
import { templateFillSpec, uniqueFilledSheetName, type TemplateFillSpec } from "../workbook/ports/template-fill";

/** What the documents are filled from: the nominations of now (`nominationsOf`), the meeting, and once counted the vote's counts. */
export type DocumentsRequest = DocumentInput;

export function documentValuesOf(request: DocumentsRequest): DocumentValues {
  return documentValues(request);
}

/**
 * The list, the minutes and the cover letter, filled. They are filled in
 * memory, not from a file: their issues are filed under the document's own
 * name (`danh-sach-de-nghi.xlsx`), as the command writes it and the pane
 * downloads it.
 */
export function builtIns(values: DocumentValues, lang: Lang): FilledDocument[] {
  return builtInDocuments(values, lang).map((document) => ({
    ...document,
    issues: document.issues.map((issue) => (issue.file ? issue : { ...issue, file: `${document.id}.xlsx` })),
  }));
}

/** One template sheet of a block's workbook, filled: the plan, the sheet to write, what the fill reported. */
export interface TemplateSheetFill {
  readonly grid: Grid;
  readonly plan: FillPlan;
  readonly spec: TemplateFillSpec;
  readonly issues: readonly Issue[];
}

/**
 * The sheets among `grids` that hold a `{{…}}` placeholder, each filled with
 * `values`. Names in `taken` (lower case) are not reused: a fill whose name
 * is taken is numbered (*Biên bản (đã điền 2)*), and its name is added.
 */
export function fillTemplateSheets(grids: readonly Grid[], values: DocumentValues, lang: Lang, taken: Set<string> = new Set()): TemplateSheetFill[] {
  return grids.filter(looksLikeTemplate).map((grid) => {
    const plan = fillGrid(grid, values);
    const name = uniqueFilledSheetName(grid.sheet, lang, taken);
    taken.add(name.toLowerCase());
    return { grid, plan, spec: { ...templateFillSpec(grid.sheet, plan, lang), name }, issues: plan.issues };
  });
}

/** The fill's issues of every document made from the same values, each said once (a value missing once for all). */
export function documentIssues(issues: readonly Issue[]): Issue[] {
  return fillIssuesOnce(issues);
}
