/**
 * The parts every built-in document shares, as Decree 30/2020/NĐ-CP lays
 * out an administrative document (Appendix I): the issuing body over the
 * leader unit top left in capitals, the national motto top right over the
 * underlined *Độc lập - Tự do - Hạnh phúc*, the number line and the place
 * and date in italics, the bold title, and at the end *Nơi nhận* left of
 * the signature. Times New Roman, A4 portrait, the decree's margins.
 */
import type { CellStyle, FontSpec, PageSheetSpec } from "../page";
import { DECREE_30_PRINT } from "../page";
import { PageBuilder } from "./page-builder";

export const FONT = "Times New Roman";
export const BODY: FontSpec = { name: FONT, size: 13 };

/** Seven columns, about 16.5 cm: A4 less the decree's 3 + 1.5 cm margins. Left head over A–B, right over C–G. */
export const COLUMN_WIDTHS: Readonly<Record<number, number>> = { 1: 7, 2: 28, 3: 8, 4: 8, 5: 17, 6: 8, 7: 8 };
export const COLUMNS = 7;
const LEFT_END = 2;
const RIGHT_START = 3;

const center = (font: FontSpec = {}, extra: CellStyle = {}): CellStyle => ({ font: { ...BODY, ...font }, horizontal: "center", vertical: "middle", wrap: true, ...extra });

export const STYLE = {
  text: { font: BODY, horizontal: "justify", vertical: "top", wrap: true } as CellStyle,
  indented: { font: BODY, horizontal: "justify", vertical: "top", wrap: true, indent: 2 } as CellStyle,
  heading: { font: { ...BODY, bold: true }, horizontal: "left", vertical: "top", wrap: true } as CellStyle,
  center,
  title: center({ size: 14, bold: true }),
  subtitle: center({ size: 14, bold: true }),
  note: center({ italic: true }),
};

/** The head: issuing body and motto side by side, then the number line and the dated place. */
export function head(page: PageBuilder, numberLine: string): void {
  page.pieces(
    { value: "{{ten_khoi | in_hoa}}", from: 1, to: LEFT_END, style: center({ size: 12 }) },
    { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", from: RIGHT_START, to: COLUMNS, style: center({ size: 12, bold: true }) },
  );
  page.pieces(
    { value: "{{truong_khoi | in_hoa}}", from: 1, to: LEFT_END, style: center({ size: 12, bold: true }) },
    { value: "Độc lập - Tự do - Hạnh phúc", from: RIGHT_START, to: COLUMNS, style: center({ size: 13, bold: true, underline: true }) },
  );
  page.gap(6);
  page.pieces(
    { value: numberLine, from: 1, to: LEFT_END, style: center() },
    { value: "{{dia_diem}}, {{ngay_day_du}}", from: RIGHT_START, to: COLUMNS, style: center({ italic: true }) },
  );
  page.gap(14);
}

/**
 * The end: at the right the signature (*TM. KHỐI THI ĐUA / TRƯỞNG KHỐI*,
 * room to sign, the signer's name); at the left *Nơi nhận* and its list, or
 * for the minutes the secretary's signature (*THƯ KÝ*), their *Nơi nhận*
 * then under both.
 */
export function signature(page: PageBuilder, withSecretary: boolean): void {
  // Top-aligned: *TRƯỞNG KHỐI* stays right under *TM. KHỐI THI ĐUA* however long the list of recipients beside it.
  const right = (value: string) => ({ value, from: RIGHT_START + 1, to: COLUMNS, style: center({ bold: true }, { vertical: "top" }) });
  const left = (value: string, style: CellStyle) => ({ value, from: 1, to: LEFT_END, style });
  page.pieces(withSecretary ? left("THƯ KÝ", center({ bold: true })) : left("Nơi nhận:", RECIPIENTS_TITLE), right("TM. KHỐI THI ĐUA"));
  page.pieces(withSecretary ? left("", {}) : left("{{noi_nhan}}", RECIPIENTS), right("TRƯỞNG KHỐI"));
  page.gap(withSecretary ? 64 : 48);
  page.pieces(withSecretary ? left("{{thu_ky}}", center({ bold: true })) : left("", {}), right("{{chu_tri}}"));
  if (withSecretary) {
    page.gap(12);
    page.line("Nơi nhận:", RECIPIENTS_TITLE, 1, LEFT_END);
    page.line("{{noi_nhan}}", RECIPIENTS, 1, LEFT_END);
  }
}

const RECIPIENTS_TITLE: CellStyle = { font: { ...BODY, size: 12, bold: true, italic: true }, vertical: "top" };
const RECIPIENTS: CellStyle = { font: { ...BODY, size: 11 }, vertical: "top", wrap: true };

/** The sheet around the rows: widths, the decree's page, the print area over what was written. */
export function documentPage(name: string, page: PageBuilder): PageSheetSpec {
  return {
    name,
    role: "document",
    cells: page.cells,
    merges: page.merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: page.rowHeights,
    defaultFont: BODY,
    print: { ...DECREE_30_PRINT, printArea: `A1:G${page.lastRow}` },
  };
}

const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
/** The cells of a bordered table: its header bold and centred, its text left, its numbers centred. */
export const TABLE = {
  header: center({ size: 12, bold: true }, { border: thin }),
  text: { font: { ...BODY, size: 12 }, vertical: "middle", wrap: true, border: thin } as CellStyle,
  number: center({ size: 12 }, { border: thin }),
};

/** A column of a document's table: the placeholder its repeated row holds, and whether it is a number (centred) or text. */
export type TableColumn = readonly [placeholder: string, kind: "number" | "text"];

/**
 * A document's table: the header row, tall for labels that wrap, over the
 * one row of placeholders the fill repeats per unit; the last column spans
 * to `lastSpansTo` where the table has fewer columns than the page.
 */
export function placeholderTable(page: PageBuilder, header: readonly string[], columns: readonly TableColumn[], lastSpansTo?: number): void {
  page.cellsRow([...header], header.map(() => TABLE.header), lastSpansTo);
  page.rowHeights[page.lastRow] = 50;
  page.cellsRow(
    columns.map(([placeholder]) => placeholder),
    columns.map(([, kind]) => TABLE[kind]),
    lastSpansTo,
  );
}
