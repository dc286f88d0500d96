import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Grid } from "../core/model/grid";
import type { Issue } from "../core/model/issue";
import { readWorkbook } from "../xlsx/read/read-workbook";

/** The sheets of the tally workbooks given with `--votes`; a file that cannot be read is its FILE_UNREADABLE. */
export async function readTallyFiles(files: readonly string[]): Promise<{ grids: Grid[]; issues: Issue[] }> {
  const grids: Grid[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const result = await readWorkbook(await readFile(file), path.basename(file));
    if (result.ok) grids.push(...result.grids);
    else issues.push(result.issue);
  }
  return { grids, issues };
}
