/**
 * The pane session's state and what it is built over, shared by its slices
 * (one per step of the officer's flow). A step added later adds its own
 * part to `SessionState` and a slice beside these.
 */
import type { Lang } from "../../core/i18n/lang";
import type { ImportOutcome } from "../../core/import/import-block";
import type { BlockSettings } from "../../core/model/block";
import { DEFAULT_SETTINGS } from "../../core/model/defaults";
import type { VoteRule, VoterKind } from "../../core/model/vote";
import { nominationsOf, type VoteOutcome } from "../../flow/vote";
import { reasonsWhyNot } from "../../flow/rank";
import type { Grid } from "../../core/model/grid";
import type { Nomination, Ranking } from "../../core/model/result";
import type { Proposals } from "../../core/nominate/propose-awards";
import type { MeetingDetails } from "../../core/documents/meeting";
import type { Issue } from "../../core/model/issue";
import type { DocumentId } from "../../workbook/documents/built-in";
import type { KeptSettingsReader } from "../../workbook/ports/kept-settings";
import type { KeptTallyReader } from "../../workbook/ports/kept-tally";
import type { PageSink } from "../../workbook/ports/page";
import type { TemplateFillSink } from "../../workbook/ports/template-fill";
import type { SheetSpec, TableName, WorkbookSink } from "../../workbook/ports/sink";
import type { WorkbookSource } from "../../workbook/ports/source";
import type { ReadWorkbookResult } from "../../xlsx/read/read-workbook";
import type { FileKind } from "./file-kinds";

/**
 * A file the officer picked, dropped, or the sample: its name, and its bytes
 * on demand; or the workbook open in Excel, read as sheets (`WorkbookSource`).
 */
export type FileSource = FileBytes | { readonly name: string; readSheets(): Promise<Grid[]> };

export interface FileBytes {
  readonly name: string;
  read(): Promise<ArrayBuffer>;
}

export type FileStatus = "queued" | "reading" | "read" | "cancelled";

export interface FileEntry {
  readonly name: string;
  readonly status: FileStatus;
  /** What the import made of it (after the whole import). */
  readonly kind?: FileKind;
}

/** The block's settings the pane lets the officer change (SPEC §5, §5.1, §6 Cài đặt). */
export type PaneSettings = Pick<BlockSettings, "method" | "trim" | "rounding" | "awards" | "voteThreshold" | "voteRule" | "voters" | "delegates"> & {
  /** The pane's and the sheets' language; the host's by default. */
  readonly lang: Lang;
};

/** The engine's settings from the pane's (the block's name and year are the import's defaults: the pane does not change them). */
export function blockSettingsOf(settings: PaneSettings): BlockSettings {
  const { method, trim, rounding, awards, voteThreshold, voteRule, voters, delegates } = settings;
  return { ...DEFAULT_SETTINGS, method, trim, rounding, awards, voteThreshold, voteRule, ...(voters ? { voters } : {}), ...(delegates != null ? { delegates } : {}) };
}

export interface SheetFocus {
  readonly table: TableName;
  /** 0-based data row of that table. */
  readonly row: number;
}

export interface ImportState {
  readonly files: readonly FileEntry[];
  /** The import of every file read so far; null before the first. */
  readonly outcome: ImportOutcome | null;
}

export interface CheckState {
  /** The row the officer asked to see (a clicked issue). */
  readonly focus: SheetFocus | null;
}

export interface RankState {
  /** Set by `computeRanking`. */
  readonly ranking: Ranking | null;
}

export interface NominateState {
  /** Set by `proposeNominations`. */
  readonly proposals: Proposals | null;
}

export interface DocumentsState {
  /** The meeting's details as the officer entered them (SPEC §7). */
  readonly meeting: MeetingDetails;
  /** Set by `makeDocuments`: the documents written, their sheets' names, and what the fill reported. */
  readonly documents: {
    readonly ids: readonly DocumentId[];
    readonly sheets: readonly string[];
    readonly issues: readonly Issue[];
    /** The filled templates written without their formats (values and merges only): the host lacks the API that copies a sheet. */
    readonly plainTemplates: readonly string[];
    /** The nominations they were filled with: their issues count while these are still the nominations of now. */
    readonly from: readonly Nomination[];
    /** The template sheets (their names in the workbook) filled as plain pages because they are protected (Review › Protect Sheet); not among `plainTemplates`. */
    readonly protectedTemplates: readonly string[];
  } | null;
}

/** What *Kiểm phiếu* counted (SPEC §5.1), against the proposals and the threshold it counted with. */
export interface CountedVotes extends Omit<VoteOutcome, "tallies"> {
  readonly proposals: Proposals;
  readonly threshold: number;
  readonly rule: VoteRule;
  /** Who voted and how many delegates the count allowed, as the settings were when it counted. */
  readonly voterKind: VoterKind;
  readonly delegates: number | null;
  /** The imported tally files counted; empty when the marks were read from our tally sheet. */
  readonly files: readonly string[];
}

export interface VoteState {
  /** The tally sheet (tdVotes) as last written by *Tạo phiếu bầu* or a mark typed in the preview. */
  readonly tally: SheetSpec | null;
  /** Set by `countVotes`; see `currentVote` for whether it still holds. */
  readonly vote: CountedVotes | null;
  /** Imported tally files waiting for the officer's yes before they replace the marks already typed. */
  readonly tallyToConfirm: { readonly files: readonly string[] } | null;
  /** The last *Kiểm phiếu* found no tally: neither our sheet nor an imported file. */
  readonly tallyMissing: boolean;
}

/** The vote when it was counted against the proposals and threshold of now; null when there is none or it is stale. */
export function currentVote(state: Pick<SessionState, "vote" | "proposals" | "settings">): CountedVotes | null {
  const { vote, proposals, settings } = state;
  const same =
    vote &&
    vote.proposals === proposals &&
    vote.threshold === settings.voteThreshold &&
    vote.rule === settings.voteRule &&
    vote.voterKind === (settings.voters ?? "units") &&
    vote.delegates === (settings.delegates ?? null);
  return same ? vote : null;
}

/** What Đề nghị and the documents carry now: the vote's nominations once counted, else the proposals'. */
export function currentNominations(state: Pick<SessionState, "vote" | "proposals" | "settings">): readonly Nomination[] {
  return nominationsOf(state.proposals, currentVote(state));
}

/** Why better-ranked units are not proposed (SPEC §5), for the nominations of now; empty before the proposals. */
export function currentReasons(state: Pick<SessionState, "vote" | "proposals" | "settings" | "ranking" | "outcome">): ReturnType<typeof reasonsWhyNot>["byUnit"] {
  const { ranking, outcome, proposals, settings } = state;
  if (!ranking || !outcome?.ok || !proposals) return new Map();
  const vote = currentVote(state);
  return reasonsWhyNot({ ranking, units: outcome.result.units, awards: settings.awards, nominations: currentNominations(state), ...(vote ? { votes: vote.votes } : {}) }).byUnit;
}

/** The documents' fill issues while the documents were made from the nominations of now (see docs/ARCHITECTURE.md). */
export function currentDocumentIssues(state: Pick<SessionState, "documents" | "vote" | "proposals" | "settings">): readonly Issue[] | null {
  const { documents } = state;
  return documents && documents.from === currentNominations(state) ? documents.issues : null;
}

export interface SharedState {
  /** The sheets last written to the sink, in order (what the preview shows). */
  readonly sheets: readonly SheetSpec[];
  /** What the session is doing; every action waits for the one under way (the buttons say so by being disabled). */
  readonly busy: "import" | "rank" | "nominate" | "vote" | "documents" | "sample" | null;
  /** A failure of ours (writing sheets, loading the sample), to show as it is. */
  readonly failure: string | null;
  /** The pages of the last batch whose print setup Excel refused: written, but printing with Excel's defaults until set in Page Layout. */
  readonly printSetupFailed: readonly string[];
  /** Sheets of ours were already in the workbook when the pane opened (a reopened workbook): the next write deletes and rewrites them. */
  readonly ourSheetsFound: boolean;
  readonly settings: PaneSettings;
}

export type SessionState = ImportState & CheckState & RankState & NominateState & VoteState & DocumentsState & SharedState;

export interface SessionDeps {
  readonly sink: WorkbookSink;
  /** Where the documents' pages go (the same workbook as `sink`). */
  readonly pageSink?: PageSink;
  /** Where the block's templates are filled with their formats (the same workbook); without it they are written as plain pages. */
  readonly templateSink?: TemplateFillSink;
  readonly readWorkbook: (bytes: ArrayBuffer, file: string) => Promise<ReadWorkbookResult>;
  /**
   * Stops the reading in hand at once (the pane's Web Worker ended,
   * work/pane-work.ts): called when the officer stops the import; the read
   * then rejects and the file is left as it was before. Without it the
   * import stops before the next file.
   */
  readonly stopReading?: () => void;
  readonly lang: Lang;
  /** The sample block's files (the browser preview only). */
  readonly sample?: () => Promise<FileSource[]>;
  /** Select a row of one of our sheets in the host (Excel); the preview shows `focus` instead. */
  readonly selectRow?: (sheet: string, row: number) => Promise<void> | void;
  /** The workbook open in Excel, whose own sheets may be the block's (inside Excel only). */
  readonly thisWorkbook?: WorkbookSource;
  /** Select a cell of one of the user's sheets of the open workbook. */
  readonly selectCell?: (sheet: string, cell: string) => Promise<void> | void;
  /** Our Cài đặt already in the workbook (a reopened one), read when the pane opens. */
  readonly keptSettings?: KeptSettingsReader;
  /** Our tally sheet with the marks typed in it (Excel's sheet, the preview's table). */
  readonly keptTally?: KeptTallyReader;
  /**
   * The tally's marks are entered in the pane (the in-memory workbook): its
   * fills (all, a row, a column) then write the whole tally. Inside Excel the
   * marks are typed in the sheet, which the pane never overwrites.
   */
  readonly tallyInPane?: boolean;
}

/** The session's state, which every slice reads and patches; a patch tells the listeners (React). */
export class SessionStore {
  private current: SessionState;
  private readonly listeners = new Set<() => void>();

  constructor(initial: SessionState) {
    this.current = initial;
  }

  get state(): SessionState {
    return this.current;
  }

  set(patch: Partial<SessionState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
