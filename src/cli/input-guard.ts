import path from "node:path";
import type { Lang } from "../core/i18n/lang";
import { cliMessages } from "./messages";

/** The workbooks the reader opens; .xls, .ods and .csv are only recognised, to be reported (SPEC §3, FILE_UNREADABLE). */
const WORKBOOK = /\.(xlsx|xlsm)$/i;

/**
 * When the files given hold no workbook at all (an empty folder, a lone
 * `.xls`), the real problem, said before the import looks for a criteria
 * table that cannot be there: which files there are, and how to make .xlsx.
 */
export function noXlsxAmong(inputs: readonly string[], files: readonly string[], lang: Lang): string | null {
  if (files.some((f) => WORKBOOK.test(f))) return null;
  const where = inputs.map((i) => `“${i}”`).join(", ");
  return cliMessages(lang).noXlsx(where, files.map((f) => path.basename(f)));
}
