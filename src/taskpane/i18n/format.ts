import type { Lang } from "../../core/i18n/lang";

const formats = new Map<string, Intl.NumberFormat>();

/** A number formatter for the language, made once per language and digits (a table renders thousands of cells). */
export function numberFormat(lang: Lang, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${lang} ${minDigits} ${maxDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits, useGrouping: false });
    formats.set(key, format);
  }
  return format;
}

/** A score as the officer reads it: `decimals` decimals, the language's decimal mark; "—" for none. */
export function formatScore(value: number | null | undefined, lang: Lang, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return numberFormat(lang, decimals, decimals).format(value);
}
