import { Button } from "@fluentui/react-components";
import { useState } from "react";
import helpPage from "../../../assets/help.html?raw";
import { useStrings } from "../i18n/useStrings";
import type { Host } from "./host";

/**
 * The help page, offline. Inside Excel it is the file served beside the pane
 * (dist/help.html, the manifest's SupportUrl too). The browser app may be one
 * file opened from a folder, with nothing beside it: there the page is in the
 * bundle and opens from a blob (a navigation, which the page's
 * Content-Security-Policy does not govern; the help holds no script).
 * The page is in both languages; the link goes to the officer's.
 */
export function HelpLink({ host }: { host: Host }) {
  const s = useStrings();
  const [page] = useState(() => (host.kind === "excel" || typeof URL.createObjectURL !== "function" ? "help.html" : URL.createObjectURL(new Blob([helpPage], { type: "text/html" }))));
  return (
    // A link that looks like the Cài đặt button beside it.
    <Button as="a" appearance="subtle" href={`${page}#${s.helpSection}`} target="_blank" rel="noopener">
      {s.help}
    </Button>
  );
}
