/**
 * Our Cài đặt (tdSettings) rows of the open workbook, read back when the pane
 * opens (SPEC §7: a reopened workbook keeps the meeting's details). Two
 * requests: the sheets' table names, then the table's data body.
 */
import type { KeptSettingsReader } from "../workbook/ports/kept-settings";
import { officeHost, type ExcelHost } from "./host";
import { readOurTable } from "./our-table";

export class ExcelKeptSettings implements KeptSettingsReader {
  /** `context.sync()` calls made by the last `readSettingsRows`. */
  lastSyncCount = 0;
  /** Whether the last `readSettingsRows` saw a table of ours in the workbook (its first request reads every sheet's tables). */
  ourSheetsFound = false;

  constructor(private readonly host: ExcelHost = officeHost) {}

  async readSettingsRows(): Promise<unknown[][] | null> {
    this.lastSyncCount = 0;
    const read = await readOurTable(this.host, "tdSettings", ({ sheet, table }) => {
      const body = sheet.tables.getItem(table).getDataBodyRange().load("values");
      return () => body.values;
    });
    this.lastSyncCount = read.syncs;
    this.ourSheetsFound = read.ours;
    return read.value;
  }
}
