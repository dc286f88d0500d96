/**
 * The bounds of `limits.ts` checked on a workbook before exceljs sees it:
 * every part's declared size from the central directory first, then each part
 * inflated with a running count, and the cells and rows of each sheet counted
 * over its XML, stopping at the bound. exceljs would inflate every part and
 * build every cell with no bound at all (issue 12).
 */
import { ReadLimitError, type ReadLimits } from "./limits";
import { InflateBudget, inflateEntry, zipEntries, ZipError } from "./zip";

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * The bound a workbook passes, or null when it stays within them all. A zip
 * whose directory or parts cannot be read is left to exceljs, which reports
 * how it is damaged.
 */
export function checkLimits(bytes: Uint8Array, limits: ReadLimits): ReadLimitError | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const budget = new InflateBudget(limits);
  try {
    for (const entry of entries.values()) budget.checkDeclared(entry);
    let cells = 0;
    for (const entry of entries.values()) {
      let xml: Uint8Array;
      try {
        xml = inflateEntry(bytes, entry, budget);
      } catch (error) {
        if (error instanceof ZipError) return null;
        throw error;
      }
      if (!SHEET_PART.test(entry.name)) continue;
      const counted = countCellsAndRows(xml, limits.cells - cells, limits.rows);
      if (counted.rows > limits.rows) return new ReadLimitError("too-many-rows", { sheet: entry.name, max: limits.rows });
      cells += counted.cells;
      if (cells > limits.cells) return new ReadLimitError("too-many-cells", { sheet: entry.name, max: limits.cells });
    }
    return null;
  } catch (error) {
    if (error instanceof ReadLimitError) return error;
    throw error;
  }
}

const LT = 0x3c;
const C = 0x63;
const COLON = 0x3a;

/**
 * The `<c>` and `<row>` start tags of a sheet's XML (with or without a
 * namespace prefix), counted until either passes its bound. `<col>`,
 * `<cfRule>` and the like are not counted: the name must end at the `c` or
 * the `row`.
 */
export function countCellsAndRows(xml: Uint8Array, maxCells: number, maxRows: number): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  const n = xml.length;
  for (let i = xml.indexOf(LT); i >= 0 && i < n; i = xml.indexOf(LT, i + 1)) {
    let at = i + 1;
    // Skip a prefix such as `x:`.
    let j = at;
    while (j < n && isNameByte(xml[j] as number)) j++;
    if (xml[j] === COLON) at = j + 1;
    const b = xml[at];
    if (b === C) {
      if (endsName(xml[at + 1])) {
        if (++cells > maxCells) break;
      }
    } else if (b === 0x72 && xml[at + 1] === 0x6f && xml[at + 2] === 0x77 && endsName(xml[at + 3])) {
      if (++rows > maxRows) break;
    }
  }
  return { cells, rows };
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
}

/** Whitespace, `>` or `/` after a name: the name ends there. */
function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}
