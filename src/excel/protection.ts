/**
 * Protection met in the open workbook, read in a batch's first request so
 * that nothing is written into a workbook Excel will refuse half-way:
 * - the workbook's structure (Review › Protect Workbook; WorkbookProtection,
 *   ExcelApi 1.7): no sheet can be added, copied, renamed, moved or deleted,
 *   so none of our sheets or pages can be written at all;
 * - a sheet (Review › Protect Sheet): a template sheet of the open workbook
 *   is copied protected, and its copy then refuses to be unmerged or to
 *   take rows, so such a template goes to the plain page instead.
 * The pane says which and what to do (i18n `excelProtected…`).
 */
export type ProtectionKind = "workbook-structure" | "sheet";

export class ExcelProtectedError extends Error {
  constructor(
    readonly kind: ProtectionKind,
    /** The protected sheet, for `sheet`. */
    readonly sheet: string | null = null,
  ) {
    super(kind === "workbook-structure" ? "The workbook's structure is protected" : `The sheet ${sheet ?? ""} is protected`);
    this.name = "ExcelProtectedError";
  }
}

export function isExcelProtectedError(error: unknown): error is ExcelProtectedError {
  return error instanceof ExcelProtectedError;
}

/** Queues the read of whether the workbook's structure is protected; the answer once synced. */
export function loadStructureProtection(context: Excel.RequestContext): () => boolean {
  const protection = context.workbook.protection;
  protection.load("protected");
  return () => protection.protected;
}
