/**
 * Our Cài đặt (tdSettings) rows of the open workbook, read back when the pane
 * opens (SPEC §7: a reopened workbook keeps the meeting's details). Two
 * requests: the sheets' table names, then the table's data body.
 */
import type { KeptSettingsReader } from "../workbook/kept-settings";
import { isOurTableName } from "./excel-sink";
import { officeHost, type ExcelHost } from "./host";

export class ExcelKeptSettings implements KeptSettingsReader {
  /** `context.sync()` calls made by the last `readSettingsRows`. */
  lastSyncCount = 0;

  constructor(private readonly host: ExcelHost = officeHost) {}

  async readSettingsRows(): Promise<unknown[][] | null> {
    this.lastSyncCount = 0;
    return this.host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/tables/items/name");
      await context.sync();
      this.lastSyncCount++;
      const found = ourTable(worksheets.items, "tdSettings");
      if (!found) return null;
      const body = found.sheet.tables.getItem(found.table).getDataBodyRange().load("values");
      await context.sync();
      this.lastSyncCount++;
      return body.values;
    });
  }
}

/** The sheet holding our table `name` (the sink names it so, or `name_2` where a user's table took the name), among worksheets loaded with their tables' names. */
export function ourTable(worksheets: readonly Excel.Worksheet[], name: string): { sheet: Excel.Worksheet; table: string } | null {
  for (const sheet of worksheets) {
    const table = sheet.tables.items.find((t) => isOurTableName(t.name) && t.name.replace(/_\d+$/, "").toLowerCase() === name.toLowerCase());
    if (table) return { sheet, table: table.name };
  }
  return null;
}
