/**
 * Use case 7, the result sheets to write (SPEC §6, §5.1): our seven sheets
 * from the run as it stands, and the meeting's tally sheet and paper ballot.
 * The caller writes them through its sink.
 */
import type { MessageOptions } from "../core/i18n/issues";
import type { MeetingDetails } from "../core/documents/meeting";
import type { Lang } from "../core/i18n/lang";
import type { ImportResult } from "../core/import/import-block";
import type { BlockSettings } from "../core/model/block";
import type { Issue } from "../core/model/issue";
import type { Nomination, Ranking } from "../core/model/result";
import type { ProposalVote } from "../core/model/vote";
import { ballotPage } from "../workbook/ballot-page";
import type { PageSheetSpec } from "../workbook/ports/page";
import { keepScoreRows, resultSheets } from "../workbook/result-sheets";
import type { SheetSpec } from "../workbook/ports/sink";
import { voteSheet } from "../workbook/vote-sheet";
import type { KeptMarks } from "./vote";

export interface ResultRun {
  readonly settings: BlockSettings;
  readonly block: Pick<ImportResult, "units" | "criteria" | "sheets">;
  /** `issuesSoFar` of the run. */
  readonly issues: readonly Issue[];
  readonly ranking: Ranking | null;
  /** `nominationsOf` the run. */
  readonly nominations: readonly Nomination[];
  readonly votes?: readonly ProposalVote[];
  readonly meeting?: MeetingDetails;
  /** The name the open workbook's own sheets were imported under (the pane in Excel). */
  readonly thisWorkbook?: string;
  /** How Kiểm tra says its issues: the command line names its own options for a missing value, the pane its fields. */
  readonly messages?: MessageOptions;
}

/** The score table's rows of `resultSheetsOf(run)` made ahead, in slices with `breathe` between them (the pane, issue 24). */
export function prepareResultSheets(run: Pick<ResultRun, "block" | "issues">, lang: Lang, breathe: () => Promise<void>): Promise<void> {
  return keepScoreRows({ sheets: run.block.sheets, issues: run.issues }, lang, breathe);
}

/** The sheets of SPEC §6 in RESULT_TABLES' order (up to Kiểm tra before the ranking). */
export function resultSheetsOf(run: ResultRun, lang: Lang): SheetSpec[] {
  const { settings, block, issues, ranking, nominations, votes, meeting, thisWorkbook, messages } = run;
  return resultSheets(
    {
      settings,
      units: block.units,
      criteria: block.criteria.table,
      sheets: block.sheets,
      issues,
      ranking,
      nominations,
      ...(votes ? { votes } : {}),
      ...(meeting ? { meeting } : {}),
      ...(thisWorkbook !== undefined ? { thisWorkbook } : {}),
      ...(messages ? { messages } : {}),
    },
    lang,
  );
}

export interface VoteSheetsRequest {
  readonly settings: Pick<BlockSettings, "voteThreshold" | "voteRule">;
  readonly nominations: readonly Nomination[];
  /** Who votes: the units present, or every unit. */
  readonly voters: readonly string[];
  /** Marks already typed or counted, kept in the new tally. */
  readonly kept?: KeptMarks;
}

/** The tally sheet (tdVotes), one row per voter, the marks kept. */
export function tallySheet(request: VoteSheetsRequest, lang: Lang): SheetSpec {
  const { settings, nominations, voters, kept } = request;
  return voteSheet({ settings, nominations, voters, ...(kept ? { kept } : {}) }, lang);
}

/** The paper ballot, one line per proposal. */
export function ballot(settings: Pick<BlockSettings, "blockName" | "year">, nominations: readonly Nomination[], lang: Lang): PageSheetSpec {
  return ballotPage(settings, nominations, lang);
}
