import type { Issue } from "../../core/model/issue";
import { classifyFiles } from "../../core/read/classify";
import type { ImportOutcome, WorkbookInput } from "../../core/read/import-block";

/** What an imported file turned out to be, for the list of files. */
export type FileKind =
  | { readonly kind: "criteria" }
  | { readonly kind: "roster" }
  | { readonly kind: "scoresheets"; readonly sheets: number }
  | { readonly kind: "unreadable"; readonly issue: Issue }
  /** Read, but it holds nothing Thi đua uses (the issue says why, when there is one). */
  | { readonly kind: "unused"; readonly issue?: Issue };

/**
 * Each file's kind: the criteria table and the roster the import took, else
 * what it read from the file. An import that stopped (no usable criteria
 * table) took none: the files are told apart by content as it would.
 */
export function describeFiles(workbooks: readonly WorkbookInput[], outcome: ImportOutcome | null): Map<string, FileKind> {
  const kinds = new Map<string, FileKind>();
  const roles = outcome?.ok ? outcome.result.roles : rolesByContent(workbooks);
  const sheetsByFile = new Map<string, Set<string>>();
  const issues = outcome ? (outcome.ok ? outcome.result.issues : outcome.issues) : [];
  if (outcome?.ok) {
    for (const { scoresheet } of outcome.result.sheets) {
      const set = sheetsByFile.get(scoresheet.source.file) ?? new Set<string>();
      set.add(scoresheet.source.sheet ?? "");
      sheetsByFile.set(scoresheet.source.file, set);
    }
  }
  for (const workbook of workbooks) {
    const { file } = workbook;
    if ("unreadable" in workbook) kinds.set(file, { kind: "unreadable", issue: workbook.unreadable });
    else if (roles.criteria === file) kinds.set(file, { kind: "criteria" });
    else if (roles.roster === file) kinds.set(file, { kind: "roster" });
    else if (sheetsByFile.has(file)) kinds.set(file, { kind: "scoresheets", sheets: sheetsByFile.get(file)?.size ?? 0 });
    else {
      const why = issues.find((i) => i.file === file && i.severity === "error") ?? issues.find((i) => i.file === file);
      kinds.set(file, why ? { kind: "unused", issue: why } : { kind: "unused" });
    }
  }
  return kinds;
}

function rolesByContent(workbooks: readonly WorkbookInput[]): { criteria: string | null; roster: string | null } {
  const classified = classifyFiles(workbooks.filter((w): w is Extract<WorkbookInput, { grids: unknown }> => "grids" in w));
  return { criteria: classified.criteria?.file ?? null, roster: classified.roster?.file ?? null };
}
