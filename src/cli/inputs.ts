import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ImportOutcome, WorkbookInput } from "../core/import/import-block";
import { importFiles as importOneByOne, type ImportChoices } from "../flow/import";
import { isFolderCandidate } from "../core/read/file-names";
import { normalizeText } from "../core/text/normalize";
import { readWorkbook } from "../xlsx/read/read-workbook";
import { zlibInflate } from "./zlib-inflate";

/** The files named, folders expanded (recursively, in name order), each once. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && isFolderCandidate(e.name))
          .map((e) => path.join(e.parentPath, e.name))
          .sort((a, b) => a.localeCompare(b, "vi")),
      );
    } else {
      files.push(input);
    }
  }
  return [...new Set(files.map((f) => path.resolve(f)))];
}

/**
 * Imports the block from its files, read one at a time so that a large
 * block's sheets are never all in memory at once. A file that cannot be read
 * becomes its FILE_UNREADABLE issue and the others go on. Issues name files
 * by their base name, as the officer sees them.
 */
export function importFiles(files: readonly string[], options: ImportChoices): Promise<ImportOutcome> {
  return importOneByOne(files.length, (position) => readInput(files[position] as string), options);
}

/** One file read for the import, named by its base name as the officer sees it. */
export async function readInput(file: string): Promise<WorkbookInput> {
  const name = path.basename(file);
  const result = await readWorkbook(await readFile(file), name, { inflate: zlibInflate });
  return result.ok ? { file: name, grids: result.grids } : { file: name, unreadable: result.issue };
}

const ROSTER_NAME = /danh.?sach|don.?vi|roster|thanh.?vien/;

/**
 * SPEC §2.1 accepts a roster as a text file, one unit a line. In a folder
 * given without --roster, it is the text file whose name says so
 * (*danh sách*, *đơn vị*, *roster*), else the only text file there.
 */
export function textRosterAmong(files: readonly string[]): string | undefined {
  const texts = files.filter((f) => f.toLowerCase().endsWith(".txt"));
  const plain = (f: string) => normalizeText(path.basename(f)).replace(/ /g, "");
  return texts.find((f) => ROSTER_NAME.test(plain(f))) ?? (texts.length === 1 ? texts[0] : undefined);
}
