/**
 * The labelled columns of a scoresheet's header beyond the criteria table's
 * own (SPEC §2.3): which hold scores, which are notes to ignore, and which
 * name a ratee (layout B).
 *
 * A column is named by its sub-header in a two-row header (*Điểm* over
 * *Tối đa | Tự chấm | Khối chấm*), else by its one label; the top and the
 * sub-header read together are tried too (*Điểm* + *Khối chấm* is *Điểm
 * khối chấm*). Labels match whole, normalised (`labelForms`: case,
 * diacritics, spacing, punctuation, a trailing colon and a `( … )` remark
 * aside), never by substring, so a unit named *Hội Nông dân* is never taken
 * for a label.
 *
 * - **cross**: SPEC §2.3's labels, and the same words as officers also
 *   write them: *Khối chấm*, *Cụm chấm*, *Chấm chéo*, *Khối
 *   thẩm định*, *Điểm đạt*, a lone *Điểm* next to the max column…
 * - **self**: SPEC §2.3's labels, *Điểm tự đánh giá*, *Đơn vị tự chấm*.
 * - **ignored**: SPEC §2.3's, the max labels of §2.2, and the columns of
 *   explanations, units of measure, averages and ranks officers add; a label that opens with *Ghi
 *   chú*, *Minh chứng*, *Lý do*, *Tài liệu*, *Nhận xét*, *Giải trình*,
 *   *Diễn giải*, *Căn cứ* or *Kết quả* too (*Minh chứng kèm theo*, *Kết
 *   quả thực hiện*). A label with a year is tried without it (*Điểm chấm
 *   năm 2026* is a cross label); when it is still no score label (*Kết quả
 *   2025*, *Điểm lần 1 năm 2025*: last year's figures) it is ignored, for
 *   no unit's name holds a year. A column with no
 *   letter in its label (`(4)`, `5`) and a blank column under a two-row
 *   group heading (*Điểm chấm các đơn vị* over names, one of its sub cells
 *   left blank) count as unlabelled, hence ignored.
 * - **other**: everything else: in a matrix (layout B), a ratee's name.
 *
 * Hidden columns are classified like visible ones: hiding a column does not
 * delete the scores in it, and an ignored or unlabelled column is ignored
 * either way (SPEC §2.3). Only whether a sheet is a matrix is decided on
 * visible columns (`isMatrix`).
 */
import type { Grid } from "../../model/grid";
import { normalizeText } from "../../text/normalize";
import type { CriteriaHeader, HeaderColumn } from "../criteria/criteria-header";
import { labelForms } from "../criteria/criteria-header";
import type { SheetTable } from "./table-rows";
import { columnHasNumber } from "./table-rows";

export type ScoreColumnRole = "cross" | "self" | "ignored" | "other";

/** Cross-score labels, normalised. */
export const CROSS_SCORE_LABELS: ReadonlySet<string> = new Set([
  // SPEC §2.3
  "diem cham",
  "diem khoi cham",
  "diem cum cham",
  "diem cham cheo",
  "diem danh gia",
  "diem tham dinh",
  // the two-row header's sub labels (under *Điểm*), and one-row forms of them
  "khoi cham",
  "cum cham",
  "cham cheo",
  "khoi tham dinh",
  "cum tham dinh",
  "diem khoi tham dinh",
  "diem cum tham dinh",
  "diem khoi",
  "diem cum",
  "diem cham cua khoi",
  "diem cham cua cum",
  "diem danh gia cheo",
  "danh gia cheo",
  "diem cham diem cheo",
  // the score given, as a per-ratee sheet words it
  "diem",
  "diem so",
  "so diem",
  "diem dat",
  "diem dat duoc",
  "so diem dat",
  "so diem dat duoc",
  "diem cham dat",
]);

/** Self-score labels, normalised. */
export const SELF_SCORE_LABELS: ReadonlySet<string> = new Set([
  "diem tu cham",
  "tu cham",
  "tu danh gia",
  "diem tu danh gia",
  "don vi tu cham",
  "diem don vi tu cham",
  "tu cham diem",
  "diem tu cham cua don vi",
]);

/** Columns read by no layout, normalised. */
export const IGNORED_LABELS: ReadonlySet<string> = new Set([
  // SPEC §2.3
  "ghi chu",
  "minh chung",
  "ly do",
  "toi da",
  "diem chuan",
  // the max column's other names, should a sheet print a second one
  "diem toi da",
  "thang diem",
  "diem quy dinh",
  "so diem toi da",
  "chuan",
  "quy dinh",
  "diem chuan toi da",
  "muc diem toi da",
  // notes, evidence, explanations
  "kiem chung",
  "can cu",
  "y kien",
  "yeu cau",
  "huong dan",
  "huong dan cham",
  "huong dan cham diem",
  "cach cham",
  "cach cham diem",
  "cach tinh",
  "cach tinh diem",
  "phuong phap cham",
  "phuong phap cham diem",
  "phuong phap tinh",
  "phuong phap tinh diem",
  "ket qua thuc hien",
  "noi dung thuc hien",
  "noi dung chi tiet",
  "muc do hoan thanh",
  "thoi gian",
  "thoi han",
  // units of measure
  "dvt",
  "don vi tinh",
  // numbering, should a sheet print a second one
  "tt",
  "stt",
  "so tt",
  // what a summary adds
  "tong",
  "cong",
  "cong diem",
  "tong cong",
  "tong diem",
  "trung binh",
  "diem trung binh",
  "diem tb",
  "tb",
  "xep hang",
  "xep thu",
  "thu hang",
  "hang",
  "chenh lech",
]);

/** Label openings that make a column a note: *Minh chứng kèm theo*, *Ghi chú của đơn vị*. */
const IGNORED_PREFIXES = [
  "ket qua",
  "ghi chu",
  "minh chung",
  "ly do",
  "tai lieu",
  "nhan xet",
  "giai trinh",
  "dien giai",
  "can cu",
  "y kien",
  "huong dan",
];

const hasLetter = (text: string) => /\p{L}/u.test(text);

function forms(text: string): string[] {
  return labelForms(text);
}

function roleOfForms(list: readonly string[]): ScoreColumnRole | null {
  if (list.some((f) => SELF_SCORE_LABELS.has(f))) return "self";
  if (list.some((f) => CROSS_SCORE_LABELS.has(f))) return "cross";
  if (list.some((f) => IGNORED_LABELS.has(f) || IGNORED_PREFIXES.some((p) => f === p || f.startsWith(`${p} `)))) {
    return "ignored";
  }
  return null;
}

/** A year, with its *năm*: `2025`, `năm 2025`, `năm học 2024 2025`. */
const YEAR = /(^| )(nam (hoc )?)?(19|20)\d{2}( (19|20)\d{2})?(?= |$)/g;
const HAS_YEAR = new RegExp(YEAR.source);

/** The role of a label, also with a year taken out of it (*Điểm chấm năm 2026* is *Điểm chấm*). */
function roleOfLabel(text: string): ScoreColumnRole | null {
  const list = forms(text);
  const own = roleOfForms(list);
  if (own) return own;
  if (!list.some((f) => HAS_YEAR.test(f))) return null;
  return roleOfForms(list.map((f) => f.replace(YEAR, " ").replace(/\s+/g, " ").trim()).filter((f) => f !== ""));
}

const holdsYear = (text: string) => forms(text).some((f) => HAS_YEAR.test(f));

/** True for a text that is a self-score label (*Tự chấm*, *Điểm tự chấm 2026*): what a self sheet's tab is named. */
export function isSelfScoreLabel(text: string): boolean {
  return roleOfLabel(text) === "self";
}

/**
 * What a header column is, from its label alone: the naming label (the
 * sub-header when it has a letter, else the top), then the top and the
 * sub-header read together, each also without a year. A label that holds a
 * year and is no score label (*Kết quả 2025*, *Điểm năm 2024*: last year's
 * figures, kept beside this year's) names no unit: ignored.
 */
export function scoreColumnRole(column: HeaderColumn): ScoreColumnRole {
  const { top, sub } = column.label;
  const naming = sub !== undefined && hasLetter(sub) ? sub : top;
  if (!hasLetter(naming)) return "ignored";
  const own = roleOfLabel(naming);
  if (own) return own;
  if (sub !== undefined && hasLetter(sub) && top !== "") {
    const joined = roleOfLabel(`${top} ${sub}`);
    if (joined) return joined;
  }
  return holdsYear(naming) ? "ignored" : "other";
}

/** The naming label of a column: its sub-header when that has a letter, else its top label. */
export function columnName(column: HeaderColumn): string {
  const { top, sub } = column.label;
  return sub !== undefined && hasLetter(sub) ? sub : top;
}

/** The latest year a column's label names (*Điểm chấm năm 2026* → 2026), `null` for none. */
function labelYear(column: HeaderColumn): number | null {
  const years = forms(`${column.label.top} ${column.label.sub ?? ""}`).flatMap((f) =>
    [...f.matchAll(/(?:^| )((?:19|20)\d{2})(?= |$)/g)].map((m) => Number(m[1])),
  );
  // A loop, not Math.max(...): a pasted label may hold more years than a call takes arguments.
  return years.length === 0 ? null : years.reduce((a, b) => (b > a ? b : a));
}

/** Most recent first: a label without a year is this round's; then the latest year; else left to right. */
function byRecency(columns: HeaderColumn[]): HeaderColumn[] {
  const rank = (c: HeaderColumn) => labelYear(c) ?? Number.POSITIVE_INFINITY;
  return columns.map((c, i) => ({ c, i, r: rank(c) })).sort((a, b) => b.r - a.r || a.i - b.i).map((x) => x.c);
}

export interface ClassifiedColumns {
  /** Cross-score columns, most recent first (`byRecency`: *Điểm chấm* before *Điểm chấm 2025*), else left to right. */
  readonly cross: readonly HeaderColumn[];
  /** Self-score columns, in the same order. */
  readonly self: readonly HeaderColumn[];
  /** Labelled columns that are none of the labels above: a matrix's ratees. */
  readonly other: readonly HeaderColumn[];
}

/** The header's other columns (`CriteriaHeader.otherColumns`) sorted by role; ignored ones are dropped. */
export function classifyColumns(header: CriteriaHeader): ClassifiedColumns {
  const columns = header.otherColumns;
  // Tops that head sub-labelled columns: a column under one of them with no
  // sub label of its own is a blank cell of the group, not a column named
  // by the group's heading.
  const groupTops = new Set(
    columns.filter((c) => c.label.sub !== undefined).map((c) => normalizeText(c.label.top)),
  );
  const twoRows = header.lastHeaderRow > header.headerRow;
  const cross: HeaderColumn[] = [];
  const self: HeaderColumn[] = [];
  const other: HeaderColumn[] = [];
  for (const column of columns) {
    if (twoRows && column.label.sub === undefined && groupTops.has(normalizeText(column.label.top))) continue;
    const role = scoreColumnRole(column);
    if (role === "cross") cross.push(column);
    else if (role === "self") self.push(column);
    else if (role === "other") other.push(column);
  }
  return { cross: byRecency(cross), self: byRecency(self), other };
}

/**
 * Whether a sheet's columns make it a matrix (layout B) rather than a
 * per-ratee sheet (layout A); layouts A and B both ask, so a sheet is never
 * both. A matrix has columns labelled with neither a score label nor an
 * ignored one (its ratees) and
 * - some of them hold a number in a leaf row, or
 * - it has no cross-score column: a *Tự chấm* column beside ratees' names is
 *   a matrix not yet filled in (SPEC §2.3 B).
 * Only visible columns decide it: a hidden column of figures (an earlier
 * draft, last year's scores) does not turn a per-ratee sheet into a matrix.
 * Once a sheet is a matrix, its hidden ratee columns are read too. A
 * per-ratee template with its *Khối chấm* column and an extra labelled
 * column holding no score (a note the officer added) stays layout A.
 */
export function isMatrix(grid: Grid, columns: ClassifiedColumns, table: SheetTable): boolean {
  const visible = columns.other.filter((c) => !grid.hiddenColumns.has(c.column));
  if (visible.length === 0) return false;
  if (columns.cross.length === 0) return true;
  return visible.some((c) => columnHasNumber(grid, table, c.column));
}

/** The first of `columns` holding a number in a leaf row. */
export function firstWithNumber(
  grid: Grid,
  table: SheetTable,
  columns: readonly HeaderColumn[],
): HeaderColumn | undefined {
  return columns.find((c) => columnHasNumber(grid, table, c.column));
}
