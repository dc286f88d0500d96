/**
 * Port: the rows (key, value) of our Cài đặt table (tdSettings) already in
 * the workbook, so a reopened workbook gives the pane back what it kept
 * there (the meeting's details, SPEC §7). Null when the workbook has none.
 */
export interface KeptSettingsReader {
  readSettingsRows(): Promise<unknown[][] | null>;
}
