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

/** The message for a `--votes` file that holds no tally: what a tally needs. */
export function noTallyMessage(file: string): string {
  return [
    `${file}: không có bảng kiểm phiếu (cần dòng tiêu đề, trong 20 dòng đầu, có cột Đơn vị bỏ phiếu / Đại biểu và các cột mang tên đơn vị được đề nghị).`,
    `${file}: holds no tally (it needs a header row, in the first 20 rows, with a voter column such as Đơn vị bỏ phiếu and columns naming the proposed units).`,
  ].join("\n");
}
