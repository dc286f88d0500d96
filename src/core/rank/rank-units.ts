/**
 * Averages equal to this relative precision share a rank. Scores are typed
 * to a few decimals, so two truly different averages differ by far more;
 * what is below it is the noise of adding the same numbers in another order,
 * which must not decide a flag.
 */
const SAME_AVERAGE = 1e-9;

function sameAverage(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_AVERAGE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranking (*xếp thứ*, SPEC §4): by average, highest first, at
 * full precision; equal averages share a rank and the next rank skips
 * (1, 2, 2, 4). Items without an average get no rank.
 */
export function rankUnits<T>(items: readonly T[], averageOf: (item: T) => number | null): Map<T, number> {
  const ranked = items.filter((i) => averageOf(i) !== null).sort((a, b) => (averageOf(b) as number) - (averageOf(a) as number));
  const ranks = new Map<T, number>();
  ranked.forEach((item, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && sameAverage(averageOf(previous) as number, averageOf(item) as number);
    ranks.set(item, tied ? (ranks.get(previous) as number) : index + 1);
  });
  return ranks;
}
