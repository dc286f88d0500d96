/**
 * The browser app, *Thi đua trên trình duyệt* (SPEC §9): the pane's own code
 * with no Office.js, the sample block inside the bundle, the work kept in
 * this browser's IndexedDB. Built as static pages (index.html) and as one
 * self-contained file (thidua.html): see webpack.config.js.
 */
import { createRoot } from "react-dom/client";
import { pickLanguage } from "../core/i18n/lang";
import { App } from "./app/App";
import { IndexedDbWorkStore } from "./session/indexeddb-store";
import { loadEmbeddedSample } from "./session/sample";

function start(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element.");
  const lang = pickLanguage(navigator.language);
  document.documentElement.lang = lang;
  createRoot(container).render(<App host={{ kind: "preview", lang, dark: false }} sample={loadEmbeddedSample} store={new IndexedDbWorkStore()} />);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
