/**
 * Hand-built criteria tables and resolved sheets for the rules of
 * `src/core/check`. The standard table:
 *
 *   I    normal     24   (row 9)
 *   I.1  normal     10   (row 10)
 *   I.2  normal     10   (row 11)
 *   I.2.1 normal     5   (row 12)
 *   I.2.2 normal     5   (row 13)
 *   I.3  graded      4   allowed [4, 3, 2, 0] (row 14)
 *   IV   bonus       5   (row 15)
 *   IV.1 bonus       5   (row 16)
 *   V    deduction   5   (row 17)
 *   V.1  deduction   5   (row 18)
 *   total row            (row 19)
 *
 * base 24; a layout-C total's max 29. Scores are in column E, printed maxima
 * in column D.
 */
import { issueMessage } from "../../../src/core/i18n/issues";
import type { CheckContext, ResolvedSheet } from "../../../src/core/check/rule";
import type { CriteriaTable, Criterion, CriterionKind, CriterionLevel } from "../../../src/core/model/criteria";
import type { Issue } from "../../../src/core/model/issue";
import type { Unit } from "../../../src/core/model/unit";
import type { CellNumber } from "../../../src/core/read/cell-number";
import type { PrintedValue, RawScore, RawScoresheet } from "../../../src/core/read/layouts/layout";

// ───────────────────────── cell values ─────────────────────────

export const num = (value: number): CellNumber => ({ kind: "number", value });
export const blank: CellNumber = { kind: "blank" };
export const text = (t: string): CellNumber => ({ kind: "text", text: t });
export const err = (error: string): CellNumber => ({ kind: "error", error });

// ───────────────────────── criteria tables ─────────────────────────

export interface CriterionSpec {
  readonly id: string;
  readonly parentId?: string | null;
  readonly max: number | null;
  readonly kind?: CriterionKind;
  readonly allowed?: readonly number[];
}

const LEVELS: readonly CriterionLevel[] = ["section", "criterion", "subcriterion", "item"];
export const TABLE_FILE = "tieu-chi.xlsx";
export const TABLE_SHEET = "Tiêu chí";

/**
 * A table from specs in table order: the parent is the id up to its last dot
 * unless given, the kind is inherited from the parent unless given, leaves
 * are the rows without children, and `base` (unless given) is the sum of the
 * top-level normal maxima.
 */
export function buildTable(specs: readonly CriterionSpec[], base?: number): CriteriaTable {
  const parentOf = (s: CriterionSpec): string | null =>
    s.parentId !== undefined ? s.parentId : s.id.includes(".") ? s.id.slice(0, s.id.lastIndexOf(".")) : null;
  const kinds = new Map<string, CriterionKind>();
  const depth = new Map<string, number>();
  const criteria: Criterion[] = specs.map((s, index) => {
    const parentId = parentOf(s);
    const kind = s.kind ?? (parentId === null ? "normal" : (kinds.get(parentId) ?? "normal"));
    const level = parentId === null ? 0 : (depth.get(parentId) ?? 0) + 1;
    kinds.set(s.id, kind);
    depth.set(s.id, level);
    return {
      id: s.id,
      level: LEVELS[Math.min(level, 3)]!,
      parentId,
      number: s.id.slice(s.id.lastIndexOf(".") + 1),
      text: `Tiêu chí ${s.id}`,
      maxPoints: s.max,
      kind,
      allowedValues: s.allowed ? [...s.allowed] : null,
      isLeaf: !specs.some((other) => parentOf(other) === s.id),
      source: { file: TABLE_FILE, sheet: TABLE_SHEET, cell: `C${index + 9}` },
    };
  });
  const computedBase = criteria
    .filter((c) => c.parentId === null && c.kind === "normal")
    .reduce((sum, c) => sum + (c.maxPoints ?? 0), 0);
  return { criteria, base: base ?? computedBase, source: { file: TABLE_FILE, sheet: TABLE_SHEET } };
}

export const STANDARD_SPECS: readonly CriterionSpec[] = [
  { id: "I", max: 24 },
  { id: "I.1", max: 10 },
  { id: "I.2", max: 10 },
  { id: "I.2.1", max: 5 },
  { id: "I.2.2", max: 5 },
  { id: "I.3", max: 4, allowed: [4, 3, 2, 0] },
  { id: "IV", max: 5, kind: "bonus" },
  { id: "IV.1", max: 5 },
  { id: "V", max: 5, kind: "deduction" },
  { id: "V.1", max: 5 },
];

export const standardTable = (): CriteriaTable => buildTable(STANDARD_SPECS);

export function contextFor(table: CriteriaTable = standardTable()): CheckContext {
  return { table, criteriaById: new Map(table.criteria.map((c) => [c.id, c])) };
}

/** The row (1-based) of each criterion of the standard table, and of its total. */
export const ROW: Readonly<Record<string, number>> = {
  I: 9,
  "I.1": 10,
  "I.2": 11,
  "I.2.1": 12,
  "I.2.2": 13,
  "I.3": 14,
  IV: 15,
  "IV.1": 16,
  V: 17,
  "V.1": 18,
  total: 19,
};

/** The score cell of a criterion (column E) or of the total row. */
export const scoreCell = (id: string): string => `E${ROW[id] ?? 99}`;
/** The printed max cell of a criterion (column D). */
export const maxCell = (id: string): string => `D${ROW[id] ?? 99}`;

// ───────────────────────── units and sheets ─────────────────────────

export const unit = (name: string): Unit => ({ name, aliases: [] });
export const LUAT_GIA = unit("Hội Luật gia tỉnh");
export const CHU_THAP_DO = unit("Hội Chữ thập đỏ tỉnh");
export const NHA_BAO = unit("Hội Nhà báo tỉnh");

export const FILE = "hoi-luat-gia.xlsx";
export const SHEET = "Chữ thập đỏ";

/** The standard leaves, scored: a full, clean sheet (total 8 + 4 + 5 + 3 = 20). */
export const LEAF_IDS = ["I.1", "I.2.1", "I.2.2", "I.3", "IV.1", "V.1"] as const;
const DEFAULT_VALUES: Readonly<Record<string, CellNumber>> = {
  "I.1": num(8),
  "I.2.1": num(4),
  "I.2.2": num(5),
  "I.3": num(3),
  "IV.1": blank,
  "V.1": blank,
};

/** Scores of the standard leaves, each at its cell; `values` replaces some. */
export function scores(values: Readonly<Record<string, CellNumber>> = {}): RawScore[] {
  return LEAF_IDS.map((id) => ({ criterionId: id, cell: scoreCell(id), value: values[id] ?? DEFAULT_VALUES[id]! }));
}

export function printed(criterionId: string | null, cell: string, value: number): PrintedValue {
  return { criterionId, cell, value };
}

/** A layout-A sheet of Hội Luật gia scoring Hội Chữ thập đỏ, every leaf scored cleanly unless overridden. */
export function rawSheet(overrides: Partial<RawScoresheet> = {}): RawScoresheet {
  return {
    layout: "A",
    file: FILE,
    sheet: SHEET,
    scorer: { text: "Hội Luật gia", from: "cell", cell: "C3" },
    ratee: { text: "Hội Chữ thập đỏ", from: "cell", cell: "C4" },
    kind: "cross",
    column: "E",
    scores: scores(),
    absentLeaves: [],
    printedMaxima: [],
    printedSubtotals: [],
    unknownRows: [],
    ...overrides,
  };
}

/** A layout-C "sheet": one total at `cell`. */
export function totalSheet(value: CellNumber, cell = "D7", overrides: Partial<RawScoresheet> = {}): RawScoresheet {
  return rawSheet({
    layout: "C",
    sheet: "Tổng hợp",
    column: cell,
    scores: [{ criterionId: null, cell, value }],
    ...overrides,
  });
}

export interface ResolveOptions {
  readonly scorer?: Unit;
  readonly ratee?: Unit;
  readonly kind?: "cross" | "self";
  readonly declaredCross?: boolean;
}

export function resolved(raw: RawScoresheet = rawSheet(), options: ResolveOptions = {}): ResolvedSheet {
  const scorer = options.scorer ?? LUAT_GIA;
  const ratee = options.ratee ?? (options.kind === "self" ? scorer : CHU_THAP_DO);
  return {
    raw,
    scorer,
    ratee,
    kind: options.kind ?? (scorer === ratee ? "self" : "cross"),
    declaredCross: options.declaredCross ?? false,
  };
}

// ───────────────────────── assertions ─────────────────────────

/** Every `{param}` of the message is filled, in both languages. */
export function expectMessageComplete(issue: Issue): void {
  for (const lang of ["vi", "en"] as const) {
    const message = issueMessage(issue, lang);
    expect(message).not.toMatch(/—|\{|\}|undefined|NaN/);
  }
}

/**
 * The issue is exactly this: code, severity, place, people, criterion and
 * params (fields not given must be absent), and its message reads fully.
 */
export function expectIssue(issue: Issue | undefined, expected: Issue): void {
  expect(issue).toStrictEqual(expected);
  if (issue) expectMessageComplete(issue);
}

/** The place of an issue about the standard sheet (Hội Luật gia → Hội Chữ thập đỏ). */
export function at(cell?: string, criterion?: string) {
  return {
    file: FILE,
    sheet: SHEET,
    ...(cell === undefined ? {} : { cell }),
    scorer: LUAT_GIA.name,
    ratee: CHU_THAP_DO.name,
    ...(criterion === undefined ? {} : { criterion }),
  };
}
