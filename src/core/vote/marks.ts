/**
 * The marks of a tally (SPEC §5.1), matched as §2 matches labels: officers
 * type *Đồng ý*, *dong y*, *X*, tick ✓, or put 1 and 0.
 */
import type { CellValue } from "../model/grid";
import { isCellError } from "../model/grid";

export type Mark = "for" | "against" | "blank" | "unknown";

// The English words are those of our English drop-down; the rest is SPEC §5.1's list.
const AGREE: ReadonlySet<string> = new Set(["dong y", "nhat tri", "co", "x", "1", "agree", "yes"]);
const DISAGREE: ReadonlySet<string> = new Set(["khong dong y", "khong nhat tri", "khong", "0", "disagree", "no"]);
/** Symbols the normaliser would erase as punctuation. */
const AGREE_SYMBOLS: ReadonlySet<string> = new Set(["✓", "✔", "☑", "✅"]);
const DISAGREE_SYMBOLS: ReadonlySet<string> = new Set(["-", "–", "—", "−"]);

/** The marks our tally's drop-down offers, agreeing first. */
export const MARK_WORDS = {
  vi: { for: "Đồng ý", against: "Không đồng ý" },
  en: { for: "Agree", against: "Disagree" },
} as const;

export function readMark(value: CellValue): Mark {
  if (value === null) return "blank";
  if (typeof value === "number") return value === 1 ? "for" : value === 0 ? "against" : "unknown";
  // An Excel check box writes TRUE / FALSE in its linked cell.
  if (typeof value === "boolean") return value ? "for" : "against";
  if (value instanceof Date || isCellError(value)) return "unknown";
  const text = value.replace(/[\s\u00a0\u200b]+/g, " ").trim();
  if (text === "") return "blank";
  if (AGREE_SYMBOLS.has(text)) return "for";
  if (DISAGREE_SYMBOLS.has(text)) return "against";
  const key = markKey(text);
  if (AGREE.has(key)) return "for";
  if (DISAGREE.has(key)) return "against";
  return "unknown";
}

/**
 * A mark's text compared whole (SPEC §5.1): case and diacritics go, as in §2,
 * but not punctuation, so *Đồng ý?* or *Đồng ý (có ý kiến)* is no agreement.
 */
function markKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** What was typed, as a message quotes it. */
export function markText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value);
}
