/**
 * The block's vote on its proposals, end to end (SPEC §5.1): the tallies
 * found among the sheets given, counted, and the ranking's ties at a quota
 * resolved by them. What the sheets, the documents and the command share.
 */
import type { BlockSettings } from "../model/block";
import type { Grid } from "../model/grid";
import type { Issue } from "../model/issue";
import type { Nomination, Ranking } from "../model/result";
import type { Unit } from "../model/unit";
import { holdsOwnTable, type HeaderRows } from "../read/own-result";
import type { Proposals } from "../nominate/propose-awards";
import { createUnitMatcher } from "../read/units/unit-match";
import { countVotes, type CountedVote } from "./count-votes";
import { readTally, type Tally } from "./read-tally";
import { resolveTies } from "./resolve-ties";
import { tallyUnrecognized } from "./checks/tally-unrecognized";

export interface VoteInput {
  /** Every sheet of the tally workbooks; sheets holding no tally are passed over. */
  readonly grids: readonly Grid[];
  readonly units: readonly Unit[];
  readonly settings: Pick<BlockSettings, "awards" | "voteThreshold" | "voteRule" | "voters" | "delegates">;
  readonly ranking: Ranking;
  readonly proposals: Proposals;
  /**
   * The header rows of our result's tables (workbook/own-headers.ts): the
   * tally filled in our result workbook comes back with its Kiểm tra and
   * Tổng hợp, whose unit names and messages are no voters nor proposals.
   */
  readonly ownTables?: HeaderRows;
  /**
   * The files given on purpose as tallies (`--votes`, an imported tally):
   * one of them holding no tally is VOTE_TALLY_UNRECOGNIZED. Sheets of other
   * files (the open workbook's) may hold none without a word.
   */
  readonly given?: readonly string[];
}

export interface VoteOutcome {
  readonly tallies: readonly Tally[];
  /** The proposals, `tied` only where the votes tie too. */
  readonly nominations: readonly Nomination[];
  /** One per proposal some tally names, in the proposals' order. */
  readonly votes: readonly CountedVote[];
  /** The proposals' issues with the ties the vote left, then the vote's own checks. */
  readonly issues: readonly Issue[];
  /** The voters counted (roster names where the voters are units): with no list of units present, those present (SPEC §7). */
  readonly voters: readonly string[];
  /** The voters' rows read, counted or not: the pane says how many were counted of them. */
  readonly rows: number;
}

export function voteOnProposals(input: VoteInput): VoteOutcome {
  const { settings, proposals } = input;
  const matchUnit = createUnitMatcher(input.units);
  const context = { matchUnit, nominations: proposals.nominations, awards: settings.awards };
  const ownTables = input.ownTables ?? [];
  const tallies = input.grids.filter((grid) => !holdsOwnTable(grid, ownTables)).flatMap((grid) => readTally(grid, context) ?? []);
  const counted = countVotes(tallies, { ...context, settings });
  const unrecognized = (input.given ?? []).flatMap((file) => {
    const grids = input.grids.filter((g) => g.file === file);
    return tallies.some((t) => t.file === file) ? [] : [tallyUnrecognized(file, grids, proposals.nominations)];
  });
  const ranked = input.ranking.units.filter((u) => u.rank !== null).length;
  const resolved = resolveTies(proposals.nominations, counted.votes, settings.awards, ranked);
  return {
    tallies,
    nominations: resolved.nominations,
    votes: resolved.votes,
    issues: [...proposals.issues.filter((i) => i.code !== "NOMINATION_TIE"), ...resolved.ties, ...unrecognized, ...counted.issues],
    voters: counted.voters,
    rows: counted.rows,
  };
}

