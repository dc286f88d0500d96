/**
 * Our own result workbook when it is too large to read (SPEC §6;
 * docs/DECISIONS.md, D2): its table parts' headers handed back as one-row
 * grids, so the import tells it apart by the same rule as always.
 */
import type { Grid } from "../../core/model/grid";
import { RESULT_TABLES } from "../../workbook/ports/sink";
import { READ_LIMITS } from "./limits";
import { decodeEntities } from "./xml-scan";
import { InflateBudget, inflateEntry, type Inflater, zipEntries } from "./zip";

const OUR_TABLES: ReadonlySet<string> = new Set([...RESULT_TABLES, "tdScorers", "tdVotes"]);
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;
const TABLE_NAME = /<(?:\w+:)?table\b[^>]*?\bdisplayName="([^"]*)"/;
const COLUMN_NAME = /<(?:\w+:)?tableColumn\b[^>]*?\bname="([^"]*)"/g;

/** One grid per table of ours (sheet = the table's name, one row: its header); none when it holds none. */
export function ownTableHeaders(bytes: Uint8Array, file: string, inflater?: Inflater): Grid[] {
  const entries = zipEntries(bytes);
  if (!entries) return [];
  // Table parts are a few hundred bytes each; the usual bounds keep a hostile one harmless.
  const budget = new InflateBudget(READ_LIMITS);
  const decoder = new TextDecoder("utf-8");
  const grids: Grid[] = [];
  for (const entry of entries.values()) {
    if (!TABLE_PART.test(entry.name)) continue;
    budget.checkDeclared(entry);
    const xml = decoder.decode(inflateEntry(bytes, entry, budget, inflater));
    const name = TABLE_NAME.exec(xml)?.[1];
    if (name === undefined || !OUR_TABLES.has(name)) continue;
    const header = [...xml.matchAll(COLUMN_NAME)].map((m) => decodeEntities(m[1] ?? ""));
    grids.push({
      file,
      sheet: name,
      rowCount: 1,
      columnCount: header.length,
      rows: [header],
      merges: [],
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      hidden: false,
    });
  }
  return grids;
}
