/**
 * A member's blank scoresheet workbook (SPEC §7.1, core/forms) laid out as
 * pages (page.ts) for every page writer, each label where §2.3 reads it
 * (*Đơn vị chấm: X*, *Đơn vị được chấm: Y* above `TT | Nội dung | Điểm tối
 * đa | Điểm chấm`). Beyond the spec: a signature block under *Tổng cộng*;
 * formulas carry their cached results (0, the form being blank); A4
 * portrait, one page wide, the header repeated on each printed page.
 */
import { FORM_LABELS, INSTRUCTIONS_TITLE, type FormRow, type FormSheet, type FormTotal, type FormWorkbook, type ScoreEntry } from "../core/forms/form-model";
import { freeSheetName } from "./excel-rules";
import { DECREE_30_PRINT, type CellStyle, type PageCell, type PageSheetSpec } from "./ports/page";
import type { CellValidation } from "./validation";

const FONT = { name: "Times New Roman", size: 13 } as const;
const THIN = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const SCORE_FILL = "#FFF2CC";
const HEADER_FILL = "#DDEBF7";
/** Columns of a score sheet: TT, Nội dung, Điểm tối đa, Điểm chấm. */
const WIDTHS = { 1: 6, 2: 60, 3: 10, 4: 10 } as const;
/** Characters a line of the text column holds: plain, and bold capitals (a section's heading), which are wider. */
const TEXT_CHARS = 72;
const HEADING_CHARS = 52;
const LINE_POINTS = 17;
const HEADER_ROW = 7;
const FIRST_ROW = HEADER_ROW + 1;

/** The pages of one member's workbook, tab names kept to Excel's rules and unique. */
export function formPages(workbook: FormWorkbook): PageSheetSpec[] {
  const used = new Set<string>();
  const reserve = (names: readonly string[]) => {
    const fits = names.find((n) => n.length <= 31 && !used.has(n.toLocaleLowerCase())) ?? (names[0] as string);
    return freeSheetName(fits, used);
  };
  const instructionsName = reserve([FORM_LABELS.instructionsSheet]);
  const selfName = reserve([FORM_LABELS.selfSheet]);
  const sheets = workbook.sheets.map((sheet) => ({ sheet, name: sheet.kind === "self" ? selfName : reserve(sheet.tabNames) }));
  const selfFirst = [...sheets.filter((s) => s.sheet.kind === "self"), ...sheets.filter((s) => s.sheet.kind === "cross")];
  return [instructionsPage(workbook, instructionsName, selfFirst), ...selfFirst.map(({ sheet, name }) => scorePage(workbook, sheet, name))];
}

// ------------------------------------------------------------------ score sheets

function scorePage(workbook: FormWorkbook, sheet: FormSheet, name: string): PageSheetSpec {
  const cells: PageCell[] = [];
  const put = (row: number, column: number, value: PageCell["value"], style?: CellStyle, extra?: Partial<PageCell>) => cells.push({ row, column, value, ...(style ? { style } : {}), ...extra });
  const { options } = workbook;
  put(1, 1, options.blockName.toLocaleUpperCase("vi"), { font: { bold: true }, horizontal: "center", wrap: true });
  put(2, 1, options.year === null ? "PHIẾU CHẤM ĐIỂM THI ĐUA" : `PHIẾU CHẤM ĐIỂM THI ĐUA NĂM ${options.year}`, { font: { bold: true, size: 14 }, horizontal: "center" });
  put(4, 1, `${FORM_LABELS.scorer}: ${sheet.scorer.name}`, { font: { bold: true } });
  put(5, 1, sheet.kind === "cross" ? `${FORM_LABELS.ratee}: ${sheet.ratee.name}` : "(Trang đơn vị tự chấm điểm của mình)", sheet.kind === "cross" ? { font: { bold: true } } : { font: { italic: true } });
  const headerStyle: CellStyle = { font: { bold: true }, fill: HEADER_FILL, border: THIN, horizontal: "center", vertical: "middle", wrap: true };
  [FORM_LABELS.number, FORM_LABELS.text, FORM_LABELS.max, sheet.kind === "cross" ? FORM_LABELS.cross : FORM_LABELS.self].forEach((label, i) => put(HEADER_ROW, i + 1, label, headerStyle));

  const rowOf = new Map(sheet.rows.map((r, i) => [r.criterion.id, FIRST_ROW + i]));
  const scoreCell = (id: string) => `D${rowOf.get(id) as number}`;
  const heights: Record<number, number> = { [HEADER_ROW]: 2 * LINE_POINTS + 2 };
  sheet.rows.forEach((formRow, i) => {
    const row = FIRST_ROW + i;
    const { criterion } = formRow;
    const parent = formRow.entry === null;
    const look: CellStyle = { border: THIN, vertical: "middle", ...(criterion.level === "section" ? { font: { bold: true } } : {}) };
    put(row, 1, criterion.number, { ...look, horizontal: "center" });
    put(row, 2, criterion.text, { ...look, wrap: true });
    put(row, 3, formRow.printedMax, { ...look, horizontal: "center" });
    if (parent) put(row, 4, { formula: sumOf(formRow.children.map(scoreCell)), result: 0 }, { ...look, horizontal: "center", font: { bold: true } });
    else put(row, 4, null, { ...look, horizontal: "center", fill: SCORE_FILL }, { unlocked: true, validation: validationOf(formRow, sheet.kind) });
    const lines = Math.ceil(Math.max(1, criterion.text.length) / (criterion.level === "section" ? HEADING_CHARS : TEXT_CHARS));
    heights[row] = lines * LINE_POINTS + 3;
  });
  const totalRow = FIRST_ROW + sheet.rows.length;
  const totalStyle: CellStyle = { font: { bold: true }, border: { ...THIN, top: "double" }, horizontal: "center", vertical: "middle" };
  put(totalRow, 1, null, totalStyle);
  put(totalRow, 2, FORM_LABELS.total, totalStyle);
  put(totalRow, 3, sheet.total.base, totalStyle);
  put(totalRow, 4, { formula: totalFormula(sheet.total, scoreCell), result: 0 }, totalStyle);
  heights[totalRow] = LINE_POINTS + 5;

  const signRow = totalRow + 2;
  put(signRow, 2, "………, ngày …… tháng …… năm ……", { font: { italic: true }, horizontal: "right" });
  put(signRow + 1, 2, "THỦ TRƯỞNG ĐƠN VỊ", { font: { bold: true }, horizontal: "right" });
  put(signRow + 2, 2, "(Ký, ghi rõ họ tên, đóng dấu)", { font: { italic: true }, horizontal: "right" });
  return {
    name,
    role: "form",
    cells,
    merges: [1, 2, 4, 5].map((row) => ({ top: row, left: 1, bottom: row, right: 4 })),
    columnWidths: WIDTHS,
    rowHeights: { 1: options.blockName.length > 70 ? 2 * LINE_POINTS + 2 : LINE_POINTS + 2, ...heights },
    defaultFont: FONT,
    print: { ...DECREE_30_PRINT, printArea: `A1:D${signRow + 2}`, repeatRows: `${HEADER_ROW}:${HEADER_ROW}`, centerHorizontally: true },
    protect: true,
    // Within a block every self sheet is the same form, and every cross sheet: only the unit names change.
    shape: `form:${sheet.kind}`,
  };
}

/** `SUM(D9,D10,D12)`: cells apart as they are, consecutive ones as a range. */
function sumOf(cells: readonly string[]): string {
  if (cells.length === 0) return "0";
  const parts: string[] = [];
  let start = 0;
  const rowOf = (cell: string) => Number(cell.slice(1));
  for (let i = 1; i <= cells.length; i++) {
    if (i < cells.length && rowOf(cells[i] as string) === rowOf(cells[i - 1] as string) + 1) continue;
    parts.push(i - 1 === start ? (cells[start] as string) : `${cells[start]}:${cells[i - 1]}`);
    start = i;
  }
  return `SUM(${parts.join(",")})`;
}

/** SPEC §4 in Excel: normal rows add; a bonus section adds its sum capped by its max; a deduction takes away its magnitude, capped. */
function totalFormula(total: FormTotal, cellOf: (id: string) => string): string {
  const terms = total.terms.map((term) => {
    let sum = sumOf(term.ids.map(cellOf));
    if (term.magnitude) sum = `ABS(${sum})`;
    if (term.cap !== null) sum = `MIN(${sum},${term.cap})`;
    return { sign: term.sign, text: sum };
  });
  if (terms.length === 0) return "0";
  return terms.map((t, i) => (i === 0 ? (t.sign < 0 ? `-${t.text}` : t.text) : `${t.sign < 0 ? "-" : "+"}${t.text}`)).join("");
}

function validationOf(row: FormRow, kind: FormSheet["kind"]): CellValidation {
  const entry = row.entry as ScoreEntry;
  const what = kind === "self" ? FORM_LABELS.self : FORM_LABELS.cross;
  const max = row.criterion.maxPoints ?? 0;
  if (entry.kind === "list") {
    const levels = entry.values.join("; ");
    return {
      kind: "list",
      values: entry.values,
      errorStyle: "stop",
      prompt: { title: what, message: `Chọn một mức điểm: ${levels}.` },
      error: { title: "Điểm không hợp lệ", message: `Tiêu chí ${row.criterion.number} chỉ chấm một trong các mức: ${levels}.` },
    };
  }
  const range = `từ ${formatted(entry.min)} đến ${formatted(entry.max)}`;
  const deduction = row.criterion.kind === "deduction";
  return {
    kind: "decimal",
    min: entry.min,
    max: entry.max,
    errorStyle: "stop",
    prompt: { title: deduction ? "Điểm trừ" : what, message: `Nhập điểm ${range} (tối đa ${formatted(max)} điểm).` },
    error: { title: "Điểm không hợp lệ", message: `Điểm của tiêu chí ${row.criterion.number} phải ${range}.` },
  };
}

/** A number as Vietnamese write it: `2,5`. */
function formatted(n: number): string {
  return String(n).replace(".", ",");
}

// ------------------------------------------------------------------ instructions

function instructionsPage(workbook: FormWorkbook, name: string, tabs: readonly { readonly sheet: FormSheet; readonly name: string }[]): PageSheetSpec {
  const { options, scorer, leader } = workbook;
  const cells: PageCell[] = [];
  let row = 1;
  const line = (text: string, style?: CellStyle, column = 1) => {
    cells.push({ row, column, value: text, style: { wrap: true, vertical: "top", ...style } });
    row++;
  };
  line(INSTRUCTIONS_TITLE, { font: { bold: true, size: 14 }, horizontal: "center" });
  line(options.year === null ? options.blockName : `${options.blockName} — năm ${options.year}`, { font: { italic: true }, horizontal: "center" });
  row++;
  line(`Tệp này dành cho: ${scorer.name}`, { font: { bold: true } });
  row++;
  const crossCount = workbook.sheets.filter((s) => s.kind === "cross").length;
  const backTo = leader ? `${leader.name} (đơn vị Trưởng khối)` : "đơn vị Trưởng khối";
  const steps = [
    `Tệp gồm trang «${FORM_LABELS.selfSheet}» (đơn vị tự chấm điểm của mình) và ${crossCount} trang chấm chéo, mỗi trang một đơn vị được chấm, ghi ở dòng «${FORM_LABELS.ratee}».`,
    `Chỉ nhập điểm vào cột «${FORM_LABELS.cross}» / «${FORM_LABELS.self}», ở các ô tô vàng. Các dòng cộng và dòng «${FORM_LABELS.total}» tự tính, không cần nhập.`,
    "Điểm không vượt quá «Điểm tối đa» của tiêu chí. Tiêu chí chấm theo mức (Tốt, Khá…) chỉ chọn một mức trong danh sách. Điểm trừ nhập đúng dấu như cột «Điểm tối đa» in.",
    "Nhập số (có thể có phần thập phân), không nhập chữ. Ô để trống là chưa chấm; riêng điểm thưởng và điểm trừ, để trống là 0 điểm.",
    "Không đổi tên trang, không thêm, xoá hay sắp xếp lại dòng, cột: các trang đã được khoá, chỉ mở các ô chấm điểm.",
    `Chấm xong, lưu tệp dạng .xlsx (giữ nguyên tên tệp) và gửi lại chính tệp này về ${backTo}${options.deadline ? ` trước ngày ${dayText(options.deadline)}` : ""}. Không chuyển sang PDF hay ảnh chụp.`,
  ];
  steps.forEach((text, i) => {
    cells.push({ row, column: 1, value: `${i + 1}.`, style: { vertical: "top", horizontal: "right" } });
    line(text, {}, 2);
  });
  row++;
  const head: CellStyle = { font: { bold: true }, fill: HEADER_FILL, border: THIN, horizontal: "center" };
  cells.push({ row, column: 1, value: "STT", style: head }, { row, column: 2, value: "Trang tính — đơn vị được chấm", style: head });
  row++;
  tabs.forEach((tab, i) => {
    const text = tab.sheet.kind === "self" ? `${tab.name} — ${scorer.name} tự chấm` : `${tab.name} — ${tab.sheet.ratee.name}`;
    cells.push({ row, column: 1, value: i + 1, style: { border: THIN, horizontal: "center" } }, { row, column: 2, value: text, style: { border: THIN, wrap: true } });
    row++;
  });
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (cell.column !== 2 || typeof cell.value !== "string") continue;
    const lines = Math.ceil(cell.value.length / 100);
    if (lines > 1) heights[cell.row] = lines * LINE_POINTS + 2;
  }
  return {
    name,
    role: "instructions",
    cells,
    merges: [1, 2, 4].map((r) => ({ top: r, left: 1, bottom: r, right: 2 })),
    columnWidths: { 1: 6, 2: 84 },
    rowHeights: heights,
    defaultFont: FONT,
    print: { ...DECREE_30_PRINT, centerHorizontally: true },
    protect: true,
    active: true,
  };
}

/** `2026-01-15` → `15/01/2026`. */
function dayText(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
