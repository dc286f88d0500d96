/**
 * The blank scoresheets of SPEC §7.1 as files: one `.xlsx` per member
 * (core/forms → workbook/form-pages → the page writer), and all of them in
 * one `.zip` for the pane's download. The preview's in-memory writer does
 * the work, in Node (the command) and in the browser (the pane) alike: the
 * streaming writer is missing from exceljs's browser build, and a member's
 * workbook is small (a sheet per unit, a row per criterion).
 */
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

/** The files in one `.zip` (JSZip, which exceljs brings), names as given. */
export async function zipFiles(files: readonly { readonly fileName: string; readonly bytes: Uint8Array }[]): Promise<Uint8Array> {
  // CommonJS under jest and webpack alike: the namespace's default, else the module (as loadExcelJs).
  const mod = (await import("jszip")) as unknown as { default?: typeof import("jszip") } & typeof import("jszip");
  const JSZip = mod.default ?? mod;
  const zip = new JSZip();
  for (const file of files) zip.file(file.fileName, file.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
