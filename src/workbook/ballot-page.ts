/**
 * The printable ballot of SPEC §5.1 (*Phiếu bầu suy tôn*), laid out as an
 * administrative document (decree-30.ts) with the voter's signature, on one
 * A4 page.
 */
import type { Lang } from "../core/i18n/lang";
import type { BlockSettings } from "../core/model/block";
import type { Nomination } from "../core/model/result";
import { columnLetters } from "../core/model/address";
import { BODY, rules, STYLE, TABLE } from "./documents/decree-30";
import { PageBuilder } from "./documents/page-builder";
import type { CellStyle, PageSheetSpec } from "./ports/page";
import { DECREE_30_PRINT } from "./ports/page";
import { VOTE_SHEET_NAMES } from "./sheet-names";

const WORDS = {
  vi: {
    motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    block: (name: string) => (name ? `KHỐI THI ĐUA ${name.toLocaleUpperCase("vi")}` : "KHỐI THI ĐUA"),
    title: "PHIẾU BẦU SUY TÔN",
    subtitle: (year: number | null) => `Đề nghị khen thưởng thi đua${year === null ? "" : ` năm ${year}`}`,
    voter: "Đơn vị bỏ phiếu: ..............................................................................",
    howTo: "Đánh dấu ✓ (hoặc x) vào một trong hai ô ở mỗi dòng. Dòng đánh dấu cả hai ô, hoặc bỏ trống, không được tính là đồng ý.",
    header: ["STT", "Đơn vị được đề nghị", "Hình thức khen thưởng", "Đồng ý", "Không đồng ý"],
    date: "......., ngày ..... tháng ..... năm .......",
    signer: "NGƯỜI BỎ PHIẾU",
    sign: "(Ký, ghi rõ họ tên)",
  },
  en: {
    motto: ["SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness"],
    block: (name: string) => (name ? `EMULATION BLOCK ${name.toLocaleUpperCase("en")}` : "EMULATION BLOCK"),
    title: "BALLOT",
    subtitle: (year: number | null) => `Proposals for awards${year === null ? "" : ` ${year}`}`,
    voter: "Voter: ..............................................................................................",
    howTo: "Tick ✓ (or x) one of the two boxes on each line. A line with both boxes ticked, or none, does not count as agreeing.",
    header: ["No.", "Proposed unit", "Award", "Agree", "Disagree"],
    date: "......., date ..... / ..... / .......",
    signer: "VOTER",
    sign: "(Signature and full name)",
  },
} as const;

/** The ballot's table header in each language: how the import knows a ballot file of ours (own-headers.ts). */
export const BALLOT_HEADERS: readonly (readonly string[])[] = [WORDS.vi.header, WORDS.en.header];

/**
 * The grid by its boundaries in Excel's width units (about 16.5 cm: A4 less
 * the decree's margins): the table's five columns (0–6–40–66–77–90), and
 * the drawn lines under the two heads, centred under them (13–27 under the
 * left head 0–40, 51–79 under the right 40–90).
 */
const BOUNDS = [0, 6, 13, 27, 40, 51, 66, 77, 79, 90];
const COLUMNS = BOUNDS.length - 1;
const WIDTHS: Record<number, number> = Object.fromEntries(BOUNDS.slice(1).map((b, i) => [i + 1, b - (BOUNDS[i] as number)]));
const span = (from: number, to: number) => ({ from: BOUNDS.indexOf(from) + 1, to: BOUNDS.indexOf(to) });
const LEFT = span(0, 40);
const RIGHT = span(40, 90);
const TABLE_SPANS = [span(0, 6), span(6, 40), span(40, 66), span(66, 77), span(77, 90)];

const box: CellStyle = { ...TABLE.number, font: { ...BODY, size: 16 } };

export function ballotPage(settings: Pick<BlockSettings, "blockName" | "year">, nominations: readonly Nomination[], lang: Lang): PageSheetSpec {
  const w = WORDS[lang];
  const page = new PageBuilder(COLUMNS);
  const center = (extra: CellStyle["font"] = {}): CellStyle => STYLE.center({ size: 12, ...extra });
  page.pieces({ value: w.block(settings.blockName.trim()), from: LEFT.from, to: LEFT.to, style: center({ bold: true }) }, { value: w.motto[0], from: RIGHT.from, to: RIGHT.to, style: center({ bold: true }) });
  page.pieces({ value: w.motto[1], from: RIGHT.from, to: RIGHT.to, style: center({ size: 13, bold: true }) });
  // The issuing body over both rows of the motto, so its line sits right under it as the motto's does.
  const top = page.lastRow - 1;
  const index = page.merges.findIndex((m) => m.top === top && m.left === LEFT.from);
  page.merges.splice(index, 1, { top, left: LEFT.from, bottom: top + 1, right: LEFT.to });
  // The decree's drawn lines: under the issuing body (its name ends on the first row), under the motto.
  rules(page, [span(13, 27), span(51, 79)]);
  page.gap(18);
  page.line(w.title, STYLE.title);
  page.line(w.subtitle(settings.year), STYLE.note);
  page.gap(14);
  page.line(w.voter, { font: BODY, vertical: "middle" });
  page.rowHeights[page.lastRow] = 24;
  page.line(w.howTo, { ...STYLE.text, font: { ...BODY, size: 12, italic: true } });
  page.rowHeights[page.lastRow] = 36;
  page.gap(8);
  page.spannedRow([...w.header], Array(w.header.length).fill(TABLE.header), TABLE_SPANS);
  page.rowHeights[page.lastRow] = 34;
  nominations.forEach((n, i) => {
    page.spannedRow([i + 1, n.unit, n.awardName, "☐", "☐"], [TABLE.number, TABLE.text, TABLE.text, box, box], TABLE_SPANS);
    page.rowHeights[page.lastRow] = 34;
  });
  page.gap(14);
  page.pieces({ value: w.date, from: RIGHT.from, to: RIGHT.to, style: center({ italic: true }) });
  page.pieces({ value: w.signer, from: RIGHT.from, to: RIGHT.to, style: center({ bold: true }) });
  page.pieces({ value: w.sign, from: RIGHT.from, to: RIGHT.to, style: center({ italic: true }) });
  page.gap(60);
  return {
    name: VOTE_SHEET_NAMES[lang].ballot,
    role: "ballot",
    cells: page.cells,
    merges: page.merges,
    columnWidths: WIDTHS,
    rowHeights: page.rowHeights,
    defaultFont: BODY,
    print: { ...DECREE_30_PRINT, printArea: `A1:${columnLetters(COLUMNS - 1)}${page.lastRow}`, fitTall: 1 },
  };
}
