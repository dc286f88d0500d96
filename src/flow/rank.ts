/**
 * Use case 3, rank and propose (SPEC §4, §5): the units ranked by the cross
 * scores' averages, then the awards proposed by rank, quota and registration.
 */
import type { BlockSettings } from "../core/model/block";
import type { Ranking } from "../core/model/result";
import type { ImportResult } from "../core/import/import-block";
import { proposeAwards, type Proposals } from "../core/nominate/propose-awards";
import { rankBlock } from "../core/rank/rank-block";

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
