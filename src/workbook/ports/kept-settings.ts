/**
 * Port: the rows (key, value) of our Cài đặt table (tdSettings) already in
 * the workbook, so a reopened workbook gives the pane back what it kept
 * there (the meeting's details, SPEC §7). Null when the workbook has none.
 */
export interface KeptSettingsReader {
  readSettingsRows(): Promise<unknown[][] | null>;
  /**
   * After `readSettingsRows`: whether the workbook holds a sheet of ours
   * (any of our tables, Cài đặt or not), seen by the same read. A reader
   * that cannot tell leaves it undefined.
   */
  readonly ourSheetsFound?: boolean;
}
