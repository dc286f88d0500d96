/**
 * Whether a section is bonus or deduction, from its text (SPEC §2.2 kinds).
 * Beyond the spec: *điểm khuyến khích* is bonus too; text typed with
 * diacritics is matched with them, so *Điểm công tác* is not *điểm cộng*; a
 * section saying both (*Điểm thưởng, điểm trừ*) is `mixed`: it stays normal
 * and its criteria are judged by their own text.
 */
import type { CriterionKind } from "../../model/criteria";
import { normalizeText } from "../../text/normalize";

/** `normalizeText`, or the lower-cased text with its diacritics when it has any: *cộng* ≠ *công*. */
function phraseForm(text: string): { form: string; strict: boolean } {
  const strict = /[\u0300-\u036fđĐ]/.test(text.normalize("NFD"));
  const form = strict
    ? text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()
    : normalizeText(text);
  return { form: ` ${form} `, strict };
}

function says(text: string, phrases: readonly (readonly [string, string])[]): boolean {
  const { form, strict } = phraseForm(text);
  return phrases.some(([vi, ascii]) => form.includes(` ${strict ? vi : ascii} `));
}

const BONUS_PHRASES = [
  ["điểm thưởng", "diem thuong"],
  ["điểm cộng", "diem cong"],
  ["cộng điểm", "cong diem"],
  ["điểm khuyến khích", "diem khuyen khich"],
] as const;
const DEDUCTION_PHRASES = [
  ["điểm trừ", "diem tru"],
  ["trừ điểm", "tru diem"],
] as const;

/** The kind a section's text names, `"mixed"` when it names both. */
export function kindFromText(text: string): CriterionKind | "mixed" {
  const bonus = says(text, BONUS_PHRASES);
  const deduction = says(text, DEDUCTION_PHRASES);
  if (bonus && deduction) return "mixed";
  return bonus ? "bonus" : deduction ? "deduction" : "normal";
}

