/**
 * A block's template sheet filled into a new sheet of an exceljs workbook
 * (workbook/ports/template-fill.ts): the template's own workbook for the command's
 * `--template T.xlsx`, another one for the preview (memory-workbook.ts,
 * whose template stays in the imported file's workbook). The new sheet copies the template's column
 * widths and styles, page setup, margins and view, and per filled row its
 * template row's height, styles and the values without placeholders; then
 * the placeholders' values and the merges are set. The template sheet is
 * only read.
 */
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import { filledPrintArea, type TemplateFillCell, type TemplateFillSpec } from "../workbook/ports/template-fill";

export function addFilledSheet(workbook: Workbook, spec: TemplateFillSpec, template = workbook.getWorksheet(spec.template)): Worksheet {
  if (!template) throw new Error(`No sheet “${spec.template}” in the template's workbook`);
  const previous = workbook.getWorksheet(spec.name);
  if (previous) workbook.removeWorksheet(previous.id);
  const printArea = filledPrintArea(template.pageSetup.printArea, spec.rowSources);
  const sheet = workbook.addWorksheet(spec.name, {
    properties: clone(template.properties),
    pageSetup: { ...clone(template.pageSetup), printArea },
    headerFooter: clone(template.headerFooter),
    views: (clone(template.views) ?? [{}]).map((v) => ({ ...v, tabSelected: spec.active === true })),
  });
  if (!printArea) delete sheet.pageSetup.printArea;
  template.columns?.forEach((column, i) => {
    const target = sheet.getColumn(i + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
    if (column.style && Object.keys(column.style).length > 0) target.style = clone(column.style);
  });
  spec.rowSources.forEach((source, i) => copyRow(template, source, sheet, i + 1));
  for (const cell of spec.cells) {
    // A formula whose cached value shows `{{…}}` is the block's formula, not a placeholder typed: it keeps its formula (copied with its row).
    const source = spec.rowSources[cell.row - 1];
    if (source !== undefined && isFormula(template.getCell(source, cell.column).value)) continue;
    setFilled(sheet.getCell(cell.row, cell.column), cell);
  }
  for (const m of spec.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  return sheet;
}

function copyRow(from: Worksheet, source: number, to: Worksheet, target: number): void {
  const row = from.getRow(source);
  const out = to.getRow(target);
  if (row.height !== undefined) out.height = row.height;
  if (row.hidden) out.hidden = true;
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    const copy = out.getCell(column);
    copy.style = clone(cell.style);
    // A merged cell's covered parts hold the master's value in exceljs: only masters keep theirs.
    if (cell.isMerged && cell.master.address !== cell.address) return;
    copy.value = copiedValue(cell);
  });
}

/** Values as they are; a formula keeps its text and cached result, a shared one (tied to its master's place) only its result. */
function copiedValue(cell: Cell): CellValue {
  const value = cell.value;
  if (value && typeof value === "object" && "sharedFormula" in value) return (value as { result?: CellValue }).result ?? null;
  return clone(value);
}

function setFilled(cell: Cell, fill: TemplateFillCell): void {
  const { value } = fill;
  if (value !== null && typeof value === "object") {
    if ("date" in value) {
      const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
      cell.value = new Date(Date.UTC(y, m - 1, d));
    } else {
      cell.value = { formula: value.formula, ...(value.result === undefined ? {} : { result: value.result }) } as CellValue;
    }
  } else {
    // A string is set as a string: exceljs writes it as text, never as a formula.
    cell.value = value;
  }
  if (fill.numberFormat) cell.numFmt = fill.numberFormat;
}

function isFormula(value: CellValue): boolean {
  return value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value);
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
