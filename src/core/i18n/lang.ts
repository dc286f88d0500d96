/** Vietnamese first; English whenever Office (or the browser) is not Vietnamese. */
export type Lang = "vi" | "en";

/** `vi-VN`, `vi` → `vi`; any other language → `en`; none known → `vi` (Vietnamese first). */
export function pickLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.trim().toLowerCase().split(/[-_]/)[0] === "vi" ? "vi" : "en";
}
