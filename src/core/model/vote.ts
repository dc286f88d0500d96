/**
 * *Bỏ phiếu suy tôn*: the block's vote on its proposals (SPEC §5.1). The
 * tally's reading and counting live in `core/vote`; these are the results
 * every writer and document shares.
 */

/**
 * How a share is compared with the threshold: `above` is *quá 50%* (strictly
 * more), `at-least` is *từ 2/3 trở lên* (the threshold itself passes).
 */
export type VoteRule = "above" | "at-least";

/** The votes one proposal (a unit for an award) received. */
export interface ProposalVote {
  readonly unit: string;
  /** The award's id. */
  readonly award: string;
  /** Agreeing marks. */
  readonly votesFor: number;
  /** Voters with a valid row, whether or not they marked this proposal. */
  readonly voters: number;
}

/** votesFor / voters; null when nobody could vote. */
export function voteShare(vote: Pick<ProposalVote, "votesFor" | "voters">): number | null {
  return vote.voters > 0 ? vote.votesFor / vote.voters : null;
}

export function votePasses(share: number, threshold: number, rule: VoteRule): boolean {
  return rule === "at-least" ? share >= threshold : share > threshold;
}
