/**
 * Port: our tally sheet (tdVotes, SPEC §5.1) as the workbook holds it now,
 * with the marks the officer typed, so *Kiểm phiếu* counts them and *Tạo
 * phiếu bầu* keeps them. Null when the workbook has none.
 */
import type { Grid } from "../../core/model/grid";

export interface KeptTallyReader {
  /** The sheet as a Grid at its real cells (issues point there); `file` names the workbook in them. */
  readTallyGrid(file: string): Promise<Grid | null>;
}
