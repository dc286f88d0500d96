/**
 * The parts every built-in document shares, as Decree 30/2020/NĐ-CP lays
 * out an administrative document (Appendix I): the issuing body over the
 * leader unit top left in capitals, the national motto top right over
 * *Độc lập - Tự do - Hạnh phúc*, a short drawn line under each of the two
 * heads, the number line and the place
 * and date in italics, the bold title, and at the end *Nơi nhận* left of
 * the signature. Times New Roman, A4 portrait, the decree's margins.
 */
import type { CellStyle, FontSpec, PageSheetSpec } from "../ports/page";
import { DECREE_30_PRINT } from "../ports/page";
import { columnLetters } from "../../core/model/address";
import { PageBuilder } from "./page-builder";

export const FONT = "Times New Roman";
export const BODY: FontSpec = { name: FONT, size: 13 };
/** The documents' workbook default font: Times New Roman at 11 pt keeps Excel's width unit (a digit, 7 px) as Calibri 11 has it. */
export const WORKBOOK_FONT = { name: FONT, size: 11 } as const;

/**
 * The page's grid, by the boundaries of its columns in Excel's width units
 * (88, about 16.3 cm: A4 less the decree's 3 + 1.5 cm margins). Finer
 * than any one table so that each table's columns get the width their
 * labels need (a merge over several grid columns; *trung bình*, *khen
 * thưởng*, *Xếp hạng* each on one line at 12 pt bold, in Word's cells too), and so that the
 * decree's two short lines can be drawn as the border of a few centred
 * columns: the left head spans 0–36 (centre 18), its line 12–24; the
 * right head 36–88 (centre 62), its line 48–76, about the motto's length.
 */
const BOUNDS = [0, 6, 12, 24, 29, 36, 41, 48, 52, 67, 76, 78, 88] as const;
export const COLUMNS = BOUNDS.length - 1;
export const COLUMN_WIDTHS: Readonly<Record<number, number>> = Object.fromEntries(BOUNDS.slice(1).map((b, i) => [i + 1, b - (BOUNDS[i] as number)]));

/** The grid columns (1-based, inclusive) between two boundaries of `BOUNDS`. */
export function gridSpan(from: number, to: number): { readonly from: number; readonly to: number } {
  const a = BOUNDS.indexOf(from as (typeof BOUNDS)[number]);
  const b = BOUNDS.indexOf(to as (typeof BOUNDS)[number]);
  if (a < 0 || b <= a) throw new RangeError(`No grid columns between ${from} and ${to}`);
  return { from: a + 1, to: b };
}

const LEFT = gridSpan(0, 36);
const RIGHT = gridSpan(36, 88);
const BODY_RULE = gridSpan(12, 24);
const MOTTO_RULE = gridSpan(48, 76);
const SIGNER = RIGHT;

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

/** A drawn line: the top border of an empty cell on a thin row of its own, never an underlined text. */
export const RULE: CellStyle = { border: { top: "thin" } };
/** Points: the row that carries the decree's lines, just under the text above it. */
export const RULE_ROW_HEIGHT = 4;

/** The head: issuing body and motto side by side, each with its drawn line under it, then the number line and the dated place. */
export function head(page: PageBuilder, numberLine: string): void {
  page.pieces(
    { value: "{{ten_khoi | in_hoa}}", from: LEFT.from, to: LEFT.to, style: center({ size: 12 }) },
    { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", from: RIGHT.from, to: RIGHT.to, style: center({ size: 12, bold: true }) },
  );
  page.pieces(
    { value: "{{truong_khoi | in_hoa}}", from: LEFT.from, to: LEFT.to, style: center({ size: 12, bold: true }) },
    { value: "Độc lập - Tự do - Hạnh phúc", from: RIGHT.from, to: RIGHT.to, style: center({ size: 13, bold: true }) },
  );
  rules(page, [BODY_RULE, MOTTO_RULE]);
  page.gap(6);
  page.pieces(
    { value: numberLine, from: LEFT.from, to: LEFT.to, style: center() },
    { value: "{{dia_diem}}, {{ngay_day_du}}", from: RIGHT.from, to: RIGHT.to, style: center({ italic: true }) },
  );
  page.gap(14);
}

/** A row of drawn lines, each over its grid columns (merged, so the border is one line). */
export function rules(page: PageBuilder, spans: readonly { readonly from: number; readonly to: number }[]): void {
  page.pieces(...spans.map((span) => ({ value: "", from: span.from, to: span.to, style: RULE })));
  page.rowHeights[page.lastRow] = RULE_ROW_HEIGHT;
}

/**
 * The end (Decree 30's models): for the list and the cover letter, at the
 * right *TM. KHỐI THI ĐUA / TRƯỞNG KHỐI*, room to sign, the signer's name,
 * and at the left *Nơi nhận* and its list; the minutes are signed by their
 * secretary (*THƯ KÝ*, left) and their chair (*CHỦ TRÌ*, right), their
 * *Nơi nhận* under both. Under a signature the name alone: ông and bà
 * belong in the body (`chu_tri` and `thu_ky` are the names as signed).
 */
export function signature(page: PageBuilder, minutes: boolean): void {
  // Top-aligned: *TRƯỞNG KHỐI* stays right under *TM. KHỐI THI ĐUA* however long the list of recipients beside it.
  const right = (value: string) => ({ value, from: SIGNER.from, to: SIGNER.to, style: center({ bold: true }, { vertical: "top" }) });
  const left = (value: string, style: CellStyle) => ({ value, from: LEFT.from, to: LEFT.to, style });
  if (minutes) {
    page.pieces(left("THƯ KÝ", center({ bold: true }, { vertical: "top" })), right("CHỦ TRÌ"));
    page.gap(64);
    page.pieces(left("{{thu_ky}}", center({ bold: true })), right("{{chu_tri}}"));
    page.gap(12);
    page.line("Nơi nhận:", RECIPIENTS_TITLE, LEFT.from, LEFT.to);
    page.line("{{noi_nhan}}", RECIPIENTS, LEFT.from, LEFT.to);
    return;
  }
  page.pieces(left("Nơi nhận:", RECIPIENTS_TITLE), right("TM. KHỐI THI ĐUA"));
  page.pieces(left("{{noi_nhan}}", RECIPIENTS), right("TRƯỞNG KHỐI"));
  page.gap(64);
  page.pieces(left("", {}), right("{{chu_tri}}"));
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
    print: { ...DECREE_30_PRINT, printArea: `A1:${columnLetters(COLUMNS - 1)}${page.lastRow}` },
  };
}

const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
/** The cells of a bordered table: its header bold and centred, its text left (indented off the border), its numbers centred. */
export const TABLE = {
  header: center({ size: 12, bold: true }, { border: thin }),
  text: { font: { ...BODY, size: 12 }, vertical: "middle", wrap: true, border: thin, indent: 1 } as CellStyle,
  number: center({ size: 12 }, { border: thin }),
};

/** A column of a document's table: the placeholder its repeated row holds, whether it is a number (centred) or text, and the grid boundaries it spans. */
export type TableColumn = readonly [placeholder: string, kind: "number" | "text", from: number, to: number];

/**
 * A document's table: the header row, as tall as its labels' lines, over the
 * one row of placeholders the fill repeats per unit; each column over its
 * grid columns.
 */
export function placeholderTable(page: PageBuilder, header: readonly string[], columns: readonly TableColumn[]): void {
  const spans = columns.map(([, , from, to]) => gridSpan(from, to));
  // Its height left to fit-rows.ts, from the labels' lines: one line for short labels, three for *Hình thức khen thưởng đề nghị*.
  page.spannedRow([...header], header.map(() => TABLE.header), spans);
  page.spannedRow(
    columns.map(([placeholder]) => placeholder),
    columns.map(([, kind]) => TABLE[kind]),
    spans,
  );
  page.gap(6);
}
