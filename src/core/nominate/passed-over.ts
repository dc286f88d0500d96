/**
 * *Why not proposed* (SPEC §5): a reviewer who reads *hạng 4 → Cờ thi đua
 * của Chính phủ* asks first why ranks 1–3 are not. Computed here once, for
 * the pane, *Đề nghị*, the minutes and the JSON alike.
 */
import type { Award } from "../model/award";
import type { Nomination, Ranking } from "../model/result";
import type { PassedOver, PassedOverReason } from "../model/passed-over";
import type { Unit } from "../model/unit";
import { isEligible, matchRegistration, registrationIndex } from "./registration";

export type { PassedOver, PassedOverReason } from "../model/passed-over";

export interface PassedOverInput {
  readonly ranking: Ranking;
  readonly units: readonly Unit[];
  /** Highest first, as the settings list them. */
  readonly awards: readonly Award[];
  /** The proposals as the vote left them (a tie the vote settled keeps only its winners). */
  readonly nominations: readonly Nomination[];
  /** Whether a proposal stands (passed the vote, or no vote yet); all stand by default. */
  readonly stands?: (nomination: Nomination) => boolean;
}

/**
 * For each award, highest first: every unit ranked above the last unit
 * proposed for it (the last standing one; the last proposed at all when the
 * vote turned every one down) that does not hold the award, with its reason.
 * A proposal the vote turned down is `vote-failed` itself.
 */
export function passedOver(input: PassedOverInput): PassedOver[] {
  const stands = input.stands ?? (() => true);
  const registered = new Map(input.units.map((u) => [u.name, registrationIndex(matchRegistration(u.registration, input.awards))]));
  const ranked = input.ranking.units.filter((u) => u.rank !== null && u.average !== null);
  const out: PassedOver[] = [];
  input.awards.forEach((award, awardIndex) => {
    const mine = input.nominations.filter((n) => n.award === award.id);
    const standing = mine.filter(stands);
    const last = Math.max(0, ...(standing.length > 0 ? standing : mine).map((n) => n.rank));
    for (const u of ranked) {
      const rank = u.rank as number;
      if (standing.some((n) => n.unit === u.unit)) continue;
      const failed = mine.some((n) => n.unit === u.unit);
      if (!failed && rank >= last) continue;
      const reason = failed ? "vote-failed" : reasonOf(u.unit, u.average as number, award, awardIndex);
      out.push({ unit: u.unit, rank, award: award.id, awardName: award.name, reason });
    }
  });
  return out;

  function reasonOf(unit: string, average: number, award: Award, awardIndex: number): PassedOverReason {
    const higher = input.nominations.filter((n) => n.unit === unit && input.awards.findIndex((a) => a.id === n.award) < awardIndex);
    if (higher.some(stands)) return "proposed-higher";
    const index = registered.get(unit) ?? null;
    if (award.requiresRegistration && !isEligible(index, awardIndex)) return index === null ? "not-registered" : "registered-lower";
    if (award.minAverage !== undefined && average < award.minAverage) return "below-minimum";
    // Eligible on every count, ranked above the last, yet not proposed: only the vote (on a higher award, or a tie it settled) took it out.
    return "vote-failed";
  }
}

/**
 * The one reason the unit's line carries (`units[].reason`): why it lacks
 * the highest award it was passed over for, unless it holds a higher one
 * already (a unit proposed for the top award has none). Null where none.
 */
export function unitReasons(list: readonly PassedOver[], input: Pick<PassedOverInput, "awards" | "nominations" | "stands">): Map<string, PassedOver> {
  const stands = input.stands ?? (() => true);
  const order = (id: string) => input.awards.findIndex((a) => a.id === id);
  const best = new Map<string, number>();
  for (const n of input.nominations) if (stands(n)) best.set(n.unit, Math.min(best.get(n.unit) ?? Infinity, order(n.award)));
  const reasons = new Map<string, PassedOver>();
  for (const entry of list) {
    if (reasons.has(entry.unit) || entry.reason === "proposed-higher") continue;
    if (order(entry.award) < (best.get(entry.unit) ?? Infinity)) reasons.set(entry.unit, entry);
  }
  return reasons;
}

/** A proposal stands unless the vote recorded on it did not pass (a proposal no tally names keeps its place, SPEC §5.1). */
export function standsByVotes(votes: readonly { readonly unit: string; readonly award: string; readonly passed: boolean }[] | undefined): ((n: Nomination) => boolean) | undefined {
  if (!votes) return undefined;
  return (n) => votes.find((v) => v.unit === n.unit && v.award === n.award)?.passed ?? true;
}

/** Both views at once: every unit passed over per award, and the one reason of each unit's line. */
export function whyNotProposed(input: PassedOverInput): { readonly list: readonly PassedOver[]; readonly byUnit: ReadonlyMap<string, PassedOver> } {
  const list = passedOver(input);
  return { list, byUnit: unitReasons(list, input) };
}
