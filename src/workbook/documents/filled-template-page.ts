import type { FillPlan } from "../../core/documents/fill-grid";
import type { Lang } from "../../core/i18n/lang";
import type { Grid } from "../../core/model/grid";
import type { PageCell, PageSheetSpec, PageValue } from "../ports/page";
import { filledSheetName } from "../ports/template-fill";
import { BODY } from "./decree-30";

/**
 * A block's template sheet, filled, as a page of its values and merges: what
 * the pane writes where it has the template's values but not its formats
 * (a sheet read from an imported file). The command line's exceljs writer
 * keeps the formats (xlsx/fill-template.ts).
 */
export function filledTemplatePage(template: Grid, plan: FillPlan, lang: Lang): PageSheetSpec {
  const filled = new Map(plan.cells.map((c) => [`${c.row},${c.column}`, c]));
  const cells: PageCell[] = [];
  plan.rowSources.forEach((source, row) => {
    const values = template.rows[source] ?? [];
    const columns = new Set([...values.keys(), ...plan.cells.filter((c) => c.row === row).map((c) => c.column)]);
    for (const column of columns) {
      const fill = filled.get(`${row},${column}`);
      const value: PageValue = fill ? fill.value : cellValue(values[column]);
      if (value === null || value === "") continue;
      cells.push({ row: row + 1, column: column + 1, value, ...(fill?.numberFormat ? { style: { numberFormat: fill.numberFormat } } : {}) });
    }
  });
  return {
    name: filledSheetName(template.sheet, lang),
    role: "document",
    cells,
    merges: plan.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 })),
    defaultFont: BODY,
  };
}

function cellValue(value: Grid["rows"][number][number] | undefined): PageValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "object") return value.error;
  return value;
}
