/**
 * A score or max cell as the domain reads it (SPEC §2.3 "Cell values"):
 * numbers, numbers typed as text, blanks, other text, Excel errors. Shared by
 * the criteria table and the scoresheet readers.
 *
 * Text is a number when, once trimmed, it is an optional sign (`-`, `+`, or
 * the Unicode minus `−`, en dash `–`), digits, and at most one decimal mark,
 * `,` or `.`: `" 9,5 "`, `"10.0"`, `"-2"`, `"−2"`, `",5"`, `"10."`. Spaces
 * around the sign and the mark are stray and ignored (`"- 2"`, `"9 , 5"`).
 *
 * Thousands separators are not read: a score is rarely above 1000, so
 * `"1.000,5"` and `"1 000"` are text (`SCORE_NOT_NUMBER` for the checks,
 * which asks the officer to retype it), and `"1,000"` / `"1.000"` are the
 * number 1 with three decimals, which is what a Vietnamese officer typing
 * a decimal comma means. Dates and booleans are text: a score Excel turned
 * into a date (`9.5` → 9 May under some locales) cannot be recovered safely.
 */
import { cacheSlot, type ReadCache } from "./read-cache";
import type { CellValue } from "../model/grid";
import { isCellError } from "../model/grid";

export type CellNumber =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "error"; readonly error: string };

const NUMBER_TEXT = /^([-+\u2212\u2013])?\s*(\d*)(?:\s*([.,])\s*(\d*))?$/;
const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

// Parsed cells are immutable values: a block's half-million scores share a few
// hundred distinct numbers, so they share the objects too (far less garbage).
const BLANK: CellNumber = Object.freeze({ kind: "blank" });
const NUMBER_CELLS = cacheSlot<number, CellNumber>("parsed numbers", 10_000);
const freezeNumber = (value: number): CellNumber => Object.freeze({ kind: "number", value });
const numberCell = (n: number, cache: ReadCache | undefined) => (cache ? cache.get(NUMBER_CELLS, n, freezeNumber) : freezeNumber(n));

/** The cell as a score; with an import's `cache`, equal numbers share one object. */
export function parseCellNumber(value: CellValue, cache?: ReadCache): CellNumber {
  if (value === null) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", error: "#NUM!" };
    return numberCell(value === 0 ? 0 : value, cache);
  }
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "text", text: cellDisplayText(value) };

  const text = value.replace(SPACES, " ").trim();
  if (text === "") return BLANK;
  const match = NUMBER_TEXT.exec(text);
  if (match) {
    const [, sign = "", whole = "", , fraction = ""] = match;
    if (whole !== "" || fraction !== "") {
      const magnitude = Number(`${whole === "" ? "0" : whole}.${fraction === "" ? "0" : fraction}`);
      const negative = sign !== "" && sign !== "+";
      return numberCell(negative && magnitude !== 0 ? -magnitude : magnitude, cache);
    }
  }
  return { kind: "text", text };
}

/** The number a cell holds (typed or as text), else `null`. */
export function cellNumber(value: CellValue): number | null {
  const parsed = parseCellNumber(value);
  return parsed.kind === "number" ? parsed.value : null;
}

/**
 * What officers type where no score is due, the scorer's own column, row or
 * cell: `x`, `-` (and its dashes), `/`, `\`. SPEC §2.3 names `x` and `-` on
 * the diagonal of a totals table; a matrix's own column is the same diagonal.
 */
const NO_SCORE_MARK = /^[xX×\-–—−/\\]$/u;

/** True for a text that is only a no-score mark (see `NO_SCORE_MARK`), spaces aside. */
export function isNoScoreMark(text: string): boolean {
  return NO_SCORE_MARK.test(text.replace(SPACES, ""));
}

/** True for an empty cell or one holding only spaces. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.replace(SPACES, "") === "");
}

/**
 * The cell as the user sees it, for messages and `ScoreEntry.raw`: text
 * trimmed, numbers by their string form, errors by their code, dates as
 * `dd/mm/yyyy`, blank as `""`.
 */
export function cellDisplayText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.replace(SPACES, " ").trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  return value.error;
}

/** A max as printed: a number, a number typed as text, or `"10 điểm"`, `"(-5đ)"`, `"tối đa 5 điểm"`. */
export function parseMaxCell(value: CellValue): number | null {
  const parsed = parseCellNumber(value);
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind !== "text") return null;
  const match = /^\(?\s*(?:tối đa|toi da|max)?\s*([-+\u2212\u2013]?\s*\d+(?:\s*[.,]\s*\d+)?)\s*(?:điểm|diem|đ|d)?\s*\)?$/i.exec(
    parsed.text,
  );
  if (!match || match[1] === undefined) return null;
  const inner = parseCellNumber(match[1]);
  return inner.kind === "number" ? inner.value : null;
}
