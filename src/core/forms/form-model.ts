/**
 * What each member's blank scoresheet workbook holds (SPEC §7.1), decided in
 * the core from the criteria table and the roster, so a filled copy is
 * exactly what the import reads back (§2.3, layout A) and adds up as §4 does.
 *
 * Pure: where each row lands and its formulas' A1 text are the page
 * layout's (workbook/form-pages.ts), since pages are a port of the workbook
 * layer, which core does not see.
 */
import type { CriteriaTable, Criterion } from "../model/criteria";
import type { Unit } from "../model/unit";
import { formFileNames } from "./file-names";

/** The labels the import reads back (§2.3): written in Vietnamese whatever the pane's language. */
export const FORM_LABELS = {
  scorer: "Đơn vị chấm",
  ratee: "Đơn vị được chấm",
  number: "TT",
  text: "Nội dung",
  max: "Điểm tối đa",
  cross: "Điểm chấm",
  self: "Điểm tự chấm",
  total: "Tổng cộng",
  selfSheet: "Tự chấm",
  instructionsSheet: "Hướng dẫn",
} as const;

/** The instructions sheet's first cell: the import knows the sheet by it (recognise/form-instructions.ts). */
export const INSTRUCTIONS_TITLE = "HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA";

export interface FormOptions {
  /** *Khối/cụm thi đua*'s name, for the titles. */
  readonly blockName: string;
  readonly year: number | null;
  /** The day the filled workbooks are due, `YYYY-MM-DD`, when the officer set one. */
  readonly deadline?: string;
}

export interface FormWorkbook {
  readonly scorer: Unit;
  /** `Phieu cham - <unit>.xlsx`, safe on every file system, unique in the batch. */
  readonly fileName: string;
  /** The block's leader (*Trưởng khối*), to whom the workbook goes back; null when the roster names none. */
  readonly leader: Unit | null;
  /** One per ratee, in roster order, then the self sheet. */
  readonly sheets: readonly FormSheet[];
  readonly options: FormOptions;
}

export interface FormSheet {
  readonly kind: "cross" | "self";
  /** Names for the tab, best first (the adapters keep Excel's rules and make it unique). */
  readonly tabNames: readonly string[];
  readonly scorer: Unit;
  /** The unit scored; the scorer itself on the self sheet. */
  readonly ratee: Unit;
  readonly rows: readonly FormRow[];
  readonly total: FormTotal;
}

/** What a score cell accepts. */
export type ScoreEntry =
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "list"; readonly values: readonly number[] };

export interface FormRow {
  readonly criterion: Criterion;
  /** The max as the table prints it (a deduction's may be −5); null when the table prints none. */
  readonly printedMax: number | null;
  /** A leaf's allowed entry; null for a parent, whose score is the sum of `children`. */
  readonly entry: ScoreEntry | null;
  /** Ids of the direct children (a parent's subtotal adds them as they stand). */
  readonly children: readonly string[];
}

/**
 * The total of §4 as terms over rows' score cells: each term the plain sum
 * of its rows (normal rows), or, for a bonus or deduction section, that sum
 * capped by the section's max and added (bonus) or taken away as a magnitude
 * (deduction, typed as 2 or −2).
 */
export interface FormTotal {
  /** The base (§2.2), printed as the total row's max. */
  readonly base: number;
  readonly terms: readonly TotalTerm[];
}

export interface TotalTerm {
  readonly ids: readonly string[];
  readonly sign: 1 | -1;
  /** The section's max; null when the table gives none (no cap). */
  readonly cap: number | null;
  /** Take the magnitude of the sum first (deductions). */
  readonly magnitude: boolean;
}

/** Every member's workbook, in roster order. */
export function formWorkbooks(table: CriteriaTable, units: readonly Unit[], options: FormOptions): FormWorkbook[] {
  if (units.length === 0) throw new RangeError("The roster names no unit: there is no one to send a scoresheet to");
  const rows = formRows(table);
  const total = formTotal(table);
  const names = formFileNames(units.map((u) => u.name));
  const leader = units.find((u) => u.role === "leader") ?? null;
  return units.map((scorer, i) => ({
    scorer,
    fileName: names[i] as string,
    leader,
    options,
    sheets: [
      ...units.filter((u) => u !== scorer).map((ratee): FormSheet => ({ kind: "cross", tabNames: tabNames(ratee), scorer, ratee, rows, total })),
      { kind: "self", tabNames: [FORM_LABELS.selfSheet], scorer, ratee: scorer, rows, total },
    ],
  }));
}

/** The unit's name, else its aliases, shortest last: a tab holds 31 characters. */
function tabNames(unit: Unit): string[] {
  return [unit.name, ...[...unit.aliases].sort((a, b) => b.length - a.length)];
}

function formRows(table: CriteriaTable): FormRow[] {
  const children = new Map<string, string[]>();
  for (const c of table.criteria) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  return table.criteria.map((criterion) => ({
    criterion,
    printedMax: criterion.maxPoints === null ? null : criterion.maxPrintedNegative ? -criterion.maxPoints : criterion.maxPoints,
    entry: criterion.isLeaf ? entryOf(criterion) : null,
    children: criterion.isLeaf ? [] : (children.get(criterion.id) ?? []),
  }));
}

/** A leaf's allowed values: the graded list; else 0…max, or −max…0 for a deduction the table prints below zero. */
function entryOf(criterion: Criterion): ScoreEntry {
  if (criterion.allowedValues && criterion.allowedValues.length > 0) return { kind: "list", values: criterion.allowedValues };
  const max = criterion.maxPoints ?? 0;
  if (criterion.kind === "deduction" && criterion.maxPrintedNegative) return { kind: "decimal", min: -max, max: 0 };
  return { kind: "decimal", min: 0, max };
}

/**
 * The terms of §4's total (rank/total.ts): normal leaves add; bonus and
 * deduction leaves are grouped under the topmost ancestor of their kind,
 * whose max caps the group. A subtree all of one kind is summed through its
 * root's subtotal, so a usual table's total reads `I + II + III + MIN(IV, 5)
 * − MIN(ABS(V), 10)`.
 */
function formTotal(table: CriteriaTable): FormTotal {
  const byId = new Map(table.criteria.map((c) => [c.id, c]));
  const kids = new Map<string | null, Criterion[]>();
  for (const c of table.criteria) {
    const key = c.parentId !== null && byId.has(c.parentId) ? c.parentId : null;
    kids.set(key, [...(kids.get(key) ?? []), c]);
  }
  const uniform = new Map<string, boolean>();
  const isUniform = (c: Criterion): boolean => {
    const known = uniform.get(c.id);
    if (known !== undefined) return known;
    const result = (kids.get(c.id) ?? []).every((k) => k.kind === c.kind && isUniform(k));
    uniform.set(c.id, result);
    return result;
  };
  const plain: string[] = [];
  const capped = new Map<string, { ids: string[]; root: Criterion }>();
  const cappingRoot = (c: Criterion): Criterion => {
    let top = c;
    for (let p = top.parentId === null ? undefined : byId.get(top.parentId); p && p.kind === c.kind; p = p.parentId === null ? undefined : byId.get(p.parentId)) top = p;
    return top;
  };
  const visit = (c: Criterion) => {
    if (c.kind === "normal" && isUniform(c)) {
      plain.push(c.id);
      return;
    }
    if (c.kind !== "normal" && isUniform(c)) {
      const root = cappingRoot(c);
      const group = capped.get(root.id) ?? { ids: [], root };
      group.ids.push(c.id);
      capped.set(root.id, group);
      return;
    }
    for (const k of kids.get(c.id) ?? []) visit(k);
  };
  for (const top of kids.get(null) ?? []) visit(top);
  const terms: TotalTerm[] = [];
  if (plain.length > 0) terms.push({ ids: plain, sign: 1, cap: null, magnitude: false });
  for (const { ids, root } of capped.values()) {
    const deduction = root.kind === "deduction";
    terms.push({ ids, sign: deduction ? -1 : 1, cap: root.maxPoints, magnitude: deduction });
  }
  return { base: table.base, terms };
}
