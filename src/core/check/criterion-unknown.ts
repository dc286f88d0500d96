/**
 * `CRITERION_UNKNOWN` (SPEC §2.3, §3), from `raw.unknownRows`; params
 * `{ label }`, the row's numbering and text as printed. A row whose score
 * cell is blank is no scored row and is not reported.
 */
import { sheetIssue } from "./make-issue";
import type { SheetRule } from "./rule";

export const criterionUnknown: SheetRule = (sheet) =>
  sheet.raw.unknownRows
    .filter((row) => row.value.kind !== "blank")
    .map((row) => sheetIssue(sheet, "CRITERION_UNKNOWN", { label: row.label }, row.cell));
