/**
 * Label and name matching is case-, whitespace- and diacritics-insensitive
 * (`đ` ~ `d`), ignores trailing colons, and treats punctuation as a word
 * separator (*da cam/dioxin* is *da cam dioxin*): officers type the same
 * heading a dozen ways, on keyboards with and without Vietnamese input.
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
