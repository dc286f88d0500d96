/**
 * The red team's blocks: each writes a folder of workbooks dressed in ways
 * SPEC §2 allows, injects SPEC §3 defects at known cells, and records the
 * issues the engine must report (no more, no fewer).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Block, type CritRow, type Scores, UNITS, scoresFor, table1, table2 } from "./gen/block";
import { put, sheet, TINY_PNG, type Value } from "./gen/sheet";
import { Truth } from "./gen/truth";
import {
  type AOptions,
  criteriaSheet,
  layoutASheet,
  layoutBSheet,
  layoutCSheet,
  rosterSheet,
  rosterText,
  STYLES,
} from "./gen/writers";

const U = UNITS.map((u) => u.name);
const [CTD, LG, NB, VH, NM, NCT] = U as [string, string, string, string, string, string];

export interface Scenario {
  readonly truth: Truth;
  /** The command line after `check`. */
  readonly argv: readonly string[];
}

/** A number typed as text the Vietnamese way: `" 9,5 "`. */
const commaText = (row: CritRow, v: number): Value =>
  row.kind === "normal" && !Number.isInteger(v) ? ` ${String(v).replace(".", ",")} ` : v;

/** Deductions typed negative with the Unicode minus, as text. */
const minusDeductions = (row: CritRow, v: number): Value => (row.kind === "deduction" && v > 0 ? `−${v}` : commaText(row, v));

const withScore = (scores: Scores, key: string, value: number | null): Scores => new Map(scores).set(key, value);

/** An instructions sheet: prose only. */
function prose(name: string) {
  const model = sheet(name);
  put(model, 1, 1, "HƯỚNG DẪN CHẤM ĐIỂM");
  put(model, 3, 1, "1. Mỗi đơn vị chấm điểm các đơn vị còn lại trong Khối, mỗi đơn vị một trang.");
  put(model, 4, 1, "2. Gửi về Trưởng khối trước ngày 15/11/2026.");
  return model;
}

/**
 * Block AB: six units, table 1 (four levels, graded, bonus, deduction) in
 * column C under a two-row header; the roster as a sheet; two scorers in
 * layout A, two in layout B, one in layout A by sheet names only, one whose
 * files cannot be read.
 */
export async function blockAB(root: string): Promise<Scenario> {
  const dir = path.join(root, "block-ab");
  mkdirSync(dir, { recursive: true });
  const t = new Truth(dir);
  const block: Block = { units: UNITS, table: table1() };
  const s = (scorer: number, ratee: number) => scoresFor(block, scorer, ratee);

  // The leader's table and roster.
  const criteriaFile = await t.write("Bảng tiêu chí chấm điểm 2026.xlsx", [
    criteriaSheet(block.table, { startCol: 3, header: "two-row", maxFormulas: true }),
  ]);
  // Table rows start under the title (rows 1–3), the header (5–6): I. is row 7; I.2.1.1 is the 5th row.
  t.expect({ code: "CRITERIA_MAX_MISMATCH", file: criteriaFile, sheet: "Tiêu chí", cell: "E11", criterion: "I.2.1.1" });
  await t.write("Danh sách đơn vị khối.xlsx", [rosterSheet(UNITS)]);

  // 0 · CTĐ: layout A, two-row header at column C, names in capitals, scorer past blank cells, a prose sheet first.
  {
    const file = "Phiếu chấm chéo - Hội Chữ thập đỏ 12.11.2026 (1).xlsx";
    const o: AOptions = {
      startCol: 3,
      header: "two-row",
      scorerLabel: { text: "Đơn vị chấm điểm:", mode: "right-skip" },
      rateeLabel: { text: "Tên đơn vị được chấm:", mode: "right" },
      names: STYLES.caps,
      subtotals: true,
      hiddenOldScores: true,
    };
    const lg = layoutASheet(block, "Luật gia", CTD, LG, withScore(s(0, 1), "I.1", 11), o);
    const nb = layoutASheet(block, "Nhà báo", CTD, NB, withScore(s(0, 2), "I.2.2", 8), o);
    const vh = layoutASheet(block, "VHNT", CTD, VH, withScore(s(0, 3), "II.2", 0), o);
    put(vh.model, ...rc(vh.cell("II.2")), "Đạt");
    const nm = layoutASheet(block, "Người mù", CTD, NM, s(0, 4), o);
    const nct = layoutASheet(block, "NCT", CTD, NCT, s(0, 5), o);
    const ccb = layoutASheet(block, "CCB", CTD, "Hội Cựu chiến binh tỉnh", s(0, 6), o);
    const self = layoutASheet(block, "Tự chấm", CTD, null, s(0, 0), o);
    await t.write(file, [prose("Hướng dẫn"), lg.model, nb.model, vh.model, nm.model, nct.model, ccb.model, self.model]);
    t.expect({ code: "LAYOUT_UNRECOGNIZED", severity: "warning", file, sheet: "Hướng dẫn" });
    t.expect({ code: "SCORE_ABOVE_MAX", file, sheet: "Luật gia", cell: lg.cell("I.1"), scorer: CTD, ratee: LG, criterion: "I.1" });
    t.expect({ code: "GRADE_NOT_ALLOWED", file, sheet: "Nhà báo", cell: nb.cell("I.2.2"), scorer: CTD, ratee: NB, criterion: "I.2.2" });
    t.expect({ code: "SCORE_NOT_NUMBER", file, sheet: "VHNT", cell: vh.cell("II.2"), scorer: CTD, ratee: VH, criterion: "II.2" });
    t.expect({ code: "UNIT_UNKNOWN", file, sheet: "CCB", cell: ccb.rateeCell ?? "", scorer: CTD });
  }

  // 1 · Luật gia: layout A, one-row header at column B, names in NFD, numbers as text with commas, a duplicate sheet.
  {
    const file = "Hội Luật gia tỉnh - chấm điểm chéo năm 2026.xlsx";
    const o: AOptions = {
      startCol: 2,
      header: "one-row",
      labels: { n: "STT", text: "Nội dung", max: "Số điểm tối đa", score: "Điểm chấm" },
      scorerLabel: { text: "Đơn vị chấm:", mode: "colon" },
      rateeLabel: { text: "Đơn vị được đánh giá:", mode: "colon" },
      names: STYLES.nfd,
      subtotals: false,
      leaf: minusDeductions,
    };
    const nm = layoutASheet(block, "Phiếu 1", LG, NM, withScore(s(1, 4), "II.3", -1), o);
    const ctd = layoutASheet(block, "Phiếu 2", LG, CTD, withScore(s(1, 0), "I.2.1.2", null), o);
    const nb = layoutASheet(block, "Phiếu 3", LG, NB, s(1, 2), o);
    const nb2 = layoutASheet(block, "Phiếu 3 (2)", LG, NB, s(1, 2), o);
    const vh = layoutASheet(block, "Phiếu 4", LG, VH, s(1, 3), o);
    const nct = layoutASheet(block, "Phiếu 5", LG, NCT, withScore(s(1, 5), "IV.2", 4), o);
    const self = layoutASheet(block, "Tự đánh giá", LG, null, s(1, 1), { ...o, labels: { ...o.labels!, score: "Điểm tự chấm" } });
    await t.write(file, [nm.model, ctd.model, nb.model, nb2.model, vh.model, nct.model, self.model]);
    t.expect({ code: "SCORE_NEGATIVE", file, sheet: "Phiếu 1", cell: nm.cell("II.3"), scorer: LG, ratee: NM, criterion: "II.3" });
    t.expect({ code: "SCORE_MISSING", file, sheet: "Phiếu 2", cell: ctd.cell("I.2.1.2"), scorer: LG, ratee: CTD, criterion: "I.2.1.2" });
    t.expect({ code: "DEDUCTION_ABOVE_MAX", file, sheet: "Phiếu 5", cell: nct.cell("IV.2"), scorer: LG, ratee: NCT, criterion: "IV.2" });
    t.expect({ code: "DUPLICATE_SCORESHEET", file, sheet: "Phiếu 3", scorer: LG, ratee: NB });
    t.expect({ code: "DUPLICATE_SCORESHEET", file, sheet: "Phiếu 3 (2)", scorer: LG, ratee: NB });
  }

  // 2 · Nhà báo: layout B, one-row header, ratees by alias and initials, its own column marked x, a Tự chấm column.
  {
    const file = "NB_bang cham diem cheo_2026.xlsx";
    const columns = [
      { label: "Tự chấm", scores: s(2, 2) },
      { label: "CTĐ", scores: s(2, 0) },
      { label: "Luật gia", scores: s(2, 1) },
      { label: "Nhà báo", scores: "x" as const },
      { label: "VHNT", scores: s(2, 3) },
      { label: "Người mù", scores: s(2, 4) },
      { label: "NCT", scores: s(2, 5) },
    ];
    const b = layoutBSheet(block, "Chấm điểm", NB, columns, {
      startCol: 1,
      header: "one-row",
      scorerLabel: { text: "Đơn vị:", mode: "right" },
      subtotals: true,
      leaf: commaText,
      maxOf: (row) => (row.key === "II.3" ? 15 : row.max),
      inserted: new Map([["II.3", ["4.", "Tham gia hiến máu tình nguyện", 5, [null, 5]] as const]]),
    });
    const lgII = b.cell(2, "II");
    const printed = b.model.cells.get(lgII) as { result: number };
    put(b.model, ...rc(lgII), { formula: "SUM(F1:F2)", result: printed.result + 1 });
    await t.write(file, [b.model]);
    t.expect({ code: "MAX_MISMATCH", file, sheet: "Chấm điểm", cell: b.maxCell("II.3"), scorer: NB, criterion: "II.3" });
    t.expect({ code: "SUBTOTAL_MISMATCH", file, sheet: "Chấm điểm", cell: lgII, scorer: NB, ratee: LG, criterion: "II" });
    const unknownRow = b.placed.insertedRow.get("II.3") ?? 0;
    t.expect({ code: "CRITERION_UNKNOWN", file, sheet: "Chấm điểm", cell: `E${unknownRow}`, scorer: NB, ratee: CTD });
  }

  // 3 · VHNT: layout B, Điểm over Tối đa | Tự chấm | ratees; the scorer only in the file name; an ambiguous column.
  {
    const file = "VHNT - bảng chấm điểm năm 2026.xlsx";
    const columns = [
      { label: "Tự chấm", scores: s(3, 3) },
      { label: "Chữ thập đỏ", scores: s(3, 0) },
      { label: "Luật gia", scores: s(3, 1) },
      { label: "Nhà báo", scores: s(3, 2) },
      { label: "Hội Người", scores: s(3, 4) },
      { label: "NCT", scores: s(3, 5) },
    ];
    const b = layoutBSheet(block, "Sheet1", VH, columns, { startCol: 1, header: "two-row", scorerLabel: null, subtotals: true });
    await t.write(file, [b.model]);
    t.expect({ code: "UNIT_AMBIGUOUS", file, sheet: "Sheet1", cell: b.cell(4, "HEADER"), scorer: VH });
    t.missing([[VH, NM]]);
  }

  // 4 · Người mù: layout A, ratees named only by the sheets' names (no diacritics, capitals, sloppy), itself among them.
  {
    const file = "Hội Người mù tỉnh - phiếu chấm.xlsx".normalize("NFD");
    const o: AOptions = {
      startCol: 1,
      header: "two-row",
      scorerLabel: { text: "Đơn vị chấm điểm:", mode: "colon" },
      rateeLabel: null,
      names: STYLES.full,
      subtotals: true,
    };
    const sheets = [
      layoutASheet(block, "Hoi Chu thap do", NM, CTD, s(4, 0), o),
      layoutASheet(block, "LUẬT GIA", NM, LG, s(4, 1), o),
      layoutASheet(block, "Nhà  báo.", NM, NB, s(4, 2), o),
      layoutASheet(block, "Văn học nghệ thuật", NM, VH, s(4, 3), o),
      layoutASheet(block, "Người mù", NM, NM, s(4, 4), o),
    ];
    sheets[0]!.model.images.push({ png: TINY_PNG, range: "A1:B2" });
    await t.write(file, sheets.map((x) => x.model));
    t.expect({ code: "SELF_SCORE_IN_CROSS", file, sheet: "Người mù", scorer: NM, ratee: NM });
    t.missing([[NM, NCT]]);
  }

  // 5 · Người cao tuổi: an .xls and a truncated .xlsx; nothing of it can be read.
  {
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    t.writeRaw("NCT cham cheo.xls", xls);
    t.expect({ code: "FILE_UNREADABLE", file: "NCT cham cheo.xls" });
    const good = await layoutASheet(block, "CTĐ", NCT, CTD, s(5, 0), {
      startCol: 1,
      header: "two-row",
      scorerLabel: null,
      rateeLabel: null,
      names: STYLES.full,
      subtotals: true,
    });
    const { workbookBytes } = await import("./gen/sheet");
    const bytes = await workbookBytes({ sheets: [good.model] });
    t.writeRaw("Hội Người cao tuổi (bản sửa).xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    t.expect({ code: "FILE_UNREADABLE", file: "Hội Người cao tuổi (bản sửa).xlsx" });
    t.missing(U.filter((u) => u !== NCT).map((u) => [NCT, u] as const));
  }

  // A cover letter saved as a workbook: no usable sheet at all.
  {
    const file = "Công văn gửi kèm.xlsx";
    await t.write(file, [prose("Công văn")]);
    t.expect({ code: "LAYOUT_UNRECOGNIZED", severity: "error", file, sheet: "Công văn" });
  }

  return { truth: t, argv: [dir] };
}

/**
 * Block C: table 2 (flat, a bonus criterion) as the criteria file, the
 * roster as a text file, and the leader's totals table (layout C) with *Tên
 * đơn vị*, short scorer names, a *Tự chấm* column, *Trung bình*, *Xếp
 * hạng*, *Ghi chú*, `x` and `-` on the diagonal.
 */
export async function blockC(root: string): Promise<Scenario> {
  const dir = path.join(root, "block-c");
  mkdirSync(dir, { recursive: true });
  const t = new Truth(dir);
  const units = UNITS.slice(0, 5);
  const block: Block = { units, table: table2() };
  const criteriaFile = await t.write("Thang điểm 2026.xlsx", [
    criteriaSheet(block.table, { startCol: 2, header: "one-row", maxFormulas: false }),
  ]);
  const rosterFile = t.writeRaw("don-vi.txt", rosterText(units));
  const labels = ["CTĐ", "Luật gia", "Nhà báo", "VHNT", "Người mù"];
  const totals = (s: number, r: number): Value => {
    if (s === 1 && r === 0) return "không chấm"; // SCORE_NOT_NUMBER
    if (s === 2 && r === 3) return 106; // SCORE_ABOVE_MAX: base 100 + bonus 5
    if (s === 3 && r === 4) return -90; // SCORE_NEGATIVE
    if (s === 4 && r === 1) return null; // SCORESHEET_MISSING
    return ` ${90 + ((s + r) % 5)},5 `;
  };
  const c = layoutCSheet(units, labels, totals, (r) => (r === 2 || r === 3 ? null : 95), (r) => (r === 3 ? 97 : r % 2 === 0 ? "x" : "-"));
  const file = "Tổng hợp điểm chấm chéo.xlsx";
  await t.write(file, [c.model]);
  const [u0, u1, u2, u3, u4] = units.map((u) => u.name) as [string, string, string, string, string];
  t.expect({ code: "SCORE_NOT_NUMBER", file, sheet: "Tổng hợp", cell: c.cell(1, 0), scorer: u1, ratee: u0 });
  t.expect({ code: "SCORE_ABOVE_MAX", file, sheet: "Tổng hợp", cell: c.cell(2, 3), scorer: u2, ratee: u3 });
  t.expect({ code: "SCORE_NEGATIVE", file, sheet: "Tổng hợp", cell: c.cell(3, 4), scorer: u3, ratee: u4 });
  t.missing([[u4, u1]]);
  // 97 on the diagonal of VHNT's column, not in Tự chấm (left blank): its self score.
  t.expect({ code: "SELF_SCORE_IN_CROSS", file, sheet: "Tổng hợp", scorer: u3, ratee: u3 });
  return { truth: t, argv: ["--criteria", path.join(dir, criteriaFile), "--roster", path.join(dir, rosterFile), path.join(dir, file)] };
}

/** Numbering as a member retyped it: `I` for `I.`, `1)` for `1.`, `a` for `a.`, dots kept in dotted numbers. */
function otherNumbering(row: CritRow): Value {
  if (typeof row.n !== "string") return row.n;
  if (/^[IVX]+\.$/.test(row.n)) return row.n.slice(0, -1);
  if (/^\d+\.$/.test(row.n)) return `${row.n.slice(0, -1)})`;
  if (/^[a-z][.)]$/.test(row.n)) return row.n.slice(0, 1);
  return row.n;
}

const noDiacritics = (row: CritRow) => STYLES.plain(row.text);

/** Zero bonuses and deductions left blank (blank means 0 there). */
const blankZeroExtras = (row: CritRow, v: number): Value => (row.kind !== "normal" && v === 0 ? null : v);

/**
 * Block D: the leader's workbook holds an instructions sheet, the table and
 * the roster; members retype the numbering, drop diacritics, name a self
 * sheet *Tự chấm* with a plain *Điểm* column, leave zero extras blank, send
 * error values and dates, delete a row; a matrix heads its ratees with a
 * merged *Đơn vị được chấm* and merges its text over two cells (as does
 * the leader's table); one workbook has a chart sheet.
 */
export async function blockD(root: string): Promise<Scenario> {
  const dir = path.join(root, "block-d");
  mkdirSync(dir, { recursive: true });
  const t = new Truth(dir);
  const units = UNITS.slice(0, 4);
  const block: Block = { units, table: table1() };
  const s = (scorer: number, ratee: number) => scoresFor(block, scorer, ratee);
  const [ctd, lg, nb, vh] = units.map((u) => u.name) as [string, string, string, string];

  const leader = "Khối thi đua - mẫu phiếu và danh sách.xlsx";
  await t.write(leader, [prose("Hướng dẫn"), criteriaSheet(block.table, { startCol: 1, header: "one-row", maxFormulas: false, textSpan: 2 }), rosterSheet(units)]);
  t.expect({ code: "CRITERIA_MAX_MISMATCH", file: leader, sheet: "Tiêu chí", criterion: "I.2.1.1" });

  // 0 · CTĐ: one-row header with a plain "Điểm", "Đơn vị:" beside its name, ratee past blank cells, numbering retyped.
  {
    const file = "CTD - phieu cham 2026.xlsx";
    const o: AOptions = {
      startCol: 1,
      header: "one-row",
      labels: { n: "TT", text: "Tiêu chí", max: "Điểm chuẩn", score: "Điểm" },
      scorerLabel: { text: "Đơn vị:", mode: "right" },
      rateeLabel: { text: "Đơn vị được đánh giá:", mode: "right-skip" },
      names: STYLES.sloppy,
      subtotals: true,
      numberOf: otherNumbering,
      textOf: noDiacritics,
      leaf: blankZeroExtras,
    };
    const lgs = layoutASheet(block, "Luật gia", ctd, lg, withScore(s(0, 1), "I.1", 0), o);
    put(lgs.model, ...rc(lgs.cell("I.1")), { formula: "VLOOKUP(A1,Z:Z,2,0)", result: { error: "#REF!" } });
    const nbs = layoutASheet(block, "Nhà báo", ctd, nb, withScore(s(0, 2), "II.2", 0), o);
    put(nbs.model, ...rc(nbs.cell("II.2")), new Date(Date.UTC(2026, 4, 9)));
    const vhs = layoutASheet(block, "VHNT", ctd, vh, s(0, 3), o);
    const self = layoutASheet(block, "Tự chấm", ctd, null, s(0, 0), o);
    await t.write(file, [self.model, lgs.model, nbs.model, vhs.model]);
    t.expect({ code: "SCORE_NOT_NUMBER", file, sheet: "Luật gia", cell: lgs.cell("I.1"), scorer: ctd, ratee: lg, criterion: "I.1" });
    t.expect({ code: "SCORE_NOT_NUMBER", file, sheet: "Nhà báo", cell: nbs.cell("II.2"), scorer: ctd, ratee: nb, criterion: "II.2" });
  }

  // 1 · Luật gia: two-row header; bonus above its max and negative; a deleted row; the total's max and sum wrong; a chart sheet.
  {
    const file = "Luật gia (chấm chéo) 2026 - v2.xlsx";
    const o: AOptions = {
      startCol: 2,
      header: "two-row",
      scorerLabel: { text: "Đơn vị chấm điểm", mode: "right" },
      rateeLabel: { text: "Đơn vị được chấm", mode: "right-skip" },
      names: STYLES.plain,
      subtotals: true,
      leaf: (row, v) => (row.kind === "deduction" && v > 0 ? -v : blankZeroExtras(row, v)),
    };
    const ctds = layoutASheet(block, "CTĐ", lg, ctd, withScore(s(1, 0), "I.1", null), { ...o, skip: new Set(["I.1"]) });
    const nbs = layoutASheet(block, "Nhà báo", lg, nb, s(1, 2), { ...o, maxOf: (row) => row.max });
    const totalMax = `D${nbs.placed.totalRow}`;
    const totalCell = `F${nbs.placed.totalRow}`;
    put(nbs.model, ...rc(totalMax), 90);
    const printed = nbs.model.cells.get(totalCell) as { result: number };
    put(nbs.model, ...rc(totalCell), { formula: "SUM(F1:F2)", result: printed.result - 2 });
    const vhs = layoutASheet(block, "VHNT", lg, vh, withScore(withScore(s(1, 3), "III.1", 4), "III.2", -1), o);
    const self = layoutASheet(block, "Tự chấm", lg, null, s(1, 1), o);
    const { workbookBytes } = await import("./gen/sheet");
    const { withChartSheet } = await import("./gen/chartsheet");
    const bytes = await workbookBytes({ sheets: [ctds.model, nbs.model, vhs.model, self.model] });
    t.writeRaw(file, await withChartSheet(bytes, "Biểu đồ", 1, "CTĐ", "$F$8:$F$10"));
    t.expect({ code: "SCORE_MISSING", file, sheet: "CTĐ", scorer: lg, ratee: ctd, criterion: "I.1" });
    t.expect({ code: "MAX_MISMATCH", file, sheet: "Nhà báo", cell: totalMax, scorer: lg, ratee: nb });
    t.expect({ code: "SUBTOTAL_MISMATCH", file, sheet: "Nhà báo", cell: totalCell, scorer: lg, ratee: nb });
    t.expect({ code: "SCORE_ABOVE_MAX", file, sheet: "VHNT", cell: vhs.cell("III.1"), scorer: lg, ratee: vh, criterion: "III.1" });
    t.expect({ code: "SCORE_NEGATIVE", file, sheet: "VHNT", cell: vhs.cell("III.2"), scorer: lg, ratee: vh, criterion: "III.2" });
  }

  // 2 · Nhà báo: a matrix whose ratees stand under a merged "Đơn vị được chấm", full names with the province.
  {
    const file = "Nhà báo.xlsx";
    const columns = [
      { label: "Tự chấm", scores: s(2, 2) },
      { label: "Hội Chữ thập đỏ tỉnh Yên Bái", scores: s(2, 0) },
      { label: "Hội Luật gia tỉnh Yên Bái", scores: s(2, 1) },
      { label: "Liên hiệp các Hội VHNT", scores: s(2, 3) },
    ];
    const b = layoutBSheet(block, "Bảng chấm", nb, columns, {
      startCol: 1,
      header: "grouped",
      scorerLabel: { text: "Đơn vị chấm điểm:", mode: "colon" },
      subtotals: true,
      leaf: blankZeroExtras,
      textSpan: 2,
    });
    await t.write(file, [b.model]);
  }

  // 3 · VHNT: layout A, ratees by sheet names in initials and aliases.
  {
    const file = "VHNT.xlsx";
    const o: AOptions = { startCol: 1, header: "two-row", scorerLabel: null, rateeLabel: null, names: STYLES.full, subtotals: false };
    await t.write(file, [
      layoutASheet(block, "CTĐ", vh, ctd, s(3, 0), o).model,
      layoutASheet(block, "HLG", vh, lg, s(3, 1), o).model,
      layoutASheet(block, "Hội Nhà báo", vh, nb, s(3, 2), o).model,
    ]);
  }
  return { truth: t, argv: [dir] };
}

/**
 * Block E: three units, English file names, the criteria table under a
 * two-row header; one member fills a totals table of its own (layout C,
 * its name over its column, a *Tự chấm* column); one returns its two
 * per-ratee sheets blank, in a file that sorts first.
 */
export async function blockE(root: string): Promise<Scenario> {
  const dir = path.join(root, "block-e");
  mkdirSync(dir, { recursive: true });
  const t = new Truth(dir);
  const units = UNITS.slice(0, 3);
  const block: Block = { units, table: table2() };
  const [ctd, lg, nb] = units.map((u) => u.name) as [string, string, string];
  await t.write("criteria.xlsx", [criteriaSheet(block.table, { startCol: 1, header: "two-row", maxFormulas: false })]);
  await t.write("roster.xlsx", [rosterSheet(units)]);

  // Luật gia: its own totals, ratees as rows, its name over the column.
  {
    const model = sheet("Điểm");
    put(model, 1, 1, "KẾT QUẢ CHẤM ĐIỂM CHÉO NĂM 2026");
    ["STT", "Đơn vị được chấm", lg, "Tự chấm", "Ghi chú"].forEach((l, i) => put(model, 3, i + 1, l));
    [ctd, lg, nb].forEach((name, r) => {
      put(model, 4 + r, 1, r + 1);
      put(model, 4 + r, 2, name);
      put(model, 4 + r, 3, name === lg ? "x" : 91 + r);
      put(model, 4 + r, 4, name === lg ? 96 : null);
    });
    await t.write("lg.xlsx", [model]);
  }
  // CTĐ: scores both others in layout A.
  {
    const o: AOptions = { startCol: 1, header: "two-row", scorerLabel: { text: "Đơn vị chấm:", mode: "colon" }, rateeLabel: { text: "Đơn vị được chấm:", mode: "colon" }, names: STYLES.full, subtotals: true };
    await t.write("ctd.xlsx", [layoutASheet(block, "1", ctd, lg, scoresFor(block, 0, 1), o).model, layoutASheet(block, "2", ctd, nb, scoresFor(block, 0, 2), o).model]);
  }
  // Nhà báo: two sheets sent back blank (a blank sheet is no sheet: the pairs are missing).
  {
    const o: AOptions = { startCol: 1, header: "two-row", scorerLabel: { text: "Đơn vị chấm:", mode: "colon" }, rateeLabel: { text: "Đơn vị được chấm:", mode: "colon" }, names: STYLES.full, subtotals: false };
    const blank = new Map([...scoresFor(block, 2, 0)].map(([k]) => [k, null]));
    await t.write("bao-cao-nha-bao.xlsx", [layoutASheet(block, "1", nb, ctd, blank, o).model, layoutASheet(block, "2", nb, lg, blank, o).model]);
    t.missing([[nb, ctd], [nb, lg]]);
  }
  return { truth: t, argv: [dir] };
}

/**
 * Block F: files that cannot be read, of every kind SPEC §3 names (not an
 * xlsx, corrupt, password-protected, empty), and an xlsx with a sheet of
 * 16 384 columns and a million rows, beside two good scoresheets whose
 * results must stand.
 */
export async function blockF(root: string): Promise<Scenario> {
  const dir = path.join(root, "block-f");
  mkdirSync(dir, { recursive: true });
  const t = new Truth(dir);
  const units = UNITS.slice(0, 3);
  const block: Block = { units, table: table2() };
  const [ctd, lg, nb] = units.map((u) => u.name) as [string, string, string];
  await t.write("Bảng tiêu chí.xlsx", [criteriaSheet(block.table, { startCol: 1, header: "one-row", maxFormulas: false })]);
  await t.write("Danh sách đơn vị.xlsx", [rosterSheet(units)]);
  const o: AOptions = { startCol: 1, header: "two-row", scorerLabel: { text: "Đơn vị chấm:", mode: "colon" }, rateeLabel: { text: "Đơn vị được chấm:", mode: "colon" }, names: STYLES.full, subtotals: true };
  await t.write("ctd.xlsx", [layoutASheet(block, "1", ctd, lg, scoresFor(block, 0, 1), o).model, layoutASheet(block, "2", ctd, nb, scoresFor(block, 0, 2), o).model]);
  const lgSheets = [layoutASheet(block, "1", lg, ctd, scoresFor(block, 1, 0), o).model, layoutASheet(block, "2", lg, nb, scoresFor(block, 1, 2), o).model];
  // A far corner written: the sheet spans XFD1048576.
  put(lgSheets[1]!, 1_048_576, 16_384, "end");
  await t.write("lg.xlsx", lgSheets);

  const unreadable = (file: string, bytes: Uint8Array | string) => {
    t.writeRaw(file, bytes);
    t.expect({ code: "FILE_UNREADABLE", file });
  };
  unreadable("Nhà báo.ods", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(26), Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")]));
  unreadable("Nhà báo.csv", "STT;Nội dung;Điểm\n1;Một;10\n");
  unreadable("Nhà báo (csv).xlsx", "STT,Nội dung,Điểm\n1,Một,10\n");
  unreadable("Nhà báo - trống.xlsx", new Uint8Array(0));
  const encrypted = new Uint8Array(4096);
  encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  encrypted.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
  unreadable("Nhà báo - mật khẩu.xlsx", encrypted);
  const good = await import("./gen/sheet").then((m) => m.workbookBytes({ sheets: [layoutASheet(block, "1", nb, ctd, scoresFor(block, 2, 0), o).model] }));
  const flipped = Uint8Array.from(good);
  for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] = flipped[i]! ^ 0x5a;
  unreadable("Nhà báo - hỏng.xlsx", flipped);
  t.missing([[nb, ctd], [nb, lg]]);
  return { truth: t, argv: [dir] };
}

/** `"E14"` → [14, 5] for `put`. */
function rc(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
}
