import type { Page } from "playwright-core";

/**
 * The browser app's sheets and pages are a menu (issue 22: a strip of 16
 * tabs did not fit a task pane), named in either language; each option is
 * the sheet's name, then what it holds in brackets ("Kiểm tra (28 dòng)",
 * "Biên bản (trang in)").
 */
const menu = (page: Page) => page.getByRole("combobox", { name: /^(Trang đang xem|Sheet shown)$/ });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Shows the sheet or page of that name. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await menu(page).click();
  await page.getByRole("listbox").getByRole("option", { name: new RegExp(`^${escaped(name)} \\(`) }).click();
}

/** The name of the sheet or page shown. */
export function shownSheet(page: Page): Promise<string | null> {
  return menu(page).textContent();
}

/** Every sheet's and page's name in the menu, in its order. */
export async function sheetNames(page: Page): Promise<string[]> {
  await menu(page).click();
  const names = (await page.getByRole("listbox").getByRole("option").allTextContents()).map((text) => text.replace(/ \([^)]*\)$/, "").trim());
  await page.keyboard.press("Escape");
  return names;
}
