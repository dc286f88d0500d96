/**
 * `LAYOUT_UNRECOGNIZED` (SPEC §3): a sheet holding no table SPEC §2 describes.
 * A warning when its workbook has other usable sheets (an instructions sheet,
 * a chart, a leftover), an error when the workbook has none: then the whole
 * file gave nothing. No cell. Made at import, where layouts are detected.
 */
import type { Issue } from "../model/issue";
import { makeIssue } from "./make-issue";

export function layoutUnrecognized(file: string, sheet: string, workbookHasUsableSheet: boolean): Issue {
  return makeIssue("LAYOUT_UNRECOGNIZED", { file, sheet }, {}, workbookHasUsableSheet ? "warning" : "error");
}
