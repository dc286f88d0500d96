import { normalizeText } from "../../text/normalize";

/**
 * Graded criteria often state their grades only in their text: *Chấp hành
 * chế độ báo cáo (Tốt: 4 điểm; Khá: 3 điểm; Trung bình: 2 điểm; Yếu: 0
 * điểm)*. Those points are the only values a scorer may give. Read them when
 * the text names at least two grades each followed by its points, so that a
 * criterion merely mentioning *tốt* is never taken for a graded one.
 */
const GRADE_WORDS = [
  "xuat sac",
  "tot",
  "kha",
  "trung binh",
  "tb",
  "dat",
  "chua dat",
  "khong dat",
  "yeu",
  "kem",
  "hoan thanh",
  "khong hoan thanh",
  "hoan thanh tot",
  "hoan thanh xuat sac",
];

// Longest first, so "khong dat" is not read as "dat".
const GRADE = [...GRADE_WORDS].sort((a, b) => b.length - a.length).join("|");
// After normalisation punctuation is a space, so "2,5 điểm" reads "2 5 diem".
const PAIR = new RegExp(`(?:^| )(?:${GRADE}) (\\d+)(?: (\\d+))? ?(?:diem|d)\\b`, "g");

// Every row's text passes here; only a text with points in it is worth normalising.
const HAS_POINTS = /\d\s*(?:đ|Đ|d|D)/;

export function gradesFromText(text: string): number[] | null {
  if (!HAS_POINTS.test(text)) return null;
  const normalized = normalizeText(text);
  const values: number[] = [];
  for (const match of normalized.matchAll(PAIR)) {
    const [, whole = "", fraction] = match;
    const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
    if (!values.includes(value)) values.push(value);
  }
  return values.length >= 2 ? values : null;
}
