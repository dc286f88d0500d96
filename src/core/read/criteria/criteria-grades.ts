/**
 * Graded criteria (SPEC §2.2) state their levels after the statement, often
 * in brackets, or in a levels column (*Mức đánh giá*): level names each
 * followed by its points, separated by `/`, `;`, `,` or line breaks, with or
 * without `:` and a trailing *điểm* or *đ* — *Tốt 4 / Khá 3 / TB 2 / Yếu 0*,
 * *Tốt: 4 điểm; Khá: 3 điểm; Yếu: 0 điểm*. Those points are the only values
 * a scorer may give. In a criterion's text, a level without *điểm* must be
 * named by a grade word (*Tốt*, *Đạt*…), so that a statement that merely
 * counts things (*Nghị quyết 12, Chỉ thị 05*) is never taken for levels;
 * the caller then checks the largest level against the max.
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
  "chua hoan thanh",
  "khong hoan thanh",
  "hoan thanh tot",
  "hoan thanh xuat sac",
  "day du",
  "chua day du",
  "khong day du",
  "dung han",
  "cham",
  "co",
  "khong",
];

/** A level: its name (the first carries the statement before it; *Mức 1* has a number), `:`, its points, `điểm`/`đ`. */
const LEVEL = /^(.*?)\s*:?\s*(\d+(?:[.,]\d+)?)\s*(diem|d)?\s*\.?$/;
/** Levels are separated by these; a comma only where it is no decimal mark (a digit right after it). */
const SEPARATOR = /\s*(?:[/;|\n]|,(?!\d))\s*/;

interface Level {
  readonly name: string;
  readonly points: number;
  readonly unit: boolean;
}

/** Lower case, no diacritics, `đ` → `d`; punctuation kept, for it separates levels. */
function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[ \t\u00a0\u200b]+/g, " ");
}

function level(piece: string): Level | null {
  const m = LEVEL.exec(piece.trim());
  if (!m) return null;
  const points = Number((m[2] ?? "").replace(",", "."));
  return Number.isFinite(points) ? { name: (m[1] ?? "").trim(), points, unit: m[3] !== undefined } : null;
}

/** The longest run of levels that ends the segment: the statement, then its levels. */
function trailingLevels(segment: string): Level[] {
  const pieces = segment.split(SEPARATOR).filter((p) => p.trim() !== "");
  const run: Level[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const found = level(pieces[i] ?? "");
    if (!found) break;
    run.unshift(found);
  }
  return run;
}

const isGradeName = (name: string) => {
  const words = name.replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  return GRADE_WORDS.some((g) => words === g || words.endsWith(` ${g}`));
};

function distinctPoints(levels: readonly Level[]): number[] {
  const values: number[] = [];
  for (const l of levels) if (!values.includes(l.points)) values.push(l.points);
  return values;
}

/** Where levels may stand: each bracketed part (the last first), then the text without them. */
function segments(text: string): string[] {
  const brackets = [...text.matchAll(/[([]([^()[\]]*)[)\]]/g)].map((m) => m[1] ?? "").reverse();
  return [...brackets, text.replace(/[([][^()[\]]*[)\]]/g, " ")];
}

/** The levels a criterion's text states, largest first as written; null when it states none (at least two). */
export function gradesFromText(text: string): number[] | null {
  if (!/\d/.test(text)) return null;
  for (const segment of segments(plain(text))) {
    const run = trailingLevels(segment);
    // The run ends at the first level, from the end, that neither says điểm nor is named by a grade.
    const from = run.map((l) => l.unit || isGradeName(l.name)).lastIndexOf(false) + 1;
    const levels = run.slice(from);
    if (levels.length >= 2) return distinctPoints(levels);
  }
  return null;
}

/** The levels of a levels column's cell, any names: `Mức 1: 4 điểm; Mức 2: 3 điểm` is [4, 3], not its numbering too. */
export function levelsFromCell(text: string): number[] | null {
  const run = trailingLevels(plain(text));
  return run.length >= 2 && run.length === plain(text).split(SEPARATOR).filter((p) => p.trim() !== "").length ? distinctPoints(run) : null;
}
