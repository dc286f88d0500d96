import { issueMessage } from "../i18n/issues";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../model/issue";
import type { Nomination, Ranking, UnitResult } from "../model/result";
import type { PassedOver, PassedOverReason } from "../model/passed-over";
import type { CountedVote } from "../vote/count-votes";

/** The JSON contract of SPEC §8; other tools read it, so field names never change. */
const RESULT_SCHEMA = "thidua.result/1";

export interface IssueJson {
  readonly severity: Issue["severity"];
  readonly code: Issue["code"];
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly scorer: string | null;
  readonly ratee: string | null;
  readonly criterion: string | null;
  readonly message: string;
}

/** Every field present (null when the issue has no such place), so readers need no guessing. */
function issueJson(issue: Issue, lang: Lang): IssueJson {
  return {
    severity: issue.severity,
    code: issue.code,
    file: issue.file ?? null,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    scorer: issue.scorer ?? null,
    ratee: issue.ratee ?? null,
    criterion: issue.criterion ?? null,
    message: issueMessage(issue, lang),
  };
}

/** What `thidua check` writes: the schema and the issues. */
export function checkResultJson(issues: readonly Issue[], lang: Lang) {
  return { schema: RESULT_SCHEMA, issues: issues.map((issue) => issueJson(issue, lang)) };
}

/** SPEC §8's `units` entry: full precision, `null` where there is none; `reason`: why a better-ranked unit was not proposed (§5). */
export type UnitJson = Pick<UnitResult, "unit" | "average" | "rank" | "scorers" | "excluded" | "selfScore" | "gap"> & { readonly reason: PassedOverReason | null };

/** A nomination's vote (SPEC §8 with `--votes`); null throughout for a proposal no tally names. */
function voteJson(vote: CountedVote | undefined) {
  return { votesFor: vote?.votesFor ?? null, voters: vote?.voters ?? null, share: vote?.share ?? null, passed: vote ? vote.passed : null };
}

/** What `thidua rank` writes (SPEC §8); with `votes` (the tallies were counted) each nomination carries its vote. */
export function rankResultJson(
  ranking: Ranking,
  issues: readonly Issue[],
  nominations: readonly Nomination[],
  lang: Lang,
  votes?: readonly CountedVote[],
  reasons: ReadonlyMap<string, PassedOver> = new Map(),
) {
  const voteOf = new Map((votes ?? []).map((v) => [`${v.unit}\u0000${v.award}`, v]));
  return {
    schema: RESULT_SCHEMA,
    method: ranking.method,
    units: ranking.units.map(
      (u): UnitJson => ({
        unit: u.unit,
        average: u.average,
        rank: u.rank,
        scorers: u.scorers,
        excluded: u.excluded,
        selfScore: u.selfScore,
        gap: u.gap,
        reason: reasons.get(u.unit)?.reason ?? null,
      }),
    ),
    issues: issues.map((issue) => issueJson(issue, lang)),
    nominations: nominations.map((n) => ({
      unit: n.unit,
      award: n.award,
      rank: n.rank,
      ...(votes ? voteJson(voteOf.get(`${n.unit}\u0000${n.award}`)) : {}),
    })),
  };
}
