/**
 * Files a folder holds that are nobody's work: Excel's lock file of a
 * workbook open elsewhere (`~$Phiếu chấm.xlsx`) and the hidden files of
 * macOS and others (`.DS_Store`, `._Phiếu chấm.xlsx`). Neither the command
 * nor the pane reads them, so they never show as unreadable.
 */
export function isHelperFile(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

/**
 * Files of a folder the import should look at: the workbooks, the ones it
 * must explain it cannot read (`.xls`, `.ods`, `.csv`…), and a text roster.
 * A folder's other files (the nomination documents, scans) are not the
 * block's data; a file the officer names or picks is always looked at.
 */
export function isFolderCandidate(name: string): boolean {
  return /\.(xlsx|xlsm|xls|xlsb|ods|csv|txt)$/i.test(name) && !isHelperFile(name);
}
