import { Caption1, tokens } from "@fluentui/react-components";
import { excelStringsFor } from "../i18n/excel-strings";
import { useSession } from "../session/context";

/**
 * Inside Excel, once our sheets are in the workbook (written by this session,
 * or already there when the pane opened on a reopened workbook): every step
 * from then on deletes them and writes them again, and deleting a sheet clears Excel's
 * undo history, so Ctrl+Z cannot reach back past our next write. Said
 * before that write, not after it.
 */
export function UndoNote({ inExcel }: { inExcel: boolean }) {
  const { state } = useSession();
  if (!inExcel || (state.sheets.length === 0 && !state.ourSheetsFound)) return null;
  return (
    <Caption1 role="note" style={{ color: tokens.colorNeutralForeground3 }}>
      {excelStringsFor(state.settings.lang).undoNote}
    </Caption1>
  );
}
