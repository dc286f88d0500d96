/**
 * Use case 3, rank and propose (SPEC §4, §5): the units ranked by the cross
 * scores' averages, then the awards proposed by rank, quota and registration,
 * and why a better-ranked unit was passed over.
 */
import type { BlockSettings } from "../core/model/block";
import type { Ranking } from "../core/model/result";
import type { ImportResult } from "../core/import/import-block";
import { proposeAwards, type Proposals } from "../core/nominate/propose-awards";
import { rankBlock } from "../core/rank/rank-block";
import { standsByVotes, whyNotProposed, type PassedOverInput } from "../core/nominate/passed-over";

export type { Proposals } from "../core/nominate/propose-awards";

export function rank(block: Pick<ImportResult, "units" | "sheets">, settings: Pick<BlockSettings, "method" | "trim">): Ranking {
  return rankBlock(block.units, block.sheets, settings);
}

export function propose(ranking: Ranking, block: Pick<ImportResult, "units">, settings: Pick<BlockSettings, "awards">): Proposals {
  return proposeAwards(ranking, block.units, settings.awards);
}

export function rankAndPropose(block: Pick<ImportResult, "units" | "sheets">, settings: Pick<BlockSettings, "method" | "trim" | "awards">): { ranking: Ranking; proposals: Proposals } {
  const ranking = rank(block, settings);
  return { ranking, proposals: propose(ranking, block, settings) };
}

/**
 * Why better-ranked units are not proposed (SPEC §5, *Why not proposed*),
 * from the nominations of now: once votes are counted, a proposal that did
 * not pass is `vote-failed`.
 */
export function reasonsWhyNot(input: Omit<PassedOverInput, "stands"> & { readonly votes?: Parameters<typeof standsByVotes>[0] }): ReturnType<typeof whyNotProposed> {
  const stands = standsByVotes(input.votes);
  return whyNotProposed({ ranking: input.ranking, units: input.units, awards: input.awards, nominations: input.nominations, ...(stands ? { stands } : {}) });
}
