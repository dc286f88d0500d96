import type { Award } from "./award";
import type { CriteriaTable } from "./criteria";
import type { Scoresheet } from "./scoresheet";
import type { Unit } from "./unit";
import type { VoteRule, VoterKind } from "./vote";

/**
 * - `mean`: the plain mean of the cross totals a unit received (self excluded).
 * - `trimmed`: drops the `trim` highest and lowest first, when at least
 *   2·trim + 1 totals remain; it blunts a scorer who marks rivals down.
 */
export type AverageMethod = "mean" | "trimmed";

export interface BlockSettings {
  readonly blockName: string;
  readonly year: number | null;
  readonly method: AverageMethod;
  /** *k* of the trimmed mean. */
  readonly trim: number;
  /** Decimals shown; display only, never fed back into the ranking. */
  readonly rounding: number;
  /** Highest first. */
  readonly awards: readonly Award[];
  /** Share of agreeing votes a proposal needs (SPEC §5.1). */
  readonly voteThreshold: number;
  /** Whether the threshold itself passes (`at-least`) or only a share above it (`above`). */
  readonly voteRule: VoteRule;
  /** Who votes (SPEC §5.1); absent: the roster's units. */
  readonly voters?: VoterKind;
  /** How many delegates the meeting has, when the voters are delegates: no more rows are counted. */
  readonly delegates?: number | null;
}

/**
 * *Khối thi đua*: the units, their criteria table and the scoresheets they
 * exchanged in one scoring round (*sơ kết 6 tháng* or *tổng kết năm*).
 */
export interface Block {
  readonly settings: BlockSettings;
  readonly units: readonly Unit[];
  readonly criteria: CriteriaTable;
  readonly scoresheets: readonly Scoresheet[];
}
