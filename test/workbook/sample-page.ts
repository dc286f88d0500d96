/**
 * A page that uses every feature of the page port (workbook/ports/page.ts), the
 * one every page writer's test writes: a small form with a title merged
 * across, a bordered table, text that looks like a formula, a date, a
 * number, a formula with its cached result, list and decimal validation on
 * unlocked score cells, protection and the print setup of Decree 30.
 */
import { DECREE_30_PRINT, type PageCell, type PageSheetSpec } from "../../src/workbook/ports/page";

export const FORMULA_TEXT = "=HYPERLINK(\"http://x\")";
export const PLUS_TEXT = "+84 912 345 678";
export const MINUS_TEXT = "-Hội";
export const AT_TEXT = "@x";

const BORDER = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

const table: PageCell[] = [];
const rows: [string, string, number][] = [
  ["1", "Chấp hành chủ trương", 10],
  ["2", FORMULA_TEXT, 5],
  ["3", PLUS_TEXT, 4],
];
rows.forEach(([tt, text, max], i) => {
  const row = 6 + i;
  table.push(
    { row, column: 1, value: tt, style: { border: BORDER, horizontal: "center" } },
    { row, column: 2, value: text, style: { border: BORDER, wrap: true } },
    { row, column: 3, value: max, style: { border: BORDER, numberFormat: "0.00" } },
    {
      row,
      column: 4,
      value: null,
      unlocked: true,
      style: { border: BORDER, fill: "#FFF2CC", numberFormat: "0.00" },
      validation:
        i === 2
          ? { kind: "list", values: [4, 3, 2, 0], errorStyle: "stop", prompt: { title: "Điểm xếp loại", message: "Chọn 4, 3, 2 hoặc 0" }, error: { title: "Không hợp lệ", message: "Chỉ được chọn 4, 3, 2 hoặc 0" } }
          : { kind: "decimal", min: 0, max, errorStyle: "stop", prompt: { title: "Điểm chấm", message: `Từ 0 đến ${max}` }, error: { title: "Quá điểm tối đa", message: `Điểm từ 0 đến ${max}` } },
    },
  );
});

export const SAMPLE_PAGE: PageSheetSpec = {
  name: "Phiếu mẫu",
  role: "form",
  defaultFont: { name: "Times New Roman", size: 13 },
  cells: [
    { row: 1, column: 1, value: "PHIẾU CHẤM ĐIỂM THI ĐUA", style: { font: { bold: true, size: 14, color: "#1F4E79" }, horizontal: "center", vertical: "middle" } },
    { row: 2, column: 1, value: "Đơn vị chấm: Hội Luật gia tỉnh", style: { font: { italic: true } } },
    { row: 3, column: 1, value: "Ngày lập:" },
    { row: 3, column: 2, value: { date: "2022-12-29" } },
    { row: 3, column: 3, value: MINUS_TEXT },
    { row: 3, column: 4, value: AT_TEXT, style: { font: { underline: true } } },
    { row: 5, column: 1, value: "TT", style: { font: { bold: true }, border: BORDER, horizontal: "center", fill: "#DDEBF7" } },
    { row: 5, column: 2, value: "Nội dung", style: { font: { bold: true }, border: BORDER, horizontal: "center", fill: "#DDEBF7" } },
    { row: 5, column: 3, value: "Điểm tối đa", style: { font: { bold: true }, border: BORDER, horizontal: "center", wrap: true, fill: "#DDEBF7" } },
    { row: 5, column: 4, value: "Điểm chấm", style: { font: { bold: true }, border: BORDER, horizontal: "center", wrap: true, fill: "#DDEBF7" } },
    ...table,
    { row: 9, column: 2, value: "Tổng cộng", style: { font: { bold: true }, border: { ...BORDER, top: "double" }, horizontal: "right" } },
    { row: 9, column: 3, value: { formula: "SUM(C6:C8)", result: 19 }, style: { font: { bold: true }, border: { ...BORDER, top: "double" }, numberFormat: "0.00" } },
    { row: 9, column: 4, value: { formula: "SUM(D6:D8)", result: 0 }, style: { font: { bold: true }, border: { ...BORDER, top: "double" }, numberFormat: "0.00" } },
    { row: 10, column: 1, value: true },
    { row: 11, column: 2, value: "Người chấm (ký, ghi rõ họ tên)", style: { horizontal: "center", indent: 1, border: { bottom: "dotted" } } },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  columnWidths: { 1: 6, 2: 60, 3: 12, 4: 12 },
  rowHeights: { 1: 30, 7: 33 },
  print: { ...DECREE_30_PRINT, printArea: "A1:D11", repeatRows: "5:5", centerHorizontally: true },
  protect: true,
  active: true,
};

/** A long page (many rows, wider than A4 unscaled) to show "one page wide". */
export function widePage(rows: number): PageSheetSpec {
  const cells: PageCell[] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= 12; c++) cells.push({ row: r, column: c, value: `Ô ${r}.${c} của một trang rộng` });
  return {
    name: "Trang rộng",
    role: "document",
    cells,
    columnWidths: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, 24])),
    print: { ...DECREE_30_PRINT, orientation: "landscape" },
  };
}
