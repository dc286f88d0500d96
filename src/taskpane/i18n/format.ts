import type { Lang } from "../../core/i18n/lang";

/** A score as the officer reads it: `decimals` decimals, the language's decimal mark; blank for none. */
export function formatScore(value: number | null | undefined, lang: Lang, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(value);
}
