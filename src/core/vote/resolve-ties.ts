/**
 * The ranking cannot settle a tie at a quota's last place, so the block's
 * vote does (SPEC §5.1 "Ties resolved by the vote"); a tie the votes do not
 * break stays `NOMINATION_TIE`.
 */
import { makeIssue } from "../check/make-issue";
import type { Award } from "../model/award";
import type { Issue } from "../model/issue";
import type { Nomination } from "../model/result";
import { quotaCount } from "../nominate/quota";
import type { CountedVote } from "./count-votes";

export interface TieResolution {
  /** The nominations, `tied` only where the votes tie too. */
  readonly nominations: readonly Nomination[];
  readonly votes: readonly CountedVote[];
  /** NOMINATION_TIE where the votes left a tie (the ranking's ties that votes resolved are gone). */
  readonly ties: readonly Issue[];
}

const key = (n: Pick<Nomination, "unit" | "award">) => `${n.unit}\u0000${n.award}`;

export function resolveTies(
  nominations: readonly Nomination[],
  votes: readonly CountedVote[],
  awards: readonly Award[],
  rankedUnits: number,
): TieResolution {
  const voteOf = new Map(votes.map((v) => [key(v), v]));
  const stillTied = new Set<Nomination>();
  const outvoted = new Set<string>();
  const ties: Issue[] = [];

  for (const award of awards) {
    const mine = nominations.filter((n) => n.award === award.id);
    const tied = mine.filter((n) => n.tied);
    if (tied.length === 0) continue;
    const slots = quotaCount(award.quota, rankedUnits) - (mine.length - tied.length);
    const counted = tied.map((n) => ({ n, vote: voteOf.get(key(n)) }));
    if (counted.some((c) => c.vote === undefined) || slots <= 0) {
      // Not every tied unit was voted on: nothing to order them by yet.
      for (const n of tied) stillTied.add(n);
      ties.push(tieIssue(award, tied));
      continue;
    }
    const sorted = [...counted].sort((a, b) => (b.vote?.votesFor ?? 0) - (a.vote?.votesFor ?? 0));
    const boundary = sorted[slots - 1]?.vote?.votesFor ?? 0;
    const above = sorted.filter((c) => (c.vote?.votesFor ?? 0) > boundary);
    const at = sorted.filter((c) => (c.vote?.votesFor ?? 0) === boundary);
    const below = sorted.filter((c) => (c.vote?.votesFor ?? 0) < boundary);
    if (above.length + at.length > slots) {
      for (const c of at) stillTied.add(c.n);
      ties.push(tieIssue(award, at.map((c) => c.n)));
    }
    for (const c of below) outvoted.add(key(c.n));
  }

  return {
    nominations: nominations.map((n) => (n.tied && !stillTied.has(n) ? { ...n, tied: false } : n)),
    votes: votes.map((v) => (outvoted.has(key(v)) ? { ...v, passed: false, outvoted: true } : v)),
    ties,
  };
}

function tieIssue(award: Award, tied: readonly Nomination[]): Issue {
  return makeIssue("NOMINATION_TIE", {}, { award: award.name, units: tied.map((n) => n.unit).join(", "), rank: tied[0]?.rank ?? 0 });
}
