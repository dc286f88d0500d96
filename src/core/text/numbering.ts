/**
 * The numbering column of a criteria table (SPEC §2.2): what level a row
 * stands at, read from `I`, `2.`, `2.1`, `a)`.
 *
 * Beyond the spec's levels:
 * - Roman numerals go up to XXXIX: only I, V and X are used, so `C`, `D`,
 *   `L`, `M` are letters (items).
 * - `(2)` and a number cell 2 are criteria too; a Roman prefix of a dotted
 *   number (`I.2`, `II.2.1`) is accepted and kept apart.
 * - `(a)` and `đ` (which Vietnamese lists put between d and e) are items;
 *   so are lower-case Roman numerals (`i)`, `ii)`, `iv.`), the usual second
 *   list style. Lower case is never a section: `i)` after `h)` is the ninth
 *   item, `i)` before `ii)` the first of a Roman list, and both read as
 *   items. Upper-case `I` is always a section
 *   here (the table reader undoes that after an upper-case `H` item).
 * - Bullets (`-`, `+`, `*`, `•`…) and anything else are no numbering.
 *
 * Numbers: Excel stores a typed `1.1` as the number 1.1, and a typed `1.10`
 * as the same number 1.1, so a number cell is read by its shortest string
 * form (`String(1.1)` = `"1.1"`): sub-criterion 1.10 typed into a cell left
 * in the General format is indistinguishable from 1.1. Tables that number
 * past 1.9 format the column as text; where they did not, the table reader
 * keeps ids unique but cannot recover the intended number.
 */
import type { CellValue } from "../model/grid";
import { isCellError } from "../model/grid";

export type Numbering = SectionNumbering | NumberedNumbering | ItemNumbering;

interface NumberingBase {
  /** As printed, trimmed: `II.`, `2.1`, `a)`; a number cell by its string form. */
  readonly printed: string;
  /** The id segment it contributes: `II`, `2`, `2.1`, `a`. */
  readonly key: string;
}

export interface SectionNumbering extends NumberingBase {
  readonly level: "section";
  /** The numeral's value: `IV` → 4. */
  readonly value: number;
}

export interface NumberedNumbering extends NumberingBase {
  /** One part is a criterion, two or more a sub-criterion. */
  readonly level: "criterion" | "subcriterion";
  /** `2.3.1` → [2, 3, 1]. */
  readonly parts: readonly number[];
  /** The Roman prefix of `I.2` / `II.2.1`, when printed. */
  readonly sectionPrefix?: string;
}

export interface ItemNumbering extends NumberingBase {
  readonly level: "item";
  /** Lower-cased: `a`, `đ`, `ii`. */
  readonly letter: string;
  /** Printed in upper case (`A)`), which some tables use for parts. */
  readonly uppercase: boolean;
}

const SECTION_ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const LOWER_ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** `XIV` → 14 (only I, V, X: sections never go near L). */
export function romanValue(roman: string): number {
  let total = 0;
  const upper = roman.toUpperCase();
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i] ?? ""] ?? 0;
    const next = ROMAN_VALUES[upper[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Strip one trailing `.`, `)` or `:` and a `(` wrapping, and all spaces. */
function core(text: string): string | null {
  let s = text.replace(/[\s\u00a0\u200b]+/g, "");
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) return null;
    s = s.slice(1, -1);
  } else if (/[.):]$/.test(s)) {
    s = s.slice(0, -1);
  }
  return s === "" ? null : s;
}

function fromNumberText(printed: string, digits: string, sectionPrefix?: string): Numbering | null {
  if (!/^\d{1,4}(\.\d{1,4})*$/.test(digits)) return null;
  const parts = digits.split(".").map(Number);
  if (parts.some((p) => p === 0 && parts.length === 1)) return null;
  const key = parts.join(".");
  const level = parts.length === 1 ? "criterion" : "subcriterion";
  return sectionPrefix === undefined
    ? { level, printed, key, parts }
    : { level, printed, key, parts, sectionPrefix };
}

/**
 * The numbering a cell holds, or `null` for none (blank, bullets, text,
 * errors, dates, booleans).
 */
export function parseNumbering(raw: CellValue): Numbering | null {
  if (raw === null || typeof raw === "boolean" || raw instanceof Date || isCellError(raw)) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw <= 0) return null;
    const printed = String(raw);
    return fromNumberText(printed, printed);
  }
  const printed = raw.replace(/[\s\u00a0]+/g, " ").trim();
  const s = core(printed);
  if (s === null) return null;

  if (SECTION_ROMAN.test(s)) return { level: "section", printed, key: s, value: romanValue(s) };

  const prefixed = /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\.(\d.*)$/.exec(s);
  if (prefixed && prefixed[1] && prefixed[2]) {
    return fromNumberText(printed, prefixed[2].replace(/\.$/, ""), prefixed[1]);
  }

  if (/^\d/.test(s)) return fromNumberText(printed, s.replace(/\.$/, ""));

  if (/^[a-zA-ZđĐ]$/.test(s)) {
    return { level: "item", printed, key: s.toLowerCase(), letter: s.toLowerCase(), uppercase: s !== s.toLowerCase() };
  }
  if (s.length > 1 && LOWER_ROMAN.test(s)) {
    return { level: "item", printed, key: s, letter: s, uppercase: false };
  }
  return null;
}

/** Numbering that may open a text cell: `I. CÔNG TÁC…`, `2.1. Thực hiện…`, `a) Tổ chức…`. */
const LEADING = /^\s*(\(?(?:[IVX]{1,6}|\d{1,3}(?:\.\d{1,3})*|[a-zA-ZđĐ])[.):]|\((?:\d{1,3}|[a-zđ])\)|\d{1,3}(?:\.\d{1,3})+)\s+(?=\S)/u;

/**
 * Split the numbering off the start of a text (`"a) Tổ chức hội nghị"` →
 * `a)` and `"Tổ chức hội nghị"`), for tables that keep the numbering in the
 * text cell. A letter or a whole number needs its `.`, `)` or `:` and a space
 * after it, so an ordinary first word is never taken for a numbering.
 */
export function splitLeadingNumbering(text: string): { numbering: Numbering; rest: string } | null {
  const match = LEADING.exec(text);
  if (!match || match[1] === undefined) return null;
  const numbering = parseNumbering(match[1]);
  if (!numbering) return null;
  return { numbering, rest: text.slice(match[0].length).trim() };
}

/** True for the bullets that mark a row without numbering: `-`, `+`, `*`, `•`… */
export function isBullet(raw: CellValue): boolean {
  return typeof raw === "string" && /^\s*[-+*•·◦▪▫●○■□–—−]+\s*$/u.test(raw);
}
