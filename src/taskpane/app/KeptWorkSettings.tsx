import { Button, Field } from "@fluentui/react-components";
import { createContext, useContext, useState } from "react";
import { useStrings } from "../i18n/useStrings";
import type { WorkKeeper } from "../session/kept-work";

/** The browser app's keeper of the work on this computer; none inside Excel, where the workbook keeps it. */
export const KeptWorkContext = createContext<WorkKeeper | null>(null);

/**
 * Cài đặt's one button that erases the work kept on this computer (SPEC §9);
 * the page then opens again empty. Nothing shown where nothing is kept.
 */
export function KeptWorkSettings() {
  const s = useStrings();
  const keeper = useContext(KeptWorkContext);
  const [erasing, setErasing] = useState(false);
  if (!keeper) return null;
  return (
    <Field label={s.keptTitle} hint={s.keptHint}>
      <Button
        disabled={erasing}
        onClick={() => {
          setErasing(true);
          void keeper.erase().finally(() => window.location.reload());
        }}
      >
        {s.keptErase}
      </Button>
    </Field>
  );
}
