import type { SourceRef } from "./source";

/**
 * - `cross`: *điểm chấm chéo*, a unit scoring another; these are averaged.
 * - `self`: *điểm tự chấm*, a unit scoring itself; reported, never averaged.
 */
export type ScoreKind = "cross" | "self";

/**
 * How a sheet lays out its scores (SPEC §2.3):
 * - `A`: one sheet per ratee, the criteria table plus one score column;
 * - `B`: one matrix sheet, one score column per ratee;
 * - `C`: totals only, ratees as rows and scorers as columns.
 */
export type LayoutId = "A" | "B" | "C";

/** One score as read, with the cell it came from. */
export interface ScoreEntry {
  readonly scorer: string;
  readonly ratee: string;
  /** The criterion's id; `null` for a layout-C total. */
  readonly criterionId: string | null;
  /** The number read, deductions as a positive magnitude; `null` when blank or not a number. */
  readonly value: number | null;
  /** The cell as the user typed it, for messages (`"9,5"`, `"Đạt"`). */
  readonly raw: string;
  readonly kind: ScoreKind;
  readonly source: SourceRef;
}

/**
 * *Phiếu chấm*: what one unit (the scorer) gave one unit (the ratee) in one
 * sheet. A matrix sheet (layout B) or a totals sheet (layout C) yields one
 * Scoresheet per scorer→ratee pair it holds.
 */
export interface Scoresheet {
  /** Roster names once matched; as written until then. */
  readonly scorer: string;
  readonly ratee: string;
  readonly kind: ScoreKind;
  readonly layout: LayoutId;
  readonly source: SourceRef;
  readonly entries: readonly ScoreEntry[];
}
