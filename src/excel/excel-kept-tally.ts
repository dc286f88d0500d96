/**
 * Our tally sheet (tdVotes) of the open workbook with the marks the officer
 * typed there (SPEC §5.1), read back as a Grid at its real cells. Two
 * requests: the sheets' table names, then the sheet's used range.
 */
import type { CellValue, Grid } from "../core/model/grid";
import { parseA1 } from "../core/model/address";
import type { KeptTallyReader } from "../workbook/ports/kept-tally";
import { officeCell } from "./excel-source";
import { officeHost, type ExcelHost } from "./host";
import { readOurTable } from "./our-table";

export class ExcelKeptTally implements KeptTallyReader {
  /** `context.sync()` calls made by the last `readTallyGrid`. */
  lastSyncCount = 0;

  constructor(private readonly host: ExcelHost = officeHost) {}

  async readTallyGrid(file: string): Promise<Grid | null> {
    this.lastSyncCount = 0;
    const read = await readOurTable(this.host, "tdVotes", ({ sheet }) => {
      const used = sheet.getUsedRangeOrNullObject(true).load("address,values");
      return () => (used.isNullObject ? null : toGrid(file, sheet.name, used.address, used.values as unknown[][]));
    });
    this.lastSyncCount = read.syncs;
    return read.value ?? null;
  }
}

/** The used range's values at their real cells: blank rows and columns in front of where it starts. */
function toGrid(file: string, sheet: string, address: string, values: readonly (readonly unknown[])[]): Grid {
  const origin = parseA1(address.split("!").pop()?.split(":")[0] ?? "A1") ?? { row: 0, column: 0 };
  const rows: CellValue[][] = Array.from({ length: origin.row }, () => []);
  for (const line of values) rows.push([...Array<CellValue>(origin.column).fill(null), ...line.map((v) => officeCell(v))]);
  return {
    file,
    sheet,
    rows,
    rowCount: rows.length,
    columnCount: Math.max(0, ...rows.map((r) => r.length)),
    merges: [],
    hiddenRows: new Set<number>(),
    hiddenColumns: new Set<number>(),
    hidden: false,
  };
}
