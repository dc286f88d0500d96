/**
 * The red team's writers: the criteria workbook, the roster (sheet or
 * text), and scoresheets in layouts A, B and C, each dressed in ways SPEC §2
 * allows and the project's own builder does not use.
 */
import { type Block, type CritRow, type RosterUnit, type Scores, type Table, scoresFor } from "./block";
import { at, col, merge, put, sheet, type SheetModel, type Value } from "./sheet";
import { type ColumnSpec, type Placed, scoreCells, title, writeTable } from "./table";

// ───────────────────────── names ─────────────────────────

export type NameStyle = (name: string) => string;

const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
export const STYLES = {
  full: (n: string) => n,
  nfd: (n: string) => n.normalize("NFD"),
  caps: (n: string) => n.toUpperCase(),
  plain: strip,
  /** Double spaces and a trailing dot, as typed in a hurry. */
  sloppy: (n: string) => `${n.replace(/ /g, "  ")}.`,
} satisfies Record<string, NameStyle>;

// ───────────────────────── labels above the table ─────────────────────────

/** How a labelled name is laid out: after the colon, in the next cell, or in a cell further right past blanks. */
export type LabelMode = "colon" | "right" | "right-skip";

/** Puts `label` and `name` on `row` from `column`; returns the A1 of the cell holding the name. */
export function labelled(model: SheetModel, row: number, column: number, label: string, name: string, mode: LabelMode): string {
  if (mode === "colon") return put(model, row, column, `${label} ${name}`);
  put(model, row, column, label);
  return put(model, row, column + (mode === "right" ? 1 : 3), name);
}

// ───────────────────────── criteria workbook ─────────────────────────

export interface CriteriaOptions {
  readonly startCol: number;
  /** `two-row`: *Điểm* over *Tối đa | Tự chấm | Khối chấm*, those two left empty. */
  readonly header: "two-row" | "one-row";
  /** Parents' maxima as SUM formulas with cached results. */
  readonly maxFormulas: boolean;
  readonly maxOf?: (row: CritRow) => Value;
  /** The text merged over this many cells, for width. */
  readonly textSpan?: number;
}

export function criteriaSheet(table: Table, o: CriteriaOptions): SheetModel {
  const model = sheet("Tiêu chí");
  const twoRow = o.header === "two-row";
  const columns: ColumnSpec[] = twoRow
    ? [{ label: "Tự chấm" }, { label: "Khối chấm" }, { label: "Ghi chú" }]
    : [{ label: "Ghi chú" }];
  const lastCol = o.startCol + 2 + columns.length;
  title(model, 1, o.startCol, lastCol, "KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ");
  title(model, 2, o.startCol, lastCol, table.title);
  put(model, 3, o.startCol, "(Ban hành kèm theo Quyết định số 15/QĐ-KTĐ ngày 20/02/2026 của Trưởng khối)");
  const maxOf = (row: CritRow): Value => {
    if (o.maxOf) return o.maxOf(row);
    if (o.maxFormulas && !row.leaf && typeof row.max === "number") return { formula: "SUM(E1:E2)", result: row.max };
    return row.max;
  };
  writeTable(model, table, {
    headerRow: 5,
    startCol: o.startCol,
    numberLabel: twoRow ? "Mã" : "STT",
    textLabel: twoRow ? "Nội dung chấm điểm" : "Nội dung",
    maxLabel: twoRow ? "Tối đa" : "Số điểm tối đa",
    ...(twoRow ? { group: { label: "Điểm", span: 3 } } : {}),
    columns,
    maxOf,
    totalRow: true,
    ...(o.textSpan ? { textSpan: o.textSpan } : {}),
  });
  return model;
}

// ───────────────────────── roster ─────────────────────────

export function rosterSheet(units: readonly RosterUnit[]): SheetModel {
  const model = sheet("DS đơn vị");
  title(model, 1, 1, 5, "DANH SÁCH CÁC ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA NĂM 2026");
  ["STT", "Đơn vị", "Tên gọi khác", "Đăng ký danh hiệu", "Vai trò"].forEach((l, i) => put(model, 3, i + 1, l));
  units.forEach((u, i) => {
    put(model, 4 + i, 1, i + 1);
    put(model, 4 + i, 2, u.name);
    put(model, 4 + i, 3, (u.aliases ?? []).join("; ") || null);
    put(model, 4 + i, 4, u.registration ?? null);
    put(model, 4 + i, 5, u.role ?? null);
  });
  put(model, 6 + units.length, 4, "Yên Bái, ngày 10 tháng 01 năm 2026");
  put(model, 7 + units.length, 4, "TRƯỞNG KHỐI");
  return model;
}

export function rosterText(units: readonly RosterUnit[]): string {
  return `${units.map((u, i) => `${i + 1}. ${u.name}${u.aliases?.length ? `; ${u.aliases.join(", ")}` : ""}`).join("\n")}\n`;
}

// ───────────────────────── layout A ─────────────────────────

export interface AOptions {
  readonly startCol: number;
  readonly header: "two-row" | "one-row";
  /** One-row header's labels. */
  readonly labels?: { readonly n: string; readonly text: string; readonly max: string; readonly score: string };
  readonly scorerLabel: { readonly text: string; readonly mode: LabelMode } | null;
  readonly rateeLabel: { readonly text: string; readonly mode: LabelMode } | null;
  readonly names: NameStyle;
  readonly subtotals: boolean;
  /** A hidden *Ghi chú* column holding last year's numbers. */
  readonly hiddenOldScores?: boolean;
  readonly leaf?: (row: CritRow, value: number, index: number) => Value;
  readonly maxOf?: (row: CritRow) => Value;
  readonly numberOf?: (row: CritRow) => Value;
  readonly textOf?: (row: CritRow) => string;
  readonly skip?: ReadonlySet<string>;
  readonly inserted?: ReadonlyMap<string, readonly [Value, string, Value, readonly Value[]]>;
}

export interface ASheet {
  readonly model: SheetModel;
  readonly placed: Placed;
  /** 1-based column of the filled score column. */
  readonly scoreCol: number;
  /** A1 of the ratee's name, when a label gives it. */
  readonly rateeCell: string | null;
  /** A1 of a score cell by row key. */
  readonly cell: (key: string) => string;
  readonly maxCell: (key: string) => string;
}

/**
 * One sheet of layout A: the scorer's scores for one ratee (`ratee` null:
 * its self score, in the *Tự chấm* column of a two-row header, or under the
 * self label of a one-row one).
 */
export function layoutASheet(
  block: Block,
  name: string,
  scorer: string,
  ratee: string | null,
  scores: Scores,
  o: AOptions,
): ASheet {
  const model = sheet(name);
  const twoRow = o.header === "two-row";
  const self = ratee === null;
  // two-row: Tối đa | Tự chấm | Khối chấm (under Điểm) | Ghi chú; one-row: score | Minh chứng.
  const scoreIndex = twoRow ? (self ? 0 : 1) : 0;
  const letter = col(o.startCol + 3 + scoreIndex);
  const cells = scoreCells(block.table, scores, { subtotals: o.subtotals, letter, ...(o.leaf ? { leaf: o.leaf } : {}) });
  const old = new Map<string, Value>([...cells].map(([k, v]) => [k, typeof v === "number" ? Math.max(0, v - 1) : null]));
  const columns: ColumnSpec[] = twoRow
    ? [
        { label: "Tự chấm", ...(self ? { cells } : {}) },
        { label: "Khối chấm", ...(self ? {} : { cells }) },
        { label: "Ghi chú", ...(o.hiddenOldScores ? { cells: old, hidden: true } : {}) },
      ]
    : [{ label: o.labels?.score ?? "Điểm chấm", cells }, { label: "Minh chứng" }];
  const lastCol = o.startCol + 2 + columns.length;

  title(model, 1, o.startCol, lastCol, "PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2026");
  let row = 3;
  let rateeCell: string | null = null;
  if (o.scorerLabel) labelled(model, row++, o.startCol, o.scorerLabel.text, o.names(scorer), o.scorerLabel.mode);
  if (o.rateeLabel && !self) rateeCell = labelled(model, row++, o.startCol, o.rateeLabel.text, o.names(ratee), o.rateeLabel.mode);
  put(model, row, o.startCol + 1, "Đơn vị tính: điểm");
  const placed = writeTable(model, block.table, {
    headerRow: row + 2,
    startCol: o.startCol,
    numberLabel: o.labels?.n ?? "Mã",
    textLabel: o.labels?.text ?? "Nội dung chấm điểm",
    maxLabel: twoRow ? "Tối đa" : (o.labels?.max ?? "Số điểm tối đa"),
    ...(twoRow ? { group: { label: "Điểm", span: 3 } } : {}),
    columns,
    totalRow: true,
    ...(o.maxOf ? { maxOf: o.maxOf } : {}),
    ...(o.numberOf ? { numberOf: o.numberOf } : {}),
    ...(o.textOf ? { textOf: o.textOf } : {}),
    ...(o.skip ? { skip: o.skip } : {}),
    ...(o.inserted ? { inserted: o.inserted } : {}),
  });
  signature(model, placed.lastRow + 2, o.startCol + 1);
  const scoreCol = placed.colOf(scoreIndex);
  return {
    model,
    placed,
    scoreCol,
    rateeCell,
    cell: (key) => at(placed.rowOf.get(key) ?? fail(key), scoreCol),
    maxCell: (key) => at(placed.rowOf.get(key) ?? fail(key), placed.maxCol),
  };
}

function signature(model: SheetModel, row: number, column: number): void {
  put(model, row, column + 2, "Yên Bái, ngày 12 tháng 11 năm 2026");
  put(model, row + 1, column, "NGƯỜI LẬP BIỂU");
  put(model, row + 1, column + 2, "THỦ TRƯỞNG ĐƠN VỊ");
}

function fail(key: string): never {
  throw new Error(`no row ${key}`);
}

// ───────────────────────── layout B ─────────────────────────

export interface BColumn {
  /** The header as written: a name, an alias, initials, *Tự chấm*. */
  readonly label: string;
  /** The column's scores; `"x"` fills every leaf with the mark. */
  readonly scores: Scores | "x" | null;
}

export interface BOptions {
  readonly startCol: number;
  /** `grouped`: a merged *Đơn vị được chấm* over the ratee columns, the other labels merged down two rows. */
  readonly header: "two-row" | "one-row" | "grouped";
  readonly scorerLabel: { readonly text: string; readonly mode: LabelMode } | null;
  readonly subtotals: boolean;
  readonly leaf?: (row: CritRow, value: number, index: number) => Value;
  readonly maxOf?: (row: CritRow) => Value;
  readonly inserted?: ReadonlyMap<string, readonly [Value, string, Value, readonly Value[]]>;
  readonly textSpan?: number;
}

export interface BSheet {
  readonly model: SheetModel;
  readonly placed: Placed;
  /** A1 of a column's cell at a row key; the header cell for `"HEADER"`. */
  readonly cell: (column: number, key: string) => string;
  readonly maxCell: (key: string) => string;
}

/** A matrix (layout B): the table, then one score column per ratee, a *Tự chấm* column, a *Ghi chú*. */
export function layoutBSheet(block: Block, name: string, scorer: string, columns: readonly BColumn[], o: BOptions): BSheet {
  const model = sheet(name);
  const twoRow = o.header === "two-row";
  const specs: ColumnSpec[] = columns.map((c, i) => {
    const letter = col(o.startCol + 3 + i);
    const cells =
      c.scores === "x"
        ? new Map(block.table.rows.filter((r) => r.leaf).map((r) => [r.key, "x" as Value]))
        : c.scores
          ? scoreCells(block.table, c.scores, { subtotals: o.subtotals, letter, ...(o.leaf ? { leaf: o.leaf } : {}) })
          : undefined;
    return { label: c.label, ...(cells ? { cells } : {}) };
  });
  specs.push({ label: "Ghi chú" });
  const lastCol = o.startCol + 2 + specs.length;
  title(model, 1, o.startCol, lastCol, "BẢNG CHẤM ĐIỂM THI ĐUA CÁC ĐƠN VỊ TRONG KHỐI NĂM 2026");
  if (o.scorerLabel) labelled(model, 3, o.startCol, o.scorerLabel.text, scorer, o.scorerLabel.mode);
  const grouped = o.header === "grouped";
  const placed = writeTable(model, block.table, {
    headerRow: grouped ? 6 : 5,
    startCol: o.startCol,
    numberLabel: "TT",
    textLabel: "Nội dung tiêu chí",
    maxLabel: twoRow ? "Tối đa" : "Điểm tối đa",
    ...(twoRow ? { group: { label: "Điểm", span: 1 + columns.length } } : {}),
    columns: specs,
    totalRow: true,
    columnNumbers: o.header === "one-row",
    ...(o.textSpan ? { textSpan: o.textSpan } : {}),
    ...(o.maxOf ? { maxOf: o.maxOf } : {}),
    ...(o.inserted ? { inserted: o.inserted } : {}),
  });
  if (grouped) groupRatees(model, columns, placed, o.startCol);
  signature(model, placed.lastRow + 2, o.startCol + 1);
  const headerRow = twoRow || grouped ? 6 : 5;
  return {
    model,
    placed,
    cell: (column, key) =>
      key === "HEADER" ? at(headerRow, placed.colOf(column)) : at(placed.rowOf.get(key) ?? fail(key), placed.colOf(column)),
    maxCell: (key) => at(placed.rowOf.get(key) ?? fail(key), placed.maxCol),
  };
}

/** Row 6 holds the labels: lift every label but the ratees' to row 5, merged down, and head the ratees with a merged group. */
function groupRatees(model: SheetModel, columns: readonly BColumn[], placed: Placed, startCol: number): void {
  const ratees = columns.map((c, i) => ({ c, column: placed.colOf(i) })).filter((x) => x.c.label !== "Tự chấm");
  const first = Math.min(...ratees.map((x) => x.column));
  const last = Math.max(...ratees.map((x) => x.column));
  for (let c = startCol; c <= placed.lastCol; c++) {
    if ((c >= first && c <= last) || (c > placed.textCol && c < placed.maxCol)) continue;
    put(model, 5, c, model.cells.get(at(6, c)) ?? null);
    put(model, 6, c, null);
    // The text may be merged over several cells already: that merge grows a row up instead.
    const right = c === placed.textCol ? placed.maxCol - 1 : c;
    const wide = model.merges.indexOf(`${at(6, c)}:${at(6, right)}`);
    if (wide >= 0) model.merges.splice(wide, 1);
    merge(model, 5, c, 6, right);
  }
  put(model, 5, first, "Đơn vị được chấm");
  merge(model, 5, first, 5, last);
}

// ───────────────────────── layout C ─────────────────────────

export interface CSheet {
  readonly model: SheetModel;
  /** A1 of ratee `r`'s cell under scorer column `s`. */
  readonly cell: (s: number, r: number) => string;
  readonly headerCell: (s: number) => string;
  readonly selfCell: (r: number) => string;
}

/**
 * A totals table (layout C): *STT | Tên đơn vị | Đơn vị chấm điểm* (merged
 * over the scorers' short names) *| Tự chấm | Trung bình | Xếp hạng | Ghi
 * chú*. Totals come from `totals(s, r)`; the diagonal holds `diagonal`.
 */
export function layoutCSheet(
  units: readonly RosterUnit[],
  scorerLabels: readonly string[],
  totals: (s: number, r: number) => Value,
  selfTotal: (r: number) => Value,
  diagonal: (r: number) => Value,
): CSheet {
  const model = sheet("Tổng hợp");
  const n = units.length;
  const first = 3; // column of the first scorer
  const selfCol = first + n;
  const last = selfCol + 3;
  title(model, 1, 1, last, "BẢNG TỔNG HỢP ĐIỂM CHẤM CHÉO NĂM 2026");
  put(model, 3, 1, "STT");
  merge(model, 3, 1, 4, 1);
  put(model, 3, 2, "Tên đơn vị");
  merge(model, 3, 2, 4, 2);
  put(model, 3, first, "Đơn vị chấm điểm");
  merge(model, 3, first, 3, first + n - 1);
  scorerLabels.forEach((l, s) => put(model, 4, first + s, l));
  ["Tự chấm", "Trung bình", "Xếp hạng", "Ghi chú"].forEach((l, i) => {
    put(model, 3, selfCol + i, l);
    merge(model, 3, selfCol + i, 4, selfCol + i);
  });
  units.forEach((u, r) => {
    const row = 5 + r;
    put(model, row, 1, r + 1);
    put(model, row, 2, u.name);
    for (let s = 0; s < n; s++) put(model, row, first + s, s === r ? diagonal(r) : totals(s, r));
    put(model, row, selfCol, selfTotal(r));
    put(model, row, selfCol + 1, { formula: `AVERAGE(C${row}:H${row})`, result: 90 + r / 10 });
    put(model, row, selfCol + 2, { formula: `RANK(J${row},J5:J10)`, result: r + 1 });
  });
  put(model, 6 + n, 2, "Người lập biểu");
  return {
    model,
    cell: (s, r) => at(5 + r, first + s),
    headerCell: (s) => at(4, first + s),
    selfCell: (r) => at(5 + r, selfCol),
  };
}

export { scoresFor };
