/**
 * The criteria table reader (SPEC §2.2): a Grid in, the block's
 * `CriteriaTable` out, with the rows and cells each criterion came from.
 * Beyond the spec:
 * - reading starts under the header (and a row of column numbers); hidden
 *   rows are read like the others, being part of the template every
 *   scoresheet copies; headings, notes and numbered rows with neither text
 *   nor max are skipped;
 * - a *Tổng…* row ends the table unless bonus or deduction sections or
 *   another total follow it; a *Cộng…* row ends it only when neither a
 *   numbered row nor another total follows; two blank rows end it (not
 *   before the first criterion), and so does a signature or a date line;
 * - the base is the first *Tổng…* row's printed max (else the ending total's)
 *   when positive, else the sum of the normal top-level rows' maxima;
 * - a header with no criteria under it gives an empty table (base 0), not
 *   `null`: the caller decides whether that is unreadable.
 */
import type { CriteriaTable, CriteriaTotalRow, Criterion } from "../../model/criteria";
import { sumOfNormalTops } from "../../model/criteria-tree";
import { a1 } from "../../model/address";
import type { Grid } from "../../model/grid";
import { normalizeText } from "../../text/normalize";
import { CriteriaBuilder } from "./criteria-builder";
import type { CriteriaHeader } from "./criteria-header";
import { findCriteriaHeader } from "./criteria-header";
import { CriteriaSheet } from "./criteria-rows";
import { ReadCache } from "../read-cache";
import { kindFromText } from "./criterion-kind";
import { GRAND_TOTAL, isTotalLabel } from "./row-labels";

export interface CriteriaTableRead {
  readonly table: CriteriaTable;
  readonly header: CriteriaHeader;
  /** Criterion id → 0-based grid row. */
  readonly rows: ReadonlyMap<string, number>;
  /** Criterion id → A1 address of its printed max (only where one is printed). */
  readonly maxCells: ReadonlyMap<string, string>;
  /** The total row the base came from, when there is one. */
  readonly total: CriteriaTotalRow | null;
}

/**
 * Read the criteria table of a sheet; `null` when no header is found in its
 * first 20 rows.
 */
export function readCriteriaTable(grid: Grid, cache = new ReadCache()): CriteriaTableRead | null {
  const header = findCriteriaHeader(grid, cache);
  if (!header) return null;
  const sheet = new CriteriaSheet(grid, header, cache);
  const builder = new CriteriaBuilder();
  let total: CriteriaTotalRow | null = null;
  let blankRun = 0;

  for (let row = header.firstDataRow; row < grid.rowCount; row++) {
    if (sheet.isBlank(row)) {
      blankRun++;
      if (blankRun >= 2 && builder.nodes.length > 0) break;
      continue;
    }
    blankRun = 0;
    const info = sheet.info(row);

    if (info.numbering) {
      if (info.text === "" && info.max === null) continue;
      builder.numbered(info, info.numbering);
      continue;
    }

    const label = normalizeText(info.label);
    if (isTotalLabel(label)) {
      const grand = GRAND_TOTAL.test(label);
      const next = sheet.nextRow(row);
      const nextInfo = next === null ? null : sheet.info(next);
      const totalRow: CriteriaTotalRow = {
        row,
        cell: a1(row, header.maxColumn),
        printed: info.max === null ? null : Math.abs(info.max),
      };
      // A subtotal (*Cộng mục I*) followed by more of the table; the total of
      // the normal sections followed by the bonus and deduction ones; a
      // total followed by another total (*Cộng*, then *Tổng cộng*).
      const nextIsTotal = nextInfo !== null && !nextInfo.numbering && isTotalLabel(normalizeText(nextInfo.label));
      const nextIsExtra = nextInfo?.numbering != null && kindFromText(nextInfo.text) !== "normal";
      const goesOn = nextIsTotal || (grand ? nextIsExtra : nextInfo?.numbering != null);
      if (grand && total === null) total = totalRow;
      if (goesOn) continue;
      if (total === null) total = totalRow;
      break;
    }

    if (info.max === null) {
      if (sheet.hasSignature(row)) break;
      continue; // a heading or a note
    }
    builder.unnumbered(info);
  }

  const kept = builder.finish();
  const keptSet = new Set(kept);
  const criteria: Criterion[] = [];
  const rows = new Map<string, number>();
  const maxCells = new Map<string, string>();
  for (const node of kept) {
    criteria.push({
      id: node.id,
      level: node.level,
      parentId: node.parent && keptSet.has(node.parent) ? node.parent.id : null,
      number: node.number,
      text: node.text,
      maxPoints: node.maxPoints,
      ...(node.maxNegative ? { maxPrintedNegative: true } : {}),
      kind: node.kind,
      allowedValues: node.allowedValues,
      isLeaf: node.children.length === 0,
      source: { file: grid.file, sheet: grid.sheet, cell: a1(node.row, header.textColumn) },
    });
    rows.set(node.id, node.row);
    if (node.maxPoints !== null) maxCells.set(node.id, a1(node.row, header.maxColumn));
  }

  const printed = total?.printed ?? null;
  const base = printed !== null && printed > 0 ? printed : sumOfNormalTops(criteria);
  return {
    table: { criteria, base, source: { file: grid.file, sheet: grid.sheet } },
    header,
    rows,
    maxCells,
    total,
  };
}
