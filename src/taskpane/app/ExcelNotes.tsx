import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { excelStringsFor } from "../i18n/excel-strings";
import { fillLabel } from "../i18n/strings";
import { useSession } from "../session/context";

/**
 * What Excel did not do although our pages are written, said after the
 * write that met it: a print setup it refused (the pages print with its
 * defaults until set in Page Layout), a protected template sheet filled as
 * a plain page (named, so the officer knows which sheet to unprotect).
 * Warnings, not failures: the pages are there.
 */
export function ExcelNotes() {
  const { state } = useSession();
  const s = excelStringsFor(state.settings.lang);
  const locked = state.documents?.protectedTemplates ?? [];
  return (
    <>
      {state.printSetupFailed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fillLabel(s.printSetupFailed, { sheets: state.printSetupFailed.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {locked.map((sheet) => (
        <MessageBar key={sheet} intent="warning" layout="multiline">
          <MessageBarBody>{fillLabel(s.sheetProtected, { sheet })}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
