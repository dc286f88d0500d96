/**
 * A block as the red team writes it: units, the criteria table row by row
 * (with the id SPEC §2.2 gives each row, worked out by hand), and the scores
 * each scorer gives each ratee. Everything the writers print comes from here.
 */
import type { Value } from "./sheet";

export type Kind = "normal" | "bonus" | "deduction";

export interface RosterUnit {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly registration?: string;
  readonly role?: string;
}

export interface CritRow {
  /** The numbering cell as printed (text or a number), `null` when blank. */
  readonly n: Value;
  readonly text: string;
  /** The max cell as printed (`-5`, `"−5"`, a formula…), `null` when blank. */
  readonly max: Value;
  /** The id SPEC §2.2 gives the row; `null` for rows whose id the SPEC leaves open (unnumbered rows). */
  readonly id: string | null;
  /** A key for the row, unique in the table, used by scores and defects (the id when there is one). */
  readonly key: string;
  readonly parent: string | null;
  readonly kind: Kind;
  readonly leaf: boolean;
  /** The max's magnitude. */
  readonly maxValue: number | null;
  readonly allowed?: readonly number[];
}

export interface Table {
  readonly title: string;
  readonly rows: readonly CritRow[];
  /** The printed total row: label and max (the base) as printed, `null` when the table prints none. */
  readonly total: { readonly label: string; readonly max: Value } | null;
  readonly base: number;
}

export interface Block {
  readonly units: readonly RosterUnit[];
  readonly table: Table;
}

export const leaves = (table: Table): CritRow[] => table.rows.filter((r) => r.leaf);

/** A deterministic score for a leaf: high, in steps of 0.5, within the max; a grade for graded rows; small extras. */
export function scoreOf(s: number, r: number, row: CritRow, index: number): number {
  const max = row.maxValue ?? 0;
  const k = (s * 7 + r * 3 + index) % 4;
  if (row.allowed) return row.allowed[k % 2] ?? 0;
  if (row.kind === "bonus") return k === 0 ? 1 : 0;
  if (row.kind === "deduction") return k === 1 ? 1 : 0;
  return Math.max(0, max - k * 0.5);
}

/** A sheet's leaf values by row key (numbers; the writers may print them otherwise). */
export type Scores = Map<string, number | null>;

export function scoresFor(block: Block, s: number, r: number): Scores {
  const scores: Scores = new Map();
  leaves(block.table).forEach((row, i) => scores.set(row.key, scoreOf(s, r, row, i)));
  return scores;
}

/** The sum printed on a parent row: its leaves' values, deductions as their negative magnitude. */
export function subtotal(table: Table, key: string, scores: Scores): number {
  let sum = 0;
  for (const row of table.rows) {
    if (!row.leaf || !descends(table, row, key)) continue;
    const v = scores.get(row.key) ?? 0;
    sum += row.kind === "deduction" ? -Math.abs(v ?? 0) : (v ?? 0);
  }
  return round(sum);
}

function descends(table: Table, row: CritRow, ancestor: string): boolean {
  for (let p = row.parent; p !== null; p = table.rows.find((x) => x.key === p)?.parent ?? null) if (p === ancestor) return true;
  return false;
}

/** SPEC §4: Σ normal + Σ bonus (capped by its section's max) − Σ |deduction| (capped likewise). */
export function total(table: Table, scores: Scores): number {
  let sum = 0;
  const tops = table.rows.filter((r) => r.parent === null);
  for (const top of tops) {
    const under = table.rows.filter((r) => r.leaf && (r.key === top.key || descends(table, r, top.key)));
    // Deductions subtract their magnitude (2 or −2 both take 2 off); other values count as typed.
    const value = under.reduce((acc, r) => acc + (top.kind === "deduction" ? Math.abs(scores.get(r.key) ?? 0) : (scores.get(r.key) ?? 0)), 0);
    if (top.kind === "normal") sum += value;
    else if (top.kind === "bonus") sum += Math.min(value, top.maxValue ?? value);
    else sum -= Math.min(value, top.maxValue ?? value);
  }
  return round(sum);
}

export const round = (x: number) => Math.round(x * 1e9) / 1e9;

function row(
  key: string,
  n: Value,
  text: string,
  max: Value,
  parent: string | null,
  extra: Partial<Pick<CritRow, "kind" | "leaf" | "allowed" | "id">> = {},
): CritRow {
  const magnitude = typeof max === "number" ? Math.abs(max) : typeof max === "string" ? Math.abs(Number(max.replace("−", "-").replace(",", "."))) : null;
  return {
    n,
    text,
    max,
    id: extra.id === undefined ? key : extra.id,
    key,
    parent,
    kind: extra.kind ?? "normal",
    leaf: extra.leaf ?? true,
    maxValue: magnitude !== null && Number.isFinite(magnitude) ? magnitude : null,
    ...(extra.allowed ? { allowed: extra.allowed } : {}),
  };
}

const P = { leaf: false } as const;

export const GRADED = "Thực hiện chế độ báo cáo định kỳ (Tốt: 10 điểm; Khá: 7 điểm; Trung bình: 5 điểm; Yếu: 0 điểm)";

/**
 * Table 1: numbering `I.`, `1.`, `2.1.`, `2.1.1`, `a.`, `b)`, numbers in
 * cells, rows with a max and no numbering, three levels, a graded leaf, a
 * bonus section *Điểm cộng* and a deduction section *Điểm trừ* printed as
 * −5, a *Tổng số điểm* row at the end holding the base.
 */
export function table1(): Table {
  const rows: CritRow[] = [
    row("I", "I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THỰC HIỆN NHIỆM VỤ", 45, null, P),
    row("I.1", "1.", "Xây dựng và ban hành kế hoạch công tác năm", 10, "I"),
    row("I.2", "2.", "Tổ chức thực hiện nhiệm vụ chuyên môn", 35, "I", P),
    row("I.2.1", "2.1.", "Hoàn thành các chỉ tiêu được giao", 25, "I.2", P),
    // Printed 13 over children worth 12: CRITERIA_MAX_MISMATCH in the criteria table.
    row("I.2.1.1", "2.1.1", "Chỉ tiêu về chuyên môn nghiệp vụ", 13, "I.2.1", P),
    row("I.2.1.1.a", "a.", "Chỉ tiêu về số lượng", 6, "I.2.1.1"),
    row("I.2.1.1.b", "b)", "Chỉ tiêu về chất lượng", 6, "I.2.1.1"),
    row("I.2.1.2", "2.1.2", "Chỉ tiêu phối hợp với các đơn vị trong Khối", 12, "I.2.1"),
    row("I.2.2", "2.2.", GRADED, 10, "I.2", { allowed: [10, 7, 5, 0] }),
    row("II", "II.", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG", 55, null, P),
    row("II.1", 1, "Phát động và tổ chức phong trào thi đua", 25, "II", P),
    row("II.1.u1", null, "- Ban hành kế hoạch phát động thi đua", 10, "II.1", { id: null }),
    row("II.1.u2", null, "- Tổ chức ký kết giao ước thi đua", 15, "II.1", { id: null }),
    row("II.2", 2, "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến", 20, "II"),
    row("II.3", "3", "Tham gia đầy đủ các hoạt động do Khối tổ chức", 10, "II"),
    row("III", "III.", "ĐIỂM CỘNG", 5, null, { ...P, kind: "bonus" }),
    row("III.1", "1.", "Có mô hình mới, cách làm hay được công nhận", 3, "III", { kind: "bonus" }),
    row("III.2", "2.", "Được khen thưởng đột xuất", 2, "III", { kind: "bonus" }),
    row("IV", "IV.", "ĐIỂM TRỪ", "−5", null, { ...P, kind: "deduction" }),
    row("IV.1", "1.", "Chậm gửi báo cáo theo quy định", -2, "IV", { kind: "deduction" }),
    row("IV.2", "2.", "Vi phạm quy chế hoạt động của Khối", -3, "IV", { kind: "deduction" }),
  ];
  return { title: "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2026", rows, total: { label: "Tổng số điểm", max: 100 }, base: 100 };
}

/** Table 2: flat, numbers in cells, no sections, a bonus criterion *Điểm cộng*: the layout-C block's. */
export function table2(): Table {
  const rows: CritRow[] = [
    row("1", 1, "Công tác tham mưu, tổ chức thực hiện nhiệm vụ", 40, null),
    row("2", 2, "Công tác thi đua, khen thưởng", 30, null),
    row("3", 3, "Công tác xây dựng tổ chức", 30, null),
    row("4", 4, "Điểm cộng (mô hình mới, sáng kiến)", 5, null, { kind: "bonus" }),
  ];
  return { title: "THANG ĐIỂM THI ĐUA", rows, total: { label: "Tổng cộng", max: 100 }, base: 100 };
}

export const UNITS: readonly RosterUnit[] = [
  { name: "Hội Chữ thập đỏ tỉnh", aliases: ["CTĐ", "Chữ thập đỏ"], registration: "Cờ thi đua của Chính phủ", role: "Trưởng khối" },
  { name: "Hội Luật gia tỉnh", registration: "Cờ thi đua của UBND tỉnh", role: "Phó trưởng khối" },
  { name: "Hội Nhà báo tỉnh", registration: "Bằng khen" },
  { name: "Liên hiệp các Hội Văn học nghệ thuật tỉnh", aliases: ["VHNT", "Liên hiệp VHNT"], registration: "Bằng khen" },
  { name: "Hội Người mù tỉnh", registration: "Bằng khen" },
  { name: "Hội Người cao tuổi tỉnh", aliases: ["NCT"] },
];
