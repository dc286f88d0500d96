/**
 * A large table's sheet written ahead of the download (issue 24). In the
 * pane, the score table does not change once the files are imported, yet
 * writing it was nearly all of *Tải kết quả*'s time: half a million rows
 * turned into XML and deflated after the click. The pane's worker now
 * writes that sheet while the officer ranks and proposes (pane-work.ts),
 * keeping only its deflated part, and the download puts the part in as it
 * is.
 *
 * The sheet is written by the same `writeTableSheet`, into a package of its
 * own that keeps the part apart. The shared strings and looks that package
 * gave ids to are kept with it, in order; the download's package begins
 * with the same (`XlsxPackage.seed`), so the part's ids hold there. Only a
 * sheet exactly as it was prepared takes the part (`sheetKey`: everything
 * of the sheet but its rows, which are known by identity where they live).
 */
import type { OutputCell, SheetSpec, TableName } from "../workbook/ports/sink";
import { XlsxPackage, type DeflatedPart, type DeflateLevel, type SheetAhead } from "./xml-package";
import type { DefaultFont } from "./xml-styles";
import { writeTableSheet } from "./xml-table-sheet";

export interface PreparedSheet extends SheetAhead {
  /** `sheetKey` of the sheet written. */
  readonly key: string;
  readonly table: TableName;
  readonly rowCount: number;
}

/**
 * What a sheet is, but its main table's rows (their number stands in):
 * two sheets of the same key and the same rows are written alike. Whether
 * it is the active sheet is part of it (its tab is selected in its XML).
 */
export function sheetKey(sheet: SheetSpec): string {
  return JSON.stringify({ ...sheet, active: sheet.active === true, table: { ...sheet.table, rows: sheet.table.rows.length } });
}

/**
 * The sheet written ahead, deflated at `level` as the download will be;
 * null for a sheet whose rows hold links (their targets are sheet names
 * the download gives, so such a sheet is written with it).
 */
export function prepareSheet(sheet: SheetSpec, options: { readonly level: DeflateLevel; readonly defaultFont?: DefaultFont }): PreparedSheet | null {
  for (const table of [sheet.table, ...(sheet.moreTables ?? []).map((t) => t.table)]) {
    for (const row of table.rows) for (const cell of row) if (cell !== null && typeof cell === "object") return null;
  }
  const pkg = new XlsxPackage({ level: options.level, ...(options.defaultFont ? { defaultFont: options.defaultFont } : {}) });
  let part: DeflatedPart | null = null;
  writeTableSheet(pkg, sheet, sheet.name, { tableNames: new Set(), names: new Map(), part: { keep: (kept) => (part = kept) } }, sheet.active === true);
  if (part === null) throw new Error("prepareSheet: the sheet's part was not kept");
  const { strings, stringRefs } = pkg.sharedStrings;
  return { key: sheetKey(sheet), table: sheet.table.name, rowCount: sheet.table.rows.length, part, strings, stringRefs, styles: pkg.styles.made };
}

const standIns = new WeakSet<object>();

/** The rows a prepared sheet stands on in the download: as many as it has, none held. */
export function rowsStandIn(prepared: Pick<PreparedSheet, "rowCount">): (readonly OutputCell[])[] {
  const rows = new Array<readonly OutputCell[]>(prepared.rowCount);
  standIns.add(rows);
  return rows;
}

export function isRowsStandIn(rows: readonly (readonly OutputCell[])[]): boolean {
  return standIns.has(rows);
}
