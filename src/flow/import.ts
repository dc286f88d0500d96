/**
 * Use cases 1 and 2, import and check (SPEC §2, §3): the block's files read
 * into one checked model. The import checks as it reads, so its outcome is
 * the check's too. Our own result workbooks, documents and ballots are told
 * apart by our tables' headers (docs/DECISIONS.md, D9), handed in here so
 * neither the pane nor the command can forget them.
 */
import { BlockImport, importOneByOne, type ImportOptions, type ImportOutcome, type ImportResult, type WorkbookInput } from "../core/import/import-block";
import type { Issue } from "../core/model/issue";
import { OWN_HEADERS } from "../workbook/own-headers";

export type { ImportOutcome, ImportResult, WorkbookInput } from "../core/import/import-block";

/** What the officer may tell the import: the criteria table's and roster's files, a text roster read already. */
export type ImportChoices = Omit<ImportOptions, "ownHeaders">;

/** A long-lived import the pane adds files to batch by batch. */
export function startImport(choices: ImportChoices = {}): BlockImport {
  return new BlockImport({ ...choices, ownHeaders: OWN_HEADERS });
}

/** The block from `count` files read one at a time (`read(position)`), so their grids are never all in memory. */
export function importFiles(count: number, read: (position: number) => Promise<WorkbookInput>, choices: ImportChoices = {}): Promise<ImportOutcome> {
  return importOneByOne(count, read, { ...choices, ownHeaders: OWN_HEADERS });
}

/** The import's issues: the block's checks, or why there is no block. */
export function importIssues(outcome: ImportOutcome | null): readonly Issue[] {
  if (!outcome) return [];
  return outcome.ok ? outcome.result.issues : outcome.issues;
}

/**
 * How many scoresheets the block holds and how many the ranking uses (the
 * others are left out for errors, SPEC §3): the command's report and the
 * pane say the same numbers because both take them here.
 */
export interface SheetCounts {
  readonly sheets: number;
  readonly used: number;
  readonly leftOut: number;
}

export function sheetCounts(result: { readonly sheets: readonly Pick<ImportResult["sheets"][number], "excluded">[] }): SheetCounts {
  const used = result.sheets.filter((s) => !s.excluded).length;
  return { sheets: result.sheets.length, used, leftOut: result.sheets.length - used };
}
