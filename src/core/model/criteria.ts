import type { SourceRef } from "./source";

/**
 * *Bảng tiêu chí chấm điểm*: the block's score table, issued by the leader.
 * Sections (*I, II…*) hold criteria (*1, 2…*), which may hold sub-criteria
 * (*1.1*) and items (*a)*). Only leaves are scored.
 */
export interface CriteriaTable {
  readonly criteria: readonly Criterion[];
  /**
   * The sum of the normal sections' maxima (*điểm chuẩn*, usually 100); the
   * printed *Tổng cộng* when present. A total's max is `base` plus the bonus
   * maxima.
   */
  readonly base: number;
  readonly source: SourceRef;
}

/**
 * - `normal`: points earned, 0…max.
 * - `bonus`: *điểm thưởng / điểm cộng*, added, capped by the max.
 * - `deduction`: *điểm trừ*, subtracted, capped by the max; typed as `2` or
 *   `-2`, both subtract 2.
 */
export type CriterionKind = "normal" | "bonus" | "deduction";

export type CriterionLevel = "section" | "criterion" | "subcriterion" | "item";

/** *Tiêu chí*: one row of the criteria table. */
export interface Criterion {
  /** Its numbering path: `I.2`, `I.2.1`, `II.3.a`. Stable across scoresheets. */
  readonly id: string;
  readonly level: CriterionLevel;
  readonly parentId: string | null;
  /** The numbering as printed (`2.1`, `a)`), for display. */
  readonly number: string;
  readonly text: string;
  /** *Điểm chuẩn / điểm tối đa*: a positive magnitude, also for deductions. */
  readonly maxPoints: number | null;
  /** The table prints the max below zero (a deduction as `−5`): blank scoresheets take its scores the same way. */
  readonly maxPrintedNegative?: boolean;
  readonly kind: CriterionKind;
  /** Graded criteria (*Tốt 4 / Khá 3 / TB 2 / Yếu 0*): the values allowed. */
  readonly allowedValues: readonly number[] | null;
  readonly isLeaf: boolean;
  readonly source: SourceRef;
}

/** The total row (*Tổng cộng*) of a criteria table as printed. */
export interface CriteriaTotalRow {
  /** 0-based row of the total that gave the base. */
  readonly row: number;
  /** A1 address of its max cell. */
  readonly cell: string;
  /** Its printed max, `null` when blank. */
  readonly printed: number | null;
}
