import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { detectHost } from "./app/host";

/** The page's first script writes this bundle's tag in the head (taskpane.html): the body comes after it. */
function domReady(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }));
}

// Office.js runs the pane only after Office.onReady; in a plain browser the
// same wait ends at once and the pane starts as the browser app.
void Promise.all([detectHost(), domReady()]).then(([host]) => {
  const container = document.getElementById("root");
  if (!container) throw new Error("The task pane page has no #root element.");
  document.documentElement.lang = host.lang;
  createRoot(container).render(<App host={host} />);
});
