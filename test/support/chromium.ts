import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (never a downloaded browser: there is no network here). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error("Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.");
  }
  return found;
}

/** Playwright gives each launch a fresh, throw-away profile; `extraArgs`: more switches (the pane bench marks its browser with one). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Without the networking flags Chromium floods the closed network with
    // refused connections (docs/DECISIONS.md, host facts).
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}
