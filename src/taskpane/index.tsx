import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { detectHost } from "./app/host";

// Office.js runs the pane only after Office.onReady; in a plain browser the
// same wait ends at once and the pane starts as a preview.
void detectHost().then((host) => {
  const container = document.getElementById("root");
  if (!container) throw new Error("The task pane page has no #root element.");
  document.documentElement.lang = host.lang;
  createRoot(container).render(<App host={host} />);
});
