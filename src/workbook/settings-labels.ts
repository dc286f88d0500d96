/**
 * A row of Cài đặt (tdSettings) is ours by its label in either language,
 * matched as placeholders are (case, spaces and diacritics aside), so a
 * workbook written in one language reads back in the other.
 */
import type { Lang } from "../core/i18n/lang";
import { placeholderKey } from "../core/documents/placeholders";

/** The field a row's label names, from each language's labels of the fields. */
export function fieldByLabel<F extends string>(labels: Record<Lang, Record<F, string>>): (label: unknown) => F | undefined {
  const byKey = new Map<string, F>();
  for (const words of Object.values<Record<F, string>>(labels)) for (const field of Object.keys(words) as F[]) byKey.set(placeholderKey(words[field]), field);
  return (label) => (typeof label === "string" ? byKey.get(placeholderKey(label)) : undefined);
}
