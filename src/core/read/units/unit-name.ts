/**
 * Cleaning the unit names officers write outside the roster: the scorer named
 * by a file's name (SPEC §2.3: *the file's name with noise removed*), the name
 * after a label in a cell (*Đơn vị chấm: Hội Nhà báo tỉnh*), and the light
 * tidying every name read from a cell gets.
 *
 * These functions only clean; matching a cleaned name to the roster is
 * `unit-match.ts`'s job, and it is lenient enough (words in order, initials)
 * that a little leftover noise does no harm. Cleaning therefore errs on the
 * side of keeping words: it removes only what is never part of a unit's name.
 */
import { normalizeText, squashSpaces, words } from "../../text/normalize";

/**
 * A name as a cell or a file holds it, tidied for display and matching:
 * Unicode NFC (macOS hands file names over decomposed), every run of
 * whitespace (newlines, non-breaking spaces) one space, trimmed. Letters and
 * case are kept as written.
 */
export function cleanUnitName(text: string): string {
  return squashSpaces(text.normalize("NFC"));
}

// ---------------------------------------------------------------------------
// The scorer from a file name

/** One word of a noise phrase: a normalised word, or a test on it. */
type WordTest = string | RegExp;

const YEAR = /^(19|20)\d{2}$/;
const NUMBER = /^\d+$/;

/**
 * Word sequences that never name a unit, normalised (no diacritics, lower
 * case). Longer phrases first: the first that matches at a position wins.
 */
const NOISE_PHRASES: readonly (readonly WordTest[])[] = [
  // what the file is
  ["phieu", "cham", "diem", "cheo"],
  ["bang", "cham", "diem", "cheo"],
  ["ket", "qua", "cham", "diem"],
  ["phieu", "cham", "diem"],
  ["phieu", "cham", "cheo"],
  ["phieu", "tu", "cham"],
  ["phieu", "danh", "gia"],
  ["bang", "cham", "diem"],
  ["bang", "tu", "cham"],
  ["bang", "tong", "hop"],
  ["cham", "diem", "cheo"],
  ["tu", "danh", "gia"],
  ["diem", "tu", "cham"],
  ["diem", "cham", "cheo"],
  ["phieu", "cham"],
  ["bang", "cham"],
  ["bang", "diem"],
  ["cham", "cheo"],
  ["cham", "diem"],
  ["diem", "cham"],
  ["tu", "cham"],
  ["da", "cham"],
  ["ket", "qua"],
  ["don", "vi", "cham"],
  ["phieu"],
  ["cham"],
  ["diem"],
  // when: years, the review round
  ["ngay", NUMBER, "thang", NUMBER],
  ["thang", NUMBER],
  ["nam", "hoc", YEAR],
  ["nam", YEAR],
  [YEAR],
  ["6", "thang", "dau", "nam"],
  ["6", "thang", "cuoi", "nam"],
  ["6", "thang"],
  ["so", "ket"],
  ["tong", "ket"],
  ["cuoi", "nam"],
  // versions and copies
  ["ban", "cuoi", "cung"],
  ["ban", "cuoi"],
  ["ban", "chinh", "thuc"],
  ["ban", "sua"],
  ["ban", "sao"],
  ["da", "sua"],
  ["sua", "lai"],
  ["lan", NUMBER],
  ["final"],
  ["copy", "of"],
  ["copy"],
  ["new"],
];

/** File extensions removed from the end of a file name. */
const EXTENSION = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|ods|csv|txt|tsv|json|pdf|docx?)$/i;

/** Marks removed before the name is cut into words. */
const PRE_CLEAN: readonly RegExp[] = [
  // dates: 12.11.2026, 12-11-2026, 2026_11_12, 12/11/26
  /(?<!\p{N})\d{1,4}[.\-_/]\d{1,2}[.\-_/]\d{1,4}(?!\p{N})/gu,
  // versions: v2, V3, v1.2, ver2, version 3, _v2
  /(?<![\p{L}\p{N}])v(?:er(?:sion)?)?[ ._-]?\d+(?:[._]\d+)*(?![\p{L}\p{N}])/giu,
  // copies: (1), [2], "- Copy (2)" keeps its Copy for the phrase list
  /[([]\s*\d{1,3}\s*[)\]]/gu,
];

/** What separates words in a file name: whitespace, `_ - . , ;` and brackets. */
const SEPARATORS = /[\s_.,;:()[\]{}+\-–—~!'"`]+/u;

/**
 * The scorer named by a file name, with the noise removed (SPEC §2.3): the
 * folders and the extension, what the file is (*phiếu chấm (điểm)*, *bảng
 * chấm điểm*, *chấm (điểm) chéo*, *tự chấm*, *điểm*, *kết quả*), when
 * (years, *năm 2026*, dates such as 12.11.2026, *sơ kết*, *tổng kết*, *6
 * tháng*), versions and copies (*v2*, *(1)*, *bản cuối*, *final*, *Copy*,
 * *lần 2*) and the numbering officers put in front of file names to sort
 * them (*03 - Hội Nhà báo*). Separators become spaces; the words left keep
 * their letters and case as written.
 *
 * *Tự chấm* is noise too: a unit that sends *Hội Luật gia tự chấm.xlsx* is
 * the scorer, scoring itself. Numbers elsewhere in the name stay (*Trường
 * THPT số 1*). Returns `""` when nothing is left (*Phiếu chấm 2026.xlsx*):
 * the caller then has no scorer from the file name.
 *
 * `Phieu cham cheo 2026 - Hoi Luat gia.xlsx` → `Hoi Luat gia`;
 * `CTĐ_cham_cheo_nam_2026 (1).xlsx` → `CTĐ`.
 */
export function scorerFromFileName(fileName: string): string {
  let name = fileName.normalize("NFC");
  name = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  name = name.replace(EXTENSION, "");
  for (const pattern of PRE_CLEAN) name = name.replace(pattern, " ");

  const tokens = name.split(SEPARATORS).filter((t) => t !== "");
  // Each token's normalised words; a token such as "KH&KT" holds several.
  const flat: { word: string; token: number }[] = [];
  tokens.forEach((token, index) => {
    for (const word of words(token)) flat.push({ word, token: index });
  });

  const sequence = flat.map((f) => f.word);
  const removed = new Set<number>();
  let i = 0;
  while (i < sequence.length) {
    const length = noiseAt(sequence, i);
    if (length > 0) {
      for (let k = i; k < i + length; k++) removed.add(k);
      i += length;
    } else {
      i++;
    }
  }
  // Sorting numbers in front of the name: "03 - Hội Nhà báo", "1. CTĐ".
  for (let k = 0; k < sequence.length; k++) {
    if (removed.has(k)) continue;
    if (!NUMBER.test(sequence[k]!) || sequence[k]!.length > 3) break;
    removed.add(k);
  }

  // A token goes when every word of it went; a token of no word (a lone `&`) goes too.
  const keptTokens = new Set(flat.filter((_, k) => !removed.has(k)).map((f) => f.token));
  const kept = tokens.filter((_, index) => keptTokens.has(index));
  return kept.join(" ").replace(/\s+/g, " ").trim();
}

/** The length of the noise phrase starting at `start`, or 0. */
function noiseAt(sequence: readonly string[], start: number): number {
  for (const phrase of NOISE_PHRASES) {
    if (start + phrase.length > sequence.length) continue;
    const fits = phrase.every((test, k) => {
      const word = sequence[start + k]!;
      return typeof test === "string" ? word === test : test.test(word);
    });
    if (fits) return phrase.length;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// The name after a label

/** Labels naming the scorer in a cell above the table (SPEC §2.3). */
export const SCORER_LABELS: readonly string[] = ["Đơn vị chấm", "Đơn vị chấm điểm", "Đơn vị"];

/** Labels naming the ratee in a cell above the table (SPEC §2.3, layout A). */
export const RATEE_LABELS: readonly string[] = [
  "Đơn vị được chấm",
  "Tên đơn vị được chấm",
  "Đơn vị được đánh giá",
];

/**
 * The name a labelled cell gives: `Đơn vị chấm: Hội Nhà báo tỉnh` with the
 * label *Đơn vị chấm* → `Hội Nhà báo tỉnh`.
 *
 * - The text before the first colon (`:` or the full-width `：`) must equal
 *   one of `labels` once normalised (case, diacritics, spaces): *Đơn vị*
 *   does not match *Đơn vị được chấm: X*. A cell holding only the label, with
 *   or without its colon, matches as well.
 * - Returns the text after the colon, trimmed: its first non-empty line (a
 *   cell may go on with *Người chấm: …* on the next line), without the dots,
 *   ellipses and underscores of a blank form (*Đơn vị chấm: ………* is `""`).
 * - Returns `""` when the label matches but no name follows: the caller then
 *   reads the next non-empty cell to the right.
 * - Returns `null` when the cell is not such a label.
 */
export function nameAfterLabel(cellText: string, labels: readonly string[]): string | null {
  const text = cellText.normalize("NFC");
  const colon = text.search(/[:：]/u);
  const head = colon < 0 ? text : text.slice(0, colon);
  const label = normalizeText(head);
  if (label === "" || !labels.some((l) => normalizeText(l) === label)) return null;
  if (colon < 0) return "";

  const lines = text
    .slice(colon + 1)
    .split(/\r?\n|\r/)
    .map((line) => cleanUnitName(line.replace(/^[\s.…_\-–—]+|[\s.…_\-–—]+$/gu, "")))
    .filter((line) => line !== "");
  return lines[0] ?? "";
}
