import type { AverageMethod } from "../model/block";

/**
 * *Điểm trung bình chấm chéo* of a list of totals (SPEC §4): the plain mean,
 * or with `trimmed` the mean after dropping the `trim` highest and lowest
 * when at least 2·trim + 1 remain (fewer: the plain mean). The values are
 * summed in ascending order, so the result does not depend on the order the
 * files were imported in.
 */
export function crossAverage(values: readonly number[], method: AverageMethod, trim: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const kept = method === "trimmed" && trim > 0 && sorted.length >= 2 * trim + 1 ? sorted.slice(trim, sorted.length - trim) : sorted;
  let sum = 0;
  for (const v of kept) sum += v;
  return sum / kept.length;
}

/** The plain mean, or `null` for none. */
export function mean(values: readonly number[]): number | null {
  return crossAverage(values, "mean", 0);
}
