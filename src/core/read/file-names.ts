/**
 * Files a folder holds that are nobody's work: Excel's lock file of a
 * workbook open elsewhere (`~$Phiếu chấm.xlsx`) and the hidden files of
 * macOS and others (`.DS_Store`, `._Phiếu chấm.xlsx`). Neither the command
 * nor the pane reads them, so they never show as unreadable.
 */
export function isHelperFile(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}
