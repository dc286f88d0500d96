import { makeIssue } from "../check/make-issue";
import type { Award } from "../model/award";
import type { Issue } from "../model/issue";
import type { Nomination, Ranking, UnitResult } from "../model/result";
import type { Unit } from "../model/unit";
import { quotaCount } from "./quota";
import { isEligible, matchRegistration, registrationIndex } from "./registration";

export interface Proposals {
  readonly nominations: readonly Nomination[];
  /** NOMINATION_TIE at a quota's last place; REGISTRATION_UNKNOWN for a registration no award matches. */
  readonly issues: readonly Issue[];
}

/**
 * SPEC §5: from the highest award down, the best-ranked eligible units not
 * yet proposed, up to the quota. Eligible: registered for that award or a
 * higher one (where the award requires it) and at or above its minimum
 * average. Where the last place is tied, every tied unit is proposed and the
 * block decides by vote (NOMINATION_TIE).
 */
export function proposeAwards(ranking: Ranking, units: readonly Unit[], awards: readonly Award[]): Proposals {
  const issues: Issue[] = [];
  const registered = new Map<string, number | null>();
  for (const unit of units) {
    const match = matchRegistration(unit.registration, awards);
    registered.set(unit.name, registrationIndex(match));
    if (match.kind === "unknown") {
      issues.push(
        makeIssue(
          "REGISTRATION_UNKNOWN",
          { ...(unit.source?.file ? { file: unit.source.file } : {}), ...(unit.source?.sheet ? { sheet: unit.source.sheet } : {}) },
          { unit: unit.name, registration: match.text, awards: awards.map((a) => a.name).join("; ") },
        ),
      );
    }
  }

  const ranked = ranking.units.filter((u): u is RankedUnit => u.rank !== null && u.average !== null);
  const proposed = new Set<string>();
  const nominations: Nomination[] = [];
  awards.forEach((award, awardIndex) => {
    const eligible = ranked.filter(
      (u) =>
        !proposed.has(u.unit) &&
        (!award.requiresRegistration || isEligible(registered.get(u.unit), awardIndex)) &&
        (award.minAverage === undefined || u.average >= award.minAverage),
    );
    const quota = quotaCount(award.quota, ranked.length);
    const last = eligible[Math.min(quota, eligible.length) - 1];
    if (!last) return;
    // Units tied with the last place within the quota come along; only then must the block decide.
    const chosen = eligible.filter((u, i) => i < quota || u.rank === last.rank);
    const tie = chosen.length > quota;
    for (const u of chosen) {
      proposed.add(u.unit);
      nominations.push({ unit: u.unit, award: award.id, awardName: award.name, rank: u.rank, average: u.average, tied: tie && u.rank === last.rank });
    }
    if (tie) {
      const tied = chosen.filter((u) => u.rank === last.rank).map((u) => u.unit);
      issues.push(makeIssue("NOMINATION_TIE", {}, { award: award.name, units: tied.join(", "), rank: last.rank }));
    }
  });
  return { nominations, issues };
}

type RankedUnit = UnitResult & { readonly rank: number; readonly average: number };
