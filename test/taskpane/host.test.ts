/** @jest-environment jsdom */
import { detectHost } from "../../src/taskpane/app/host";

type OfficeGlobal = { Office?: unknown };

function setBrowserLanguage(lang: string) {
  Object.defineProperty(window.navigator, "language", { value: lang, configurable: true });
}

function installOffice(host: string | null, displayLanguage: string, bodyBackgroundColor = "#FFFFFF") {
  (globalThis as OfficeGlobal).Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host, platform: host ? "PC" : null }),
    context: { displayLanguage, officeTheme: { bodyBackgroundColor } },
  };
}

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe("detectHost", () => {
  test("without office.js (a plain browser offline) it is a preview in the browser's language", async () => {
    setBrowserLanguage("vi-VN");
    await expect(detectHost()).resolves.toEqual({ kind: "preview", lang: "vi", dark: false });
    setBrowserLanguage("fr-FR");
    await expect(detectHost()).resolves.toEqual({ kind: "preview", lang: "en", dark: false });
  });

  test("office.js without a host is a preview too", async () => {
    setBrowserLanguage("vi");
    installOffice(null, "en-US");
    await expect(detectHost()).resolves.toMatchObject({ kind: "preview", lang: "vi" });
  });

  test("inside Excel the language follows Office, not the browser", async () => {
    setBrowserLanguage("vi-VN");
    installOffice("Excel", "en-GB");
    await expect(detectHost()).resolves.toEqual({ kind: "excel", lang: "en", dark: false });
    installOffice("Excel", "vi-VN");
    await expect(detectHost()).resolves.toEqual({ kind: "excel", lang: "vi", dark: false });
  });

  test("a dark Office theme gives the dark Fluent theme", async () => {
    installOffice("Excel", "vi-VN", "#262626");
    await expect(detectHost()).resolves.toMatchObject({ dark: true });
  });
});
