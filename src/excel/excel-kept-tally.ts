/**
 * Our tally sheet (tdVotes) of the open workbook with the marks the officer
 * typed there (SPEC §5.1), read back as a Grid at its real cells. Two
 * requests: the sheets' table names, then the sheet's used range.
 */
import type { CellValue, Grid } from "../core/model/grid";
import { parseA1 } from "../core/model/address";
import type { KeptTallyReader } from "../workbook/kept-tally";
import { ourTable } from "./excel-kept-settings";
import { officeCell } from "./excel-source";
import { officeHost, type ExcelHost } from "./host";

export class ExcelKeptTally implements KeptTallyReader {
  /** `context.sync()` calls made by the last `readTallyGrid`. */
  lastSyncCount = 0;

  constructor(private readonly host: ExcelHost = officeHost) {}

  async readTallyGrid(file: string): Promise<Grid | null> {
    this.lastSyncCount = 0;
    return this.host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/tables/items/name");
      await context.sync();
      this.lastSyncCount++;
      const found = ourTable(worksheets.items, "tdVotes");
      if (!found) return null;
      const used = found.sheet.getUsedRangeOrNullObject(true).load("address,values");
      await context.sync();
      this.lastSyncCount++;
      if (used.isNullObject) return null;
      const origin = parseA1(used.address.split("!").pop()?.split(":")[0] ?? "A1") ?? { row: 0, column: 0 };
      const rows: CellValue[][] = Array.from({ length: origin.row }, () => []);
      for (const line of used.values as unknown[][]) rows.push([...Array<CellValue>(origin.column).fill(null), ...line.map((v) => officeCell(v))]);
      return {
        file,
        sheet: found.sheet.name,
        rows,
        rowCount: rows.length,
        columnCount: Math.max(0, ...rows.map((r) => r.length)),
        merges: [],
        hiddenRows: new Set<number>(),
        hiddenColumns: new Set<number>(),
        hidden: false,
      };
    });
  }
}
