import type { Grid } from "../../core/model/grid";

/**
 * Port: something that holds worksheets the domain can read — an `.xlsx`
 * file parsed by exceljs, or the workbook open in Excel. Each sheet is read
 * once, whole, so the domain never goes back to the source cell by cell.
 */
export interface WorkbookSource {
  /** The file name shown in issues (base name only). */
  readonly file: string;
  readSheets(): Promise<Grid[]>;
}
