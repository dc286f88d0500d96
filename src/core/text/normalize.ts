/**
 * Officers type the same heading a dozen ways, on keyboards with and without
 * Vietnamese input, so every label and name is compared in this one normal
 * form (the rules are SPEC §2's).
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a normalised text. */
export function words(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}

/** `needle` appears in `haystack` in order, not necessarily adjacent (*Luật gia* in *Hội Luật gia tỉnh*). */
export function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  let i = 0;
  for (const word of haystack) {
    if (word === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/** A cell's text with its runs of whitespace (newlines, non-breaking and zero-width spaces too) made one space, trimmed. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
