/**
 * The names Excel accepts for sheets and tables, as the double refuses the
 * others. Office.js throws InvalidArgument for a bad name and
 * ItemAlreadyExists for a taken one.
 */

/**
 * A sheet name: 1–31 characters, none of `[ ] : * ? / \`, not starting or
 * ending with an apostrophe, not the reserved "History" (any case).
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "holds one of []:*?/\\";
  if (/^'|'$/.test(name)) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "'History' is reserved by Excel";
  return null;
}

/**
 * A table name: starts with a letter, `_` or `\`, then letters, digits,
 * `_` and `.`; at most 255 characters; not a cell reference (`A1`, `R1C1`),
 * not `C`/`R`; unique among the workbook's tables AND its workbook-scoped
 * names (a defined name `tdScores` makes the table's rename fail).
 * https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 */
export function tableNameProblem(name: string): string | null {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) return "not a letter, _ or \\ then letters, digits, _ and .";
  if (name.length > 255) return "longer than 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^r\d*c\d*$/i.test(name) || /^[rc]$/i.test(name)) return "reads as a cell reference";
  return null;
}
