/**
 * What the pane's features ask of Excel (SPEC §9). The manifest asks only for
 * ExcelApi 1.1, enough for the pane to open and explain itself (Excel 2016
 * has 1.1 only; volume-licensed Excel 2019 stops at 1.7; 1.8 first came with
 * Microsoft 365 build 1808 and Excel 2021). Each feature is checked here
 * when the pane opens; where this Excel lacks it, the pane says which Excel
 * is needed and gives the same result as downloads, as the browser app does.
 */
export interface ExcelSupport {
  /** Our sheets, the tally, the pages and documents written into the workbook: data validation and `enableEvents` are ExcelApi 1.8. */
  readonly writeSheets: boolean;
  /** *Đọc sổ tính này*: the open workbook's own sheets read (excel-source.ts: ExcelApi 1.8). */
  readonly readThisWorkbook: boolean;
  /** The highest ExcelApi 1.x this Excel has ("1.7"), to name it; null when it has none. */
  readonly excelApi: string | null;
}

export const NEEDED = { writeSheets: "1.8", readThisWorkbook: "1.8" } as const;

/** The ExcelApi versions looked for when naming this Excel's highest (1.1 … 1.30). */
const HIGHEST_LOOKED_FOR = 30;

export function excelSupport(isSupported: (set: string, version: string) => boolean): ExcelSupport {
  let highest: string | null = null;
  for (let minor = 1; minor <= HIGHEST_LOOKED_FOR && isSupported("ExcelApi", `1.${minor}`); minor++) highest = `1.${minor}`;
  return {
    writeSheets: isSupported("ExcelApi", NEEDED.writeSheets),
    readThisWorkbook: isSupported("ExcelApi", NEEDED.readThisWorkbook),
    excelApi: highest,
  };
}
