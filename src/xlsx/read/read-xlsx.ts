/**
 * A zip that sniffed as `.xlsx` → one Grid per worksheet, by our own reader
 * (docs/DECISIONS.md, D1): the central directory, then only the parts the
 * domain reads, each inflated and parsed in one pass within `limits.ts`.
 */
import type { CellRange, CellValue, Grid } from "../../core/model/grid";
import type { ReadLimits } from "./limits";
import { mergesOf, readSheetXml, type SheetContext } from "./sheet-xml";
import { readDateStyles, readSharedStrings, readWorkbookXml } from "./workbook-parts";
import { XmlError } from "./xml-scan";
import { fflateInflate, InflateBudget, inflateEntry, type Inflater, zipEntries, ZipError, type ZipEntry } from "./zip";

/** The parts we may read; pictures and the like are never inflated, so their size is no risk. */
const XML_PART = /\.(xml|rels)$/i;

/** Why a well-sniffed zip still could not be read: damaged (`corrupt`, with a detail for the log). */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxError";
  }
}

/**
 * The worksheets' grids, in tab order. Throws ReadLimitError past a bound,
 * XlsxError when the file is damaged; the caller turns both into issues.
 */
export function readXlsx(bytes: Uint8Array, file: string, limits: ReadLimits, inflater: Inflater = fflateInflate): Grid[] {
  const entries = zipEntries(bytes);
  if (!entries) throw new XlsxError("no zip directory (the file is cut short or damaged)");
  const budget = new InflateBudget(limits);
  // The directory first: a part we would read declaring more than a bound is refused before any work.
  for (const entry of entries.values()) if (XML_PART.test(entry.name)) budget.checkDeclared(entry);
  const decoder = new TextDecoder("utf-8");
  const text = (name: string): string | undefined => {
    const entry = entries.get(name);
    return entry ? decoder.decode(inflate(bytes, entry, budget, inflater)) : undefined;
  };

  try {
    const workbookXml = text("xl/workbook.xml");
    if (workbookXml === undefined) throw new XlsxError("no xl/workbook.xml");
    const workbook = readWorkbookXml(workbookXml, text("xl/_rels/workbook.xml.rels"));
    const context: SheetContext = {
      sheet: "",
      sharedStrings: readSharedStrings(text("xl/sharedStrings.xml")),
      dateStyles: readDateStyles(text("xl/styles.xml")),
      date1904: workbook.date1904,
      limits,
      cells: 0,
      intern: stringInterner(),
    };
    const grids: Grid[] = [];
    for (const sheet of workbook.sheets) {
      // A chart sheet or a sheet whose part is missing holds no cells: left out, as exceljs did.
      const xml = /^xl\/worksheets\//.test(sheet.part) ? text(sheet.part) : undefined;
      if (xml === undefined) continue;
      context.sheet = sheet.name;
      const content = readSheetXml(xml, context);
      grids.push(
        toGrid(file, sheet.name, sheet.state === "hidden" || sheet.state === "veryHidden", content.rows, content.hiddenRows, content.cols, mergesOf(content.mergeRefs), content.uncomputed),
      );
    }
    return grids;
  } catch (error) {
    if (error instanceof XmlError) throw new XlsxError(error.message);
    throw error;
  }
}

function inflate(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, inflater: Inflater): Uint8Array {
  try {
    return inflateEntry(bytes, entry, budget, inflater);
  } catch (error) {
    if (error instanceof ZipError) throw new XlsxError(error.message);
    throw error;
  }
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/**
 * The sheet as a Grid: covered cells of merges blank (as Excel shows them),
 * trailing empty rows dropped, hidden rows and columns only within the data
 * ("hide every column to the right" would otherwise add thousands).
 */
function toGrid(
  file: string,
  sheet: string,
  hidden: boolean,
  rows: CellValue[][],
  hiddenRows: Set<number>,
  hiddenCols: readonly { readonly min: number; readonly max: number }[],
  merges: CellRange[],
  uncomputed: Set<string>,
): Grid {
  blankCovered(rows, merges);
  let rowCount = rows.length;
  while (rowCount > 0 && !rows[rowCount - 1]?.length) rowCount--;
  rows.length = rowCount;
  let columnCount = 0;
  for (let r = 0; r < rowCount; r++) {
    const values = rows[r];
    if (!values || values.length === 0) rows[r] = EMPTY_ROW as CellValue[];
    else if (values.length > columnCount) columnCount = values.length;
  }
  for (const r of hiddenRows) if (r >= rowCount) hiddenRows.delete(r);
  const hiddenColumns = new Set<number>();
  for (const col of hiddenCols) {
    for (let c = Math.max(1, col.min); c <= Math.min(col.max, columnCount); c++) hiddenColumns.add(c - 1);
  }
  // Only where there is one, so a grid read from a computed file keeps its shape.
  return { file, sheet, rowCount, columnCount, rows, merges, hiddenRows, hiddenColumns, hidden, ...(uncomputed.size > 0 ? { uncomputed } : {}) };
}

function blankCovered(rows: CellValue[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const values = rows[r];
      if (!values) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < values.length; c++) values[c] = null;
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
    }
  }
}

/**
 * One copy of each distinct text of a workbook. A block's workbooks repeat a
 * few hundred texts (criteria, unit names) over a million cells; a text cut
 * from a part's XML would keep the whole XML alive. The kept copy is made
 * flat, owning only its text.
 */
function stringInterner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      // Concatenating and slicing makes V8 build a new string that does not share the parser's buffer.
      kept = ` ${text}`.slice(1);
      seen.set(kept, kept);
    }
    return kept;
  };
}
