import type { Page } from "playwright-core";

const WORDS = {
  vi: { compute: "Tính xếp hạng", anyway: "Vẫn tính xếp hạng", caption: "Xếp hạng (" },
  en: { compute: "Compute ranking", anyway: "Rank anyway", caption: "Ranking (" },
} as const;

/**
 * Step 3's *Tính xếp hạng* clicked in the built pane; when scoresheets are
 * left out for errors the pane asks first (issue 22), and the officer ranks
 * anyway. Resolves once the ranking's table is shown.
 */
export async function rankInPane(page: Page, lang: "vi" | "en" = "vi"): Promise<void> {
  const w = WORDS[lang];
  await page.getByRole("button", { name: w.compute, exact: true }).click();
  const anyway = page.getByRole("button", { name: w.anyway, exact: true });
  const ranked = page.locator("caption", { hasText: w.caption });
  await anyway.or(ranked).first().waitFor();
  if ((await anyway.count()) > 0) await anyway.click();
  await ranked.first().waitFor();
}
