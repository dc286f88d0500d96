import type { BlockSettings } from "../model/block";
import type { Ranking, ScorerStats, UnitResult } from "../model/result";
import type { Scoresheet } from "../model/scoresheet";
import type { Unit } from "../model/unit";
import { kendallW } from "./agreement";
import { crossAverage, mean } from "./average";
import { rankUnits } from "./rank-units";

/** What ranking needs of a checked sheet (the import's `CheckedSheet` is one). */
export interface SheetOutcome {
  readonly scoresheet: Scoresheet;
  /** Left out for errors or as a duplicate. */
  readonly excluded: boolean;
  /** SPEC §4's total; `null` when excluded. */
  readonly total: number | null;
}

/** A |z| of a scorer's leniency at or beyond which it is flagged. */
const OUTLIER_Z = 2;

/**
 * SPEC §4 on a whole block: each unit's cross average (its own scores never
 * count), scorers used and sheets left out, self score and gap, the
 * competition ranking, each scorer's leniency, and the block's agreement.
 */
export function rankBlock(units: readonly Unit[], sheets: readonly SheetOutcome[], settings: Pick<BlockSettings, "method" | "trim">): Ranking {
  const { method, trim } = settings;
  const cross = sheets.filter((s) => s.scoresheet.kind === "cross" && s.scoresheet.scorer !== s.scoresheet.ratee);
  const valid = cross.filter((s): s is SheetOutcome & { total: number } => !s.excluded && s.total !== null);

  const partial = units.map((unit): Omit<UnitResult, "rank"> => {
    const received = valid.filter((s) => s.scoresheet.ratee === unit.name);
    const average = crossAverage(received.map((s) => s.total), method, trim);
    const self = sheets.find((s) => s.scoresheet.kind === "self" && s.scoresheet.ratee === unit.name && !s.excluded && s.total !== null);
    const selfScore = self?.total ?? null;
    return {
      unit: unit.name,
      average,
      scorers: received.length,
      excluded: cross.filter((s) => s.excluded && s.scoresheet.ratee === unit.name).length,
      selfScore,
      gap: selfScore !== null && average !== null ? selfScore - average : null,
      totalsByScorer: new Map(received.map((s) => [s.scoresheet.scorer, s.total])),
      criterionAverages: criterionAverages(received, method, trim),
    };
  });
  const ranks = rankUnits(partial, (r) => r.average);
  const results: UnitResult[] = partial
    .map((r) => ({ ...r, rank: ranks.get(r) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.localeCompare(b.unit, "vi"));

  const blockMean = mean(valid.map((s) => s.total));
  const givenBy = new Map<string, Map<string, number>>();
  for (const s of valid) {
    const given = givenBy.get(s.scoresheet.scorer) ?? new Map<string, number>();
    given.set(s.scoresheet.ratee, s.total);
    givenBy.set(s.scoresheet.scorer, given);
  }
  return { method, trim, units: results, scorers: scorerStats(units, givenBy, blockMean), blockMean, agreement: kendallW(givenBy) };
}

/** The average of each leaf over the sheets a unit received, by the same method (deductions as the points taken off). */
function criterionAverages(received: readonly SheetOutcome[], method: Ranking["method"], trim: number): Map<string, number> {
  const values = new Map<string, number[]>();
  for (const { scoresheet } of received) {
    for (const entry of scoresheet.entries) {
      if (entry.criterionId === null) continue;
      const list = values.get(entry.criterionId) ?? [];
      list.push(Math.abs(entry.value ?? 0));
      values.set(entry.criterionId, list);
    }
  }
  return new Map([...values].map(([id, list]) => [id, crossAverage(list, method, trim) as number]));
}

function scorerStats(units: readonly Unit[], givenBy: ReadonlyMap<string, ReadonlyMap<string, number>>, blockMean: number | null): ScorerStats[] {
  const stats = units.map((unit) => {
    const given = [...(givenBy.get(unit.name)?.values() ?? [])];
    const own = mean(given);
    return { scorer: unit.name, given: given.length, mean: own, leniency: own !== null && blockMean !== null ? own - blockMean : null };
  });
  const leniencies = stats.flatMap((s) => (s.leniency === null ? [] : [s.leniency]));
  const center = mean(leniencies) ?? 0;
  const sd = Math.sqrt(leniencies.reduce((sum, l) => sum + (l - center) ** 2, 0) / Math.max(1, leniencies.length - 1));
  return stats.map((s) => ({ ...s, outlier: s.leniency !== null && leniencies.length >= 3 && sd > 0 && Math.abs((s.leniency - center) / sd) >= OUTLIER_Z }));
}
