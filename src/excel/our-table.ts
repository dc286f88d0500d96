/**
 * Reading one of our tables back from the open workbook (Cài đặt, the
 * tally), in two requests: the sheets' table names, then what the reader
 * loads from the sheet holding it.
 */
import { isOurTableName } from "./excel-sink";
import { runBatch, type ExcelHost } from "./host";

export interface OurTable {
  readonly sheet: Excel.Worksheet;
  /** Its name as the sink gave it: `name`, or `name_2` where a user's table took the name. */
  readonly table: string;
}

/**
 * `load` queues the reads on the table's sheet and gives what turns them
 * into the result once synced; null (after one request) when there is no
 * such table. `ours`: whether any sheet holds a table of ours, seen by
 * the first request.
 */
export async function readOurTable<T>(host: ExcelHost, name: string, load: (found: OurTable) => () => T): Promise<{ value: T | null; syncs: number; ours: boolean }> {
  let syncs = 0;
  let ours = false;
  const value = await runBatch(host, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/tables/items/name");
    await context.sync();
    syncs++;
    ours = worksheets.items.some((sheet) => sheet.tables.items.some((t) => isOurTableName(t.name)));
    const found = ourTable(worksheets.items, name);
    if (!found) return null;
    const result = load(found);
    await context.sync();
    syncs++;
    return result();
  });
  return { value, syncs, ours };
}

function ourTable(worksheets: readonly Excel.Worksheet[], name: string): OurTable | null {
  for (const sheet of worksheets) {
    const table = sheet.tables.items.find((t) => isOurTableName(t.name) && t.name.replace(/_\d+$/, "").toLowerCase() === name.toLowerCase());
    if (table) return { sheet, table: table.name };
  }
  return null;
}
