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

/**
 * Who votes (SPEC §5.1 "Who votes"): the roster's units (a name that is no
 * unit is not counted), or the delegates present, told apart by their names
 * and capped by the meeting's number of delegates. Never guessed.
 */
export type VoterKind = "units" | "delegates";

/** The votes one proposal (a unit for an award) received. */
export interface ProposalVote {
  readonly unit: string;
  /** The award's id. */
  readonly award: string;
  /** Agreeing marks. */
  readonly votesFor: number;
  /** Voters with a valid row, whether or not they marked this proposal. */
  readonly voters: number;
  /**
   * Set by the count (`core/vote`): whether the proposal keeps its award, the
   * threshold passed and, after a tie at the quota, among the best by votes.
   * Where absent, the threshold alone decides (`proposalPasses`).
   */
  readonly passed?: boolean;
  /** Tied at a quota's last place with fewer votes than the units that keep the award. */
  readonly outvoted?: boolean;
}

/** votesFor / voters; null when nobody could vote. */
export function voteShare(vote: Pick<ProposalVote, "votesFor" | "voters">): number | null {
  return vote.voters > 0 ? vote.votesFor / vote.voters : null;
}

/** Shares are quotients (4/6 against a threshold of 2/3): closer than this is equal. */
const SHARE_EPSILON = 1e-9;

export function votePasses(share: number, threshold: number, rule: VoteRule): boolean {
  return rule === "at-least" ? share >= threshold - SHARE_EPSILON : share > threshold + SHARE_EPSILON;
}

/** Whether a proposal keeps its award: the count's verdict where it gave one, else its share against the threshold. */
export function proposalPasses(vote: ProposalVote, settings: { readonly voteThreshold: number; readonly voteRule: VoteRule }): boolean {
  if (vote.passed !== undefined) return vote.passed;
  const share = voteShare(vote);
  return share !== null && votePasses(share, settings.voteThreshold, settings.voteRule);
}
