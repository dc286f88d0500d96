/** *Why not proposed* (SPEC §5): what nominate/passed-over.ts computes, in the model so that every report can say it. */
/** The codes of SPEC §5, as the JSON's `units[].reason` writes them. */
export type PassedOverReason = "not-registered" | "registered-lower" | "below-minimum" | "proposed-higher" | "vote-failed";

export interface PassedOver {
  readonly unit: string;
  readonly rank: number;
  /** The award the unit was passed over for (its id), and its name. */
  readonly award: string;
  readonly awardName: string;
  readonly reason: PassedOverReason;
}

