/** @jest-environment jsdom */
import { detectHost } from "../../src/taskpane/app/host";

type OfficeGlobal = { Office?: unknown };

function setBrowserLanguage(lang: string) {
  Object.defineProperty(window.navigator, "language", { value: lang, configurable: true });
}

/** `excelApi`: the highest ExcelApi 1.x minor this Excel supports (13 → 1.13). */
function installOffice(host: string | null, displayLanguage: string, bodyBackgroundColor = "#FFFFFF", excelApi = 13) {
  (globalThis as OfficeGlobal).Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host, platform: host ? "PC" : null }),
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor },
      requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= excelApi },
    },
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
    await expect(detectHost()).resolves.toMatchObject({ kind: "excel", lang: "en", dark: false });
    installOffice("Excel", "vi-VN");
    await expect(detectHost()).resolves.toMatchObject({ kind: "excel", lang: "vi", dark: false });
  });

  test("inside Excel it finds what this Excel's API lets the pane do (the manifest asks only ExcelApi 1.1)", async () => {
    installOffice("Excel", "vi-VN", "#FFFFFF", 13);
    await expect(detectHost()).resolves.toMatchObject({ support: { writeSheets: true, readThisWorkbook: true, excelApi: "1.13" } });
    // Volume-licensed Excel 2019 stops at ExcelApi 1.7; Excel 2016 has 1.1 only.
    installOffice("Excel", "vi-VN", "#FFFFFF", 7);
    await expect(detectHost()).resolves.toMatchObject({ support: { writeSheets: false, readThisWorkbook: false, excelApi: "1.7" } });
    installOffice("Excel", "vi-VN", "#FFFFFF", 1);
    await expect(detectHost()).resolves.toMatchObject({ support: { writeSheets: false, excelApi: "1.1" } });
  });

  test("a dark Office theme gives the dark Fluent theme", async () => {
    installOffice("Excel", "vi-VN", "#262626");
    await expect(detectHost()).resolves.toMatchObject({ dark: true });
  });
});
