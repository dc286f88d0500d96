/**
 * A string as Excel will show it back, for every exceljs writer of ours:
 * made safe for XML, at most 32,767 characters (a surrogate pair kept
 * whole), a literal `_xHHHH_` escaped. Short texts are kept: a large block's
 * two million text cells repeat a few thousand (file and unit names, cell
 * addresses); long ones are not, so the cache stays small.
 */
import { memoize } from "./memoize";
import { clipCellText } from "../workbook/excel-rules";
import { ooxmlEscape, safeText } from "./write-xml";

const shortCellText = memoize(cellTextOf, 20_000);

export function cellText(text: string): string {
  return text.length <= 200 ? shortCellText(text) : cellTextOf(text);
}

function cellTextOf(text: string): string {
  return ooxmlEscape(clipCellText(safeText(text)));
}
