/**
 * A table's conditional formats and data validation, as `TableSpec` and
 * `ColumnSpec` describe them, on an exceljs worksheet: the streaming one of
 * `--out` and the in-memory one of the preview's download alike.
 */
import type { DataValidation, Worksheet } from "exceljs";
import { columnLetters } from "../core/model/address";
import type { TablePlacement } from "../workbook/ports/sink";
import { excelJsValidation } from "./write-page";

export function addTableRules(ws: Worksheet, placement: TablePlacement): void {
  const { table, firstDataRow, lastDataRow } = placement;
  const dataRange = `A${firstDataRow}:${columnLetters(table.columns.length - 1)}${lastDataRow}`;
  (table.highlights ?? []).forEach((h, i) => {
    const column = `$${columnLetters(h.column)}${firstDataRow}`;
    ws.addConditionalFormatting({
      ref: dataRange,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [`${column}="${h.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(h.fill) }, bgColor: { argb: argb(h.fill) } },
            ...(h.fontColor ? { font: { color: { argb: argb(h.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
  table.columns.forEach((col, c) => {
    const v = col.validation;
    if (!v) return;
    const letter = columnLetters(c);
    (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations.add(
      `${letter}${firstDataRow}:${letter}${lastDataRow}`,
      excelJsValidation(v),
    );
  });
}

/** `#FFC7CE` → `FFFFC7CE`. */
function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
