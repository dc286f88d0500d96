/**
 * What the pane shows for a failure of ours: Excel's protection in words an
 * officer can act on (vi/en), anything else as it came.
 */
import type { Lang } from "../../core/i18n/lang";
import { isExcelProtectedError } from "../../excel/protection";
import { fillLabel } from "../i18n/strings";
import { excelStringsFor } from "../i18n/excel-strings";

export function failureText(error: unknown, lang: Lang): string {
  if (isExcelProtectedError(error)) {
    const s = excelStringsFor(lang);
    return error.kind === "workbook-structure" ? s.workbookProtected : fillLabel(s.sheetProtected, { sheet: error.sheet ?? "" });
  }
  return String(error);
}
