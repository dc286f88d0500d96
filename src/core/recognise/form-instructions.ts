/**
 * The instructions sheet of our blank scoresheets (SPEC §7.1) is part of a
 * filled copy sent back, and holds no table: it is known by its title in its
 * first cell and passed over, not reported as LAYOUT_UNRECOGNIZED, so a
 * filled copy gives no issue.
 */
import type { Grid } from "../model/grid";
import { cellAt } from "../model/grid";
import { cellDisplayText, isBlankCell } from "../read/cell-number";
import { normalizeText } from "../text/normalize";
import { INSTRUCTIONS_TITLE } from "../forms/form-model";

const TITLE = normalizeText(INSTRUCTIONS_TITLE);

/** The first non-blank cell of the sheet's first rows is our instructions' title. */
export function isFormInstructions(grid: Grid): boolean {
  for (let row = 0; row < Math.min(grid.rowCount, 5); row++) {
    for (let column = 0; column < Math.min(grid.columnCount, 5); column++) {
      const value = cellAt(grid, row, column);
      if (isBlankCell(value)) continue;
      return normalizeText(cellDisplayText(value)) === TITLE;
    }
  }
  return false;
}
