/**
 * The words of a totals table (layout C, SPEC §2.3 C) beyond the spec: the
 * ratee column's labels, the columns that are no scorer (self scores,
 * averages, ranks, notes, the roster's own), and the rows that end it
 * (totals, averages, a signature block).
 */
import type { CellValue } from "../../model/grid";
import { normalizeText } from "../../text/normalize";
import { labelForms } from "../criteria/criteria-header";
import { cleanUnitName } from "../units/unit-name";

/** Ratee-column labels, most specific first (a row holding several takes the first); the first `SCORESHEET_RATEE_LABELS` only a scoresheet uses. */
export const RATEE_LABELS: readonly string[] = [
  "Đơn vị được chấm",
  "Tên đơn vị được chấm",
  "Đơn vị được chấm điểm",
  "Đơn vị được đánh giá",
  "Tên đơn vị được đánh giá",
  "Tên đơn vị",
  "Tên cơ quan, đơn vị",
  "Cơ quan, đơn vị",
  "Đơn vị",
].map(normalizeText);
export const SCORESHEET_RATEE_LABELS = 5;

export const SELF_LABELS: ReadonlySet<string> = new Set(
  ["Tự chấm", "Điểm tự chấm", "Tự chấm điểm", "Đơn vị tự chấm", "Tự đánh giá", "Điểm tự đánh giá"].map(normalizeText),
);

export const IGNORED_LABELS: ReadonlySet<string> = new Set(
  [
    "STT",
    "TT",
    "Số TT",
    "Số thứ tự",
    "Trung bình",
    "Điểm trung bình",
    "Điểm TB",
    "TB",
    "ĐTB",
    "Bình quân",
    "Điểm bình quân",
    "Xếp hạng",
    "Thứ hạng",
    "Xếp thứ",
    "Hạng",
    "Tổng",
    "Tổng cộng",
    "Tổng điểm",
    "Tổng số",
    "Tổng số điểm",
    "Tổng điểm chấm",
    "Tổng điểm chấm chéo",
    "Ghi chú",
    "Minh chứng",
    "Lý do",
    "Chênh lệch",
    "Số phiếu",
    "Số đơn vị chấm",
    "Số lượt chấm",
    "Xếp loại",
    "Kết quả",
    "Đề nghị",
    "Đề nghị khen thưởng",
    "Danh hiệu",
    "Danh hiệu đề nghị",
    "Hình thức khen thưởng",
    "Đăng ký",
    "Đăng ký thi đua",
    "Đăng ký danh hiệu",
    "Danh hiệu đăng ký",
    "Vai trò",
    "Viết tắt",
    "Tên viết tắt",
    "Điểm chuẩn",
    "Điểm tối đa",
    "Thang điểm",
  ].map(normalizeText),
);

/** Labels opening with these words are ignored too: *Trung bình (chấm chéo)*, *Xếp hạng chung*. */
export const IGNORED_PREFIXES: readonly string[] = ["trung binh", "diem trung binh", "diem tb", "xep hang", "ghi chu", "chenh lech"];


/** A name cell that is only an index: `2`, `(2)`, `2.`, `B` — a row of column numbers. */
export const INDEX_ONLY = /^[([]?\s*(\d{1,3}|[A-Za-z])\s*[.)\]]?$/;
/** A numbering typed in front of a name: `1. Hội…`, `2) Sở…`. */
export const LEADING_NUMBER = /^\s*\d{1,3}\s*[.)]\s+(?=\p{L})/u;

/** Rows that close the table: totals and averages of the columns. */
export const END_ROW = /^(tong cong|tong so|tong diem|cong diem|trung binh|diem trung binh|diem tb|binh quan|diem binh quan)( |$)/;
/** *Tổng* and *Cộng* close it only alone: *Công đoàn…*, *Tổng Liên đoàn…* are units. */
export const END_ROW_EXACT = new Set(["tong", "cong"]);
export const SIGNATURE_PREFIXES: readonly string[] = [
  "nguoi lap",
  "nguoi tong hop",
  "thu truong",
  "xac nhan",
  "noi nhan",
  "ky ghi ro",
  "ky ten",
  "tm ",
  "kt ",
];
export const SIGNATURE_EXACT = new Set(["tm", "kt", "truong khoi", "pho truong khoi", "truong cum", "pho truong cum"]);

export type ColumnRole = "self" | "ignored" | "scorer";

export const hasLetter = (value: CellValue): value is string => typeof value === "string" && /\p{L}/u.test(value);

export function labelText(value: CellValue): string {
  return hasLetter(value) ? cleanUnitName(value) : "";
}

export function roleOf(label: string): ColumnRole | null {
  if (label === "") return null;
  const forms = labelForms(label);
  if (forms.some((f) => SELF_LABELS.has(f))) return "self";
  if (forms.some((f) => IGNORED_LABELS.has(f) || IGNORED_PREFIXES.some((p) => f === p || f.startsWith(`${p} `)))) {
    return "ignored";
  }
  return "scorer";
}

export function isEndName(name: string, raw: string): boolean {
  const n = normalizeText(name);
  if (END_ROW.test(n) || END_ROW_EXACT.has(n)) return true;
  if (SIGNATURE_EXACT.has(n) || SIGNATURE_PREFIXES.some((p) => n.startsWith(p))) return true;
  const colon = raw.indexOf(":");
  if (colon >= 0 && normalizeText(raw.slice(0, colon)) === "ghi chu") return true;
  // A date line: "Yên Bái, ngày 20 tháng 12 năm 2026" (a place and a comma at most before it).
  return /^([^,()\d]{1,40},\s*)?ng[aàá]y(\s|$)/iu.test(raw.normalize("NFC").trim()) && / thang( |$)/.test(n) && / nam( |$)/.test(n);
}
