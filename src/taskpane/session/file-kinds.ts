import type { Issue } from "../../core/model/issue";
import type { SetAsideKind } from "../../core/recognise/classify";
import type { ImportedFile, ImportOutcome, RoleFiles } from "../../core/import/import-block";

/** What an imported file turned out to be, for the list of files. */
export type FileKind =
  | { readonly kind: "criteria" }
  | { readonly kind: "roster" }
  | { readonly kind: "scoresheets"; readonly sheets: number }
  | { readonly kind: "unreadable"; readonly issue: Issue }
  /** Not read as scoresheets: a tally or a template for the meeting's steps, or our own result, left out. */
  | { readonly kind: "set-aside"; readonly as: SetAsideKind }
  /** Read, but it holds nothing Thi đua uses (the issue says why, when there is one). */
  | { readonly kind: "unused"; readonly issue?: Issue };

/**
 * Each file's kind: the criteria table and the roster the import took (or,
 * when it stopped for want of a usable criteria table, would have taken),
 * else what it read from the file.
 */
export function describeFiles(
  files: readonly ImportedFile[],
  outcome: ImportOutcome | null,
  roles: RoleFiles,
): Map<string, FileKind> {
  const kinds = new Map<string, FileKind>();
  const sheetsByFile = new Map<string, Set<string>>();
  const issues = outcome ? (outcome.ok ? outcome.result.issues : outcome.issues) : [];
  if (outcome?.ok) {
    for (const { scoresheet } of outcome.result.sheets) {
      const set = sheetsByFile.get(scoresheet.source.file) ?? new Set<string>();
      set.add(scoresheet.source.sheet ?? "");
      sheetsByFile.set(scoresheet.source.file, set);
    }
  }
  for (const { file, unreadable, setAside } of files) {
    if (unreadable) kinds.set(file, { kind: "unreadable", issue: unreadable });
    else if (setAside) kinds.set(file, { kind: "set-aside", as: setAside });
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
