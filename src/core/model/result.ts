import type { AverageMethod } from "./block";

/**
 * One unit's line of the ranking (*bảng tổng hợp, xếp thứ*). Every number is
 * kept at full precision; rounding is for display only.
 */
export interface UnitResult {
  /** The roster's name. */
  readonly unit: string;
  /** *Điểm trung bình chấm chéo*: `null` when no usable cross sheet was received. */
  readonly average: number | null;
  /** Competition rank (1, 2, 2, 4); `null` without an average. */
  readonly rank: number | null;
  /** Valid cross totals received, before any trimming. */
  readonly scorers: number;
  /** Cross sheets for this unit left out for errors, each duplicate counted. */
  readonly excluded: number;
  /** *Điểm tự chấm*: reported beside the average, never averaged in. */
  readonly selfScore: number | null;
  /** selfScore − average: a large gap is a talking point at the meeting. */
  readonly gap: number | null;
  /** The valid cross total each scorer gave, by the scorer's roster name. */
  readonly totalsByScorer: ReadonlyMap<string, number>;
  /** The average of each scored criterion (leaf id), by the same method; layouts A and B only. */
  readonly criterionAverages: ReadonlyMap<string, number>;
}

/** How one scorer marked the others, to be seen before the vote. */
export interface ScorerStats {
  readonly scorer: string;
  /** Valid cross totals it gave. */
  readonly given: number;
  /** The mean of those totals. */
  readonly mean: number | null;
  /** Its mean minus the block's mean of all valid cross totals: below 0 is severe, above 0 lenient. */
  readonly leniency: number | null;
  /** Its leniency stands out from the other scorers' (|z| ≥ 2). */
  readonly outlier: boolean;
}

/** Kendall's W over the rankings each scorer's totals imply: 0 no agreement, 1 the same ranking. */
export interface Agreement {
  readonly w: number | null;
  /** Scorers and units it was computed over. */
  readonly scorers: number;
  readonly units: number;
}

export interface Ranking {
  readonly method: AverageMethod;
  readonly trim: number;
  /** Every roster unit, by rank then name; units without an average last. */
  readonly units: readonly UnitResult[];
  readonly scorers: readonly ScorerStats[];
  /** The mean of all valid cross totals in the block. */
  readonly blockMean: number | null;
  readonly agreement: Agreement;
}

/** A unit proposed for an award (*danh sách đề nghị*). */
export interface Nomination {
  readonly unit: string;
  /** The award's id, e.g. `co-thi-dua-chinh-phu`. */
  readonly award: string;
  readonly awardName: string;
  readonly rank: number;
  readonly average: number;
  /** Tied at the quota's last place: the block decides by vote. */
  readonly tied: boolean;
}
