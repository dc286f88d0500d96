import { pickLanguage, type Lang } from "../../core/i18n/lang";
import { officeHost } from "../../excel/host";
import { excelSupport, type ExcelSupport } from "./requirements";

/**
 * Where the pane runs: inside Excel, or in a plain browser ("preview" in
 * code: the browser app, *Thi đua trên trình duyệt*, the same flow over an
 * in-memory workbook whose results are downloaded).
 */
export interface Host {
  readonly kind: "excel" | "preview";
  readonly lang: Lang;
  readonly dark: boolean;
  /** Inside Excel: what this Excel's API lets the pane do (requirements.ts); absent means everything. */
  readonly support?: ExcelSupport;
}

// Office.onReady resolves at once in a plain browser; the guard is for an
// office.js that loaded but never hears from a host.
const READY_TIMEOUT_MS = 5000;

export async function detectHost(): Promise<Host> {
  const browserLang = typeof navigator === "undefined" ? undefined : navigator.language;
  if (typeof Office === "undefined") return { kind: "preview", lang: pickLanguage(browserLang), dark: false };

  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  if (info?.host !== Office.HostType.Excel) {
    return { kind: "preview", lang: pickLanguage(browserLang), dark: false };
  }
  return { kind: "excel", lang: pickLanguage(Office.context.displayLanguage), dark: isDarkOfficeTheme(), support: excelSupport(officeHost.isSupported) };
}

function isDarkOfficeTheme(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
