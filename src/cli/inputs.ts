import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { WorkbookInput } from "../core/read/import-block";
import { normalizeText } from "../core/text/normalize";
import { readWorkbook } from "../xlsx/read-workbook";

/** Files a folder may hold that the import should look at: the workbooks, the ones it must explain it cannot read, and a text roster. */
const CANDIDATE = /\.(xlsx|xlsm|xls|xlsb|ods|csv|txt)$/i;

/** The files named, folders expanded (recursively, in name order), each once. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && CANDIDATE.test(e.name) && !e.name.startsWith("~$"))
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
 * Reads each file into Grids; a file that cannot be read becomes its
 * FILE_UNREADABLE issue and the others go on. Issues name files by their
 * base name, as the officer sees them.
 */
export async function readInputs(files: readonly string[]): Promise<WorkbookInput[]> {
  const inputs: WorkbookInput[] = [];
  for (const file of files) {
    const name = path.basename(file);
    const result = await readWorkbook(await readFile(file), name);
    inputs.push(result.ok ? { file: name, grids: result.grids } : { file: name, unreadable: result.issue });
  }
  return inputs;
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
