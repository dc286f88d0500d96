/**
 * `LAYOUT_UNRECOGNIZED` (SPEC §3): its severity depends on the workbook's
 * other sheets, so it is made at import, where layouts are detected.
 */
import type { Issue } from "../model/issue";
import { makeIssue } from "./make-issue";

export function layoutUnrecognized(file: string, sheet: string, workbookHasUsableSheet: boolean): Issue {
  return makeIssue("LAYOUT_UNRECOGNIZED", { file, sheet }, {}, workbookHasUsableSheet ? "warning" : "error");
}
