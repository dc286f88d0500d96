/**
 * Layout C — the totals table (SPEC §2.3 C): one sheet whose rows are the
 * ratees and whose columns are the scorers, holding total scores only. It is
 * what a leader's officer consolidates by hand (*bảng tổng hợp điểm chấm
 * chéo*), and what some blocks ask every member to fill in instead of the
 * full table.
 *
 * ```
 *  STT | Đơn vị được chấm     |   Đơn vị chấm điểm (merged)    | Tự chấm | Trung bình | Xếp hạng | Ghi chú
 *      |                      | CTĐ  | Luật gia | Nhà báo | …  |         |            |          |
 *  1   | Hội Chữ thập đỏ tỉnh |  x   | 92,5     | 90      |    | 96      | 91,25      | 2        |
 * ```
 *
 * **Header.** Within the first 20 rows, a row holding the ratee column,
 * labelled (whole normalised label, SPEC §2; a parenthesised remark is
 * dropped as in `labelForms`) *Đơn vị được chấm*, *Tên đơn vị được chấm*,
 * *Đơn vị được đánh giá*, *Tên đơn vị*, *Tên cơ quan, đơn vị*, or plain
 * *Đơn vị*. *Đơn vị* is accepted because consolidated tables often head the
 * column so; it is safe because a table only counts as layout C when at least
 * two of its scorer columns hold mostly numbers (a roster's *Đơn vị* column
 * sits beside text columns) — one is enough when nothing but scores can be
 * meant: the ratee column says *được chấm* / *được đánh giá*, or a *Tự chấm*
 * column holds a number, and the one column is headed by a name rather than
 * a bare *Điểm chấm* (a member's own totals: its name over its column) —,
 * and because a row that is no such table (a
 * scorer label *Đơn vị:* | *Hội Nhà báo tỉnh* above a criteria table) makes
 * the search go on to the next row. When a row holds several ratee labels,
 * the more specific wins (*Đơn vị được chấm* before *Tên đơn vị* before
 * *Đơn vị*).
 *
 * The header has two rows when the ratee cell is merged down into the next
 * row or blank there, and that next row holds a label (a cell with a letter)
 * and no number right of the ratee column: a merged *Đơn vị chấm điểm* over
 * *CTĐ | Luật gia | …*. A column then takes its label from the sub-header;
 * without one, from the top row, unless the top cell is a heading merged
 * across several columns (that column is unlabelled). A horizontally merged
 * label names only its leftmost column.
 *
 * **Columns**, right of the ratee column only (the *STT* on its left is never
 * a scorer): *Tự chấm* and its synonyms are self scores; the words of
 * totals-labels.ts (averages, ranks, notes, the roster's own columns) and
 * unlabelled columns are ignored, hidden or not, and so is a column holding
 * more text than numbers; every other labelled column is a scorer, its
 * label the scorer's name or alias as written (hidden scorer columns are
 * read: hiding is no verdict).
 *
 * **Rows.** Data starts under the header. Skipped: blank rows before the
 * first unit, a row of column numbers (`(1) | (2)`, a name that is only an
 * index), a section row (a Roman numeral left of the name) and a heading
 * merged across the scorer columns, the lower rows of a name merged down.
 * The table ends at the first blank name after the first unit, at a total
 * or average row, or at a signature block (totals-labels.ts) or a
 * date line (*Yên Bái, ngày … tháng … năm …*) in the name cell. A numbering
 * typed in front of the name (`1. Hội Luật gia tỉnh`) is cut off; the name
 * is otherwise kept as written (`cleanUnitName`).
 *
 * **Not layout C** (`null`): no such header; fewer than two scorer columns
 * holding mostly numbers, or none beside a *được chấm* label or a filled *Tự
 * chấm* column (a roster with *Tên đơn vị | Đăng ký thi đua | Vai trò*, or
 * *Tên đơn vị | Số hội viên*; a blank consolidated template); a sheet with a criteria header
 * (`findCriteriaHeader`: layouts A and B, the criteria table).
 *
 * **What each cell yields — the contract with the import pipeline.** A reader
 * cannot match names to the roster, so it does not know the diagonal
 * (*CTĐ* over the column, *Hội Chữ thập đỏ tỉnh* on the row). It therefore:
 * - emits one `RawScoresheet` per (unit row, scorer column): layout `"C"`,
 *   kind `"cross"`, scorer = the column's header (`from: "column"`, its
 *   cell), ratee = the row's name (`from: "row"`, its cell), `column` = the
 *   score cell's A1, one `RawScore` (`criterionId: null`) holding the parsed
 *   cell; the other lists are empty;
 * - turns a **no-score mark** (blank, `x`, `X`, `-`, `–`, `—`, `/`, `\`)
 *   into `{ kind: "blank" }`, and **skips** such a cell outright when the
 *   column's header and the row's name are the same normalised text
 *   (`unitKey`): that is surely the diagonal;
 * - emits a *Tự chấm* cell as kind `"self"`, scorer = the row's name
 *   (`from: "row"`), ratee `null`; a blank or marked *Tự chấm* cell is no
 *   self score and is skipped.
 *
 * So the pipeline must read a layout-C `RawScore` whose value is
 * `{ kind: "blank" }` as **no sheet at all**, never as `SCORE_MISSING`: once
 * matched, scorer = ratee → nothing (no score on the diagonal); otherwise →
 * the pair is missing (`SCORESHEET_MISSING`, a warning), exactly as when no
 * sheet was read for it. The mark is folded into `blank` because a scorer's
 * `x` means "not scored" wherever it stands; keeping it as text would make
 * the checks raise `SCORE_NOT_NUMBER` on diagonals the reader cannot see.
 * A number on the matched diagonal of a cross column is a self score
 * (`SELF_SCORE_IN_CROSS`); other text (*không chấm*) and error values stay
 * as parsed and are `SCORE_NOT_NUMBER` for the checks.
 */
import { a1 } from "../../model/address";
import type { CellValue, Grid } from "../../model/grid";
import { cellAt, mergeAt, visibleValueAt } from "../../model/grid";
import { type CellNumber, cellDisplayText, isBlankCell, isNoScoreMark as isMarkText, parseCellNumber } from "../cell-number";
import { findCriteriaHeader, HEADER_SCAN_ROWS, labelForms } from "../criteria/criteria-header";
import { parseNumbering } from "../../text/numbering";
import { unitKey } from "../units/unit-match";
import { cleanUnitName } from "../units/unit-name";
import type { LayoutReader, NameRef, RawScoresheet, SheetContext } from "./layout";
import { CROSS_SCORE_LABELS } from "./score-columns";
import type { ReadCache } from "../read-cache";
import { type ColumnRole, hasLetter, INDEX_ONLY, isEndName, LEADING_NUMBER, labelText, RATEE_LABELS, roleOf, SCORESHEET_RATEE_LABELS } from "./totals-labels";

/** A column of the header, as read. */
interface LabelledColumn {
  readonly column: number;
  /** Its label as written (tidied); `""` when unlabelled. */
  readonly text: string;
  /** A1 of the cell the label stands in. */
  readonly cell: string;
}

interface TotalsHeader {
  readonly row: number;
  readonly firstDataRow: number;
  readonly rateeColumn: number;
  readonly columns: readonly (LabelledColumn & { readonly role: ColumnRole })[];
}

/** The cell's merge reaches into the row below. */
function mergedDown(grid: Grid, row: number, column: number): boolean {
  const m = mergeAt(grid, row, column);
  return m !== undefined && m.bottom > row;
}

/** A1 of the cell a visible value stands in: a merge's top-left. */
function sourceCell(grid: Grid, row: number, column: number): string {
  const m = mergeAt(grid, row, column);
  return m ? a1(m.top, m.left) : a1(row, column);
}

/** The ratee column of a header row and its label's rank: the most specific ratee label, leftmost on a tie. */
function rateeColumnOf(grid: Grid, row: number): { column: number; rank: number } | null {
  let best: { column: number; rank: number } | null = null;
  for (let c = 0; c < grid.columnCount; c++) {
    const m = mergeAt(grid, row, c);
    if (m && m.left !== c) continue;
    const forms = labelForms(visibleValueAt(grid, row, c));
    const rank = Math.min(...forms.map((f) => RATEE_LABELS.indexOf(f)).filter((i) => i >= 0), Infinity);
    if (rank !== Infinity && (best === null || rank < best.rank)) best = { column: c, rank };
  }
  return best;
}

/** Whether the row under `row` is a sub-header (the scorers under a merged heading). */
function hasSubHeader(grid: Grid, row: number, rateeColumn: number): boolean {
  const sub = row + 1;
  if (sub >= grid.rowCount) return false;
  if (!mergedDown(grid, row, rateeColumn) && !isBlankCell(visibleValueAt(grid, sub, rateeColumn))) return false;
  let labels = 0;
  for (let c = rateeColumn + 1; c < grid.columnCount; c++) {
    if (mergedDown(grid, row, c)) continue;
    const value = visibleValueAt(grid, sub, c);
    if (parseCellNumber(value).kind === "number") return false;
    if (hasLetter(value)) labels++;
  }
  return labels > 0;
}

/** The label of column `c` of a header at `row`, read from one or two rows. */
function columnLabel(grid: Grid, row: number, c: number, twoRows: boolean): LabelledColumn {
  const top = (): LabelledColumn => {
    const m = mergeAt(grid, row, c);
    // A horizontally merged label names its leftmost column; a heading merged
    // across several columns names none when they have sub-labels of their own.
    if (m && m.left !== c) return { column: c, text: "", cell: a1(row, c) };
    if (twoRows && m && m.right > m.left && !mergedDown(grid, row, c)) return { column: c, text: "", cell: a1(row, c) };
    return { column: c, text: labelText(visibleValueAt(grid, row, c)), cell: sourceCell(grid, row, c) };
  };
  if (!twoRows || mergedDown(grid, row, c)) return top();
  const subValue = visibleValueAt(grid, row + 1, c);
  if (hasLetter(subValue)) {
    const m = mergeAt(grid, row + 1, c);
    if (m && m.left !== c) return { column: c, text: "", cell: a1(row + 1, c) };
    return { column: c, text: labelText(subValue), cell: sourceCell(grid, row + 1, c) };
  }
  return top();
}

/** What `x`, `-` and the like mean in a totals table: no score. */
const isNoScoreMark = (value: CellValue): boolean => isBlankCell(value) || (typeof value === "string" && isMarkText(value));


interface UnitRow {
  readonly row: number;
  readonly name: NameRef;
}

/** The unit rows under a header, in order. */
function unitRows(grid: Grid, firstDataRow: number, rateeColumn: number): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let row = firstDataRow; row < grid.rowCount; row++) {
    const m = mergeAt(grid, row, rateeColumn);
    if (m && m.top < row) continue; // the lower rows of a name merged down
    const value = visibleValueAt(grid, row, rateeColumn);
    const raw = typeof value === "string" ? value : isBlankCell(value) ? "" : cellDisplayText(value);
    const text = cleanUnitName(raw);
    if (text === "") {
      if (rows.length > 0) break;
      continue;
    }
    if (isEndName(text, raw)) break;
    if (INDEX_ONLY.test(text) || !hasLetter(text)) continue;
    // A heading merged across the scorer columns, or a section row (I, II left of the name).
    if (m && m.right > rateeColumn) continue;
    let section = false;
    for (let c = 0; c < rateeColumn; c++) {
      const left = visibleValueAt(grid, row, c);
      if (typeof left === "string" && isEndName(cleanUnitName(left), left)) return rows;
      if (parseNumbering(left)?.level === "section") section = true;
    }
    if (section) continue;
    rows.push({ row, name: { text: text.replace(LEADING_NUMBER, ""), from: "row", cell: sourceCell(grid, row, rateeColumn) } });
  }
  return rows;
}

/** How a column's cells read over the unit rows. */
function columnContent(grid: Grid, rows: readonly UnitRow[], column: number): { numbers: number; texts: number } {
  let numbers = 0;
  let texts = 0;
  for (const { row } of rows) {
    const value = cellAt(grid, row, column);
    if (isNoScoreMark(value)) continue;
    const kind = parseCellNumber(value).kind;
    if (kind === "number") numbers++;
    else if (kind === "text") texts++;
  }
  return { numbers, texts };
}

interface TotalsTable {
  readonly header: TotalsHeader;
  readonly rows: readonly UnitRow[];
}

function tryHeader(grid: Grid, row: number): TotalsTable | null {
  const ratee = rateeColumnOf(grid, row);
  if (ratee === null) return null;
  const rateeColumn = ratee.column;
  const twoRows = hasSubHeader(grid, row, rateeColumn);
  let firstDataRow = twoRows ? row + 2 : row + 1;
  // Below the bottom of the header's merged cells.
  for (let c = 0; c < grid.columnCount; c++) {
    const m = mergeAt(grid, row, c);
    if (m && m.top === row) firstDataRow = Math.max(firstDataRow, m.bottom + 1);
  }
  const rows = unitRows(grid, firstDataRow, rateeColumn);
  if (rows.length === 0) return null;

  const columns: (LabelledColumn & { role: ColumnRole })[] = [];
  let numericScorers = 0;
  let namedScorers = 0;
  let selfNumbers = false;
  for (let c = rateeColumn + 1; c < grid.columnCount; c++) {
    const label = columnLabel(grid, row, c, twoRows);
    let role = roleOf(label.text);
    if (role === null) continue;
    const { numbers, texts } = columnContent(grid, rows, c);
    if (role === "scorer") {
      if (texts > numbers) role = "ignored";
      else if (numbers > 0) {
        numericScorers++;
        if (!labelForms(label.text).some((f) => CROSS_SCORE_LABELS.has(f))) namedScorers++;
      }
    } else if (role === "self" && numbers > 0) {
      selfNumbers = true;
    }
    columns.push({ ...label, role });
  }
  // A roster may hold one number column (Số hội viên); only a scoresheet names its ratees "được chấm" or
  // holds self scores, and then one column headed by a name (not a bare *Điểm chấm*) is a scorer's.
  const scoresOnly = ratee.rank < SCORESHEET_RATEE_LABELS || selfNumbers;
  if (numericScorers < 2 && !(scoresOnly && namedScorers >= 1)) return null;
  return { header: { row, firstDataRow, rateeColumn, columns }, rows };
}

function sheetOf(grid: Grid, scorer: NameRef, ratee: NameRef | null, kind: "cross" | "self", cell: string, value: CellNumber): RawScoresheet {
  return {
    layout: "C",
    file: grid.file,
    sheet: grid.sheet,
    scorer,
    ratee,
    kind,
    column: cell,
    scores: [{ criterionId: null, cell, value }],
    absentLeaves: [],
    printedMaxima: [],
    printedSubtotals: [],
    unknownRows: [],
  };
}

/**
 * The scoresheets of a totals table, or `null` when `grid` is none (see the
 * module's comment). Needs no criteria table: classification uses it too.
 */
export function readTotalsTable(grid: Grid, cache?: ReadCache): RawScoresheet[] | null {
  if (findCriteriaHeader(grid, cache) !== null) return null;
  const last = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  let table: TotalsTable | null = null;
  for (let row = 0; row < last && table === null; row++) table = tryHeader(grid, row);
  if (table === null) return null;

  const sheets: RawScoresheet[] = [];
  for (const { row, name } of table.rows) {
    for (const column of table.header.columns) {
      if (column.role === "ignored") continue;
      const value = cellAt(grid, row, column.column);
      const cell = a1(row, column.column);
      const marked = isNoScoreMark(value);
      if (column.role === "self") {
        if (!marked) sheets.push(sheetOf(grid, name, null, "self", cell, parseCellNumber(value, cache)));
        continue;
      }
      if (marked && unitKey(column.text) === unitKey(name.text)) continue; // surely the diagonal
      const scorer: NameRef = { text: column.text, from: "column", cell: column.cell };
      sheets.push(sheetOf(grid, scorer, name, "cross", cell, marked ? { kind: "blank" } : parseCellNumber(value, cache)));
    }
  }
  return sheets;
}

/**
 * Layout C (SPEC §2.3): ratees as rows, scorers as columns, totals only.
 *
 * Contract for the pipeline: every `RawScore` holds a total
 * (`criterionId: null`); a value `{ kind: "blank" }` (a blank cell, or a
 * no-score mark `x`/`-`/`/`) means **no sheet** for that pair — nothing on
 * the matched diagonal, `SCORESHEET_MISSING` elsewhere — never
 * `SCORE_MISSING`. Marks and blanks where the header and the row name are
 * the same text, and blank or marked *Tự chấm* cells, are not emitted at
 * all. The criteria table is not needed (only the context's cache is): a total's
 * max (base plus bonus maxima) is the checks' business.
 */
export const layoutC: LayoutReader = {
  layout: "C",
  scores: "total",
  read(grid: Grid, context: SheetContext): RawScoresheet[] | null {
    return readTotalsTable(grid, context.cache);
  },
};
