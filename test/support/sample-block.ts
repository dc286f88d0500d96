import { readFileSync } from "node:fs";
import path from "node:path";
import { importBlock, type ImportResult } from "../../src/core/import/import-block";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample");

/** The embedded sample block (*Dùng bộ mẫu*), read and imported in Node as the command does: what the pane's tests expect it to show. */
export async function importSampleBlock(): Promise<{ readonly files: readonly string[]; readonly result: ImportResult }> {
  const { files } = JSON.parse(readFileSync(path.join(SAMPLE, "manifest.json"), "utf8")) as { files: string[] };
  const workbooks = [];
  for (const file of files) {
    const result = await readWorkbook(readFileSync(path.join(SAMPLE, file)), file);
    workbooks.push(result.ok ? { file, grids: result.grids } : { file, unreadable: result.issue });
  }
  const outcome = importBlock({ workbooks });
  if (!outcome.ok) throw new Error(outcome.reason);
  return { files, result: outcome.result };
}
