/**
 * The blank scoresheets of SPEC §7.1 as files: one `.xlsx` per member
 * (core/forms → workbook/form-pages → the direct writer), and all of them in
 * one `.zip` for the pane's download. The same code in Node (the command) and
 * in the browser (the pane).
 *
 * A block's form sheets are one template with two names changed, so they are
 * stamped (xml-page-sheet.ts): the self sheet's and the cross sheet's XML are
 * made once for the whole block, with one style registry, and every member's
 * workbook puts its names in. The workbooks come one at a time
 * (`blankScoresheetFiles`), each written out before the next is made.
 */
import { Zip, ZipDeflate } from "fflate";
import { formWorkbooks, type FormOptions } from "../core/forms/form-model";
import type { CriteriaTable } from "../core/model/criteria";
import type { Unit } from "../core/model/unit";
import { formPages } from "../workbook/form-pages";
import { XlsxSink } from "./write-workbook";
import type { DeflateLevel, SegmentDeflater } from "./xml-package";
import { PageStamps } from "./xml-page-sheet";
import { StyleRegistry } from "./xml-styles";

export interface BlankScoresheet {
  readonly unit: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** How the files are deflated: the command passes node's zlib. */
export interface WriterOptions {
  readonly deflate?: SegmentDeflater;
  readonly level?: DeflateLevel;
}

/** One workbook per roster unit, in roster order, each made when asked for. */
export async function* blankScoresheetFiles(table: CriteriaTable, units: readonly Unit[], options: FormOptions, writer: WriterOptions = {}): AsyncGenerator<BlankScoresheet> {
  const stamps = new PageStamps(new StyleRegistry());
  for (const workbook of formWorkbooks(table, units, options)) {
    const sink = new XlsxSink({ ...writer, stamps });
    await sink.writePages(formPages(workbook));
    yield { unit: workbook.scorer.name, fileName: workbook.fileName, bytes: await sink.toBuffer() };
  }
}

/** One workbook per roster unit, in roster order. */
export async function writeBlankScoresheets(table: CriteriaTable, units: readonly Unit[], options: FormOptions): Promise<BlankScoresheet[]> {
  const files: BlankScoresheet[] = [];
  for await (const file of blankScoresheetFiles(table, units, options)) files.push(file);
  return files;
}

/** The files in one `.zip`, names as given; the workbooks inside are already deflated, so a light level does. */
export async function zipFiles(files: readonly { readonly fileName: string; readonly bytes: Uint8Array }[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  for (const file of files) {
    const entry = new ZipDeflate(file.fileName, { level: 1 });
    zip.add(entry);
    entry.push(file.bytes, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
