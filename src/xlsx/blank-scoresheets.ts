/**
 * The blank scoresheets of SPEC §7.1 as files: one `.xlsx` per member
 * (core/forms → workbook/form-pages → the page writer), and all of them in
 * one `.zip` for the pane's download. The preview's in-memory writer does
 * the work, in Node (the command) and in the browser (the pane) alike: the
 * streaming writer is missing from exceljs's browser build, and a member's
 * workbook is small (a sheet per unit, a row per criterion).
 */
import { zipSync, type Zippable } from "fflate";
import { formWorkbooks, type FormOptions } from "../core/forms/form-model";
import type { CriteriaTable } from "../core/model/criteria";
import type { Unit } from "../core/model/unit";
import { formPages } from "../workbook/form-pages";
import { MemoryWorkbook } from "./memory-workbook";

export interface BlankScoresheet {
  readonly unit: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** One workbook per roster unit, in roster order. */
export async function writeBlankScoresheets(table: CriteriaTable, units: readonly Unit[], options: FormOptions): Promise<BlankScoresheet[]> {
  const files: BlankScoresheet[] = [];
  for (const workbook of formWorkbooks(table, units, options)) {
    const sink = new MemoryWorkbook();
    await sink.writePages(formPages(workbook));
    files.push({ unit: workbook.scorer.name, fileName: workbook.fileName, bytes: new Uint8Array(await (await sink.toBlob()).arrayBuffer()) });
  }
  return files;
}

/** The files in one `.zip` (fflate, which the reader already uses), names as given. */
export async function zipFiles(files: readonly { readonly fileName: string; readonly bytes: Uint8Array }[]): Promise<Uint8Array> {
  // Synchronous: fflate's asynchronous zip would start web workers in the pane, for a few small files.
  const entries: Zippable = {};
  for (const file of files) entries[file.fileName] = file.bytes;
  return Promise.resolve(zipSync(entries, { level: 6 }));
}
