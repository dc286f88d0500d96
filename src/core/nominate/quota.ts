import type { Award } from "../model/award";

/**
 * How many units an award may go to: a count, or a percentage of the ranked
 * units rounded down (`"30%"` of 11 is 3). The tiny epsilon keeps 30% of 10
 * at 3 despite binary fractions.
 */
export function quotaCount(quota: Award["quota"], rankedUnits: number): number {
  if (typeof quota === "number") return Math.max(0, Math.floor(quota));
  const percent = Number(quota.slice(0, -1).replace(",", "."));
  return Number.isFinite(percent) ? Math.max(0, Math.floor((rankedUnits * percent) / 100 + 1e-9)) : 0;
}
