import type { Agreement } from "../model/result";

/**
 * Kendall's W: how far the scorers agree on the order of the units, from 0
 * (none) to 1 (every scorer ranks the units alike).
 *
 * A block's rankings are incomplete by design: no scorer ranks itself. W is
 * therefore computed from its identity with the mean Spearman correlation of
 * the scorers' rankings taken two by two, W = ((m − 1)·r̄ + 1) / m, each pair
 * compared on the units both scored (ties take their average rank, as in
 * Kendall's correction for ties). On complete rankings this is Kendall's W
 * exactly; on a block it uses every comparison the data allows. Pairs sharing
 * fewer than three units say nothing and are skipped; a slightly negative
 * result (possible with gaps) is reported as 0.
 */
export function kendallW(totalsByScorer: ReadonlyMap<string, ReadonlyMap<string, number>>): Agreement {
  const scorers = [...totalsByScorer.entries()].filter(([, totals]) => totals.size >= 3);
  const units = new Set(scorers.flatMap(([, totals]) => [...totals.keys()]));
  const correlations: number[] = [];
  scorers.forEach(([, a], i) => {
    for (const [, b] of scorers.slice(i + 1)) {
      const r = spearman(a, b);
      if (r !== null) correlations.push(r);
    }
  });
  const m = scorers.length;
  if (m < 2 || correlations.length === 0) return { w: null, scorers: m, units: units.size };
  const meanR = correlations.reduce((s, r) => s + r, 0) / correlations.length;
  return { w: Math.min(1, Math.max(0, ((m - 1) * meanR + 1) / m)), scorers: m, units: units.size };
}

/** Spearman's correlation on the units both scored; `null` when fewer than 3 or one ranking is flat. */
function spearman(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number | null {
  const common = [...a.keys()].filter((unit) => b.has(unit));
  if (common.length < 3) return null;
  const ra = averageRanks(common.map((u) => a.get(u) as number));
  const rb = averageRanks(common.map((u) => b.get(u) as number));
  return pearson(ra, rb);
}

/** Ranks 1…n, highest value first; ties share the average of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => y.value - x.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    const value = order[start]?.value;
    let end = start;
    while (order[end + 1]?.value === value) end++;
    for (const { index } of order.slice(start, end + 1)) ranks[index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const dx = xi - mx;
    const dy = (y[i] ?? my) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
