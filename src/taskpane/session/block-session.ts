/**
 * The officer's flow as state, apart from React: import the files, check
 * them, rank, propose, vote, write the documents; one slice per step
 * (import-slice.ts … vote-slice.ts, documents-slice.ts), each calling its
 * use case of src/flow (the command calls the same ones), storing the
 * result and writing through the sink; a new step is a new slice. The
 * pane's steps read `getState()` and call the actions; the app shell creates
 * one session per pane with the host's WorkbookSink (the open Excel
 * workbook, or the preview's in-memory one): the session never knows Excel.
 */
import type { MeetingDetails } from "../../core/documents/meeting";
import type { Issue } from "../../core/model/issue";
import type { DocumentId } from "../../workbook/documents/built-in";
import { DEFAULT_SETTINGS } from "../../core/model/defaults";
import { CheckSlice } from "./check-slice";
import { ImportSlice } from "./import-slice";
import { DocumentsSlice } from "./documents-slice";
import { NominateSlice } from "./nominate-slice";
import { RankSlice } from "./rank-slice";
import { VoteSlice, type MarkChange } from "./vote-slice";
import { ResultWriter } from "./result-writer";
import { type FileSource, type PaneSettings, type SessionDeps, type SessionState, SessionStore } from "./session-state";

export type { MarkChange } from "./vote-slice";
export type { FileBytes, FileEntry, FileSource, FileStatus, PaneSettings, SessionDeps, SessionState, SheetFocus } from "./session-state";

export class BlockSession {
  private readonly store: SessionStore;
  private readonly writer: ResultWriter;
  private readonly importing: ImportSlice;
  private readonly checking: CheckSlice;
  private readonly ranking: RankSlice;
  private readonly nominating: NominateSlice;
  private readonly documenting: DocumentsSlice;
  private readonly voting: VoteSlice;

  constructor(private readonly deps: SessionDeps) {
    this.store = new SessionStore({
      files: [],
      outcome: null,
      ranking: null,
      proposals: null,
      tally: null,
      vote: null,
      tallyToConfirm: null,
      tallyMissing: false,
      meeting: {},
      documents: null,
      sheets: [],
      focus: null,
      busy: null,
      failure: null,
      printSetupFailed: [],
      ourSheetsFound: false,
      settings: {
        method: DEFAULT_SETTINGS.method,
        trim: DEFAULT_SETTINGS.trim,
        rounding: DEFAULT_SETTINGS.rounding,
        awards: DEFAULT_SETTINGS.awards,
        voteThreshold: DEFAULT_SETTINGS.voteThreshold,
        voteRule: DEFAULT_SETTINGS.voteRule,
        lang: deps.lang,
      },
    });
    const thisWorkbook = () => this.importing.thisWorkbookImported();
    this.writer = new ResultWriter(this.store, deps.sink, thisWorkbook);
    this.checking = new CheckSlice(this.store, deps, this.writer, thisWorkbook);
    this.importing = new ImportSlice(this.store, deps, (outcome, kinds) => this.checking.imported(outcome, kinds));
    this.ranking = new RankSlice(this.store, this.writer);
    this.nominating = new NominateSlice(this.store, this.ranking, this.writer);
    this.documenting = new DocumentsSlice(this.store, deps.pageSink, this.writer, { sink: deps.templateSink, originOf: (file) => this.importing.templateOrigin(file) });
    this.voting = new VoteSlice(this.store, deps, deps.pageSink, this.writer);
  }

  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  readonly getState = (): SessionState => this.store.state;

  protected set(patch: Partial<SessionState>): void {
    this.store.set(patch);
  }

  get hasSample(): boolean {
    return this.deps.sample !== undefined;
  }

  /** Whether the pane can read the sheets of the workbook open in Excel. */
  get canReadThisWorkbook(): boolean {
    return this.deps.thisWorkbook !== undefined;
  }

  /** Whether an issue's row of Kiểm tra is selected in the host (Excel), rather than shown in the pane's preview. */
  get canSelectRows(): boolean {
    return this.deps.selectRow !== undefined;
  }

  /** A failure outside the session's own work (reading a dropped folder), shown as the session's own are. */
  reportFailure(detail: string): void {
    this.set({ failure: detail });
  }

  // Step 1: import.

  /** Names among `names` already imported: importing them again replaces their scores. */
  alreadyImported(names: readonly string[]): string[] {
    return this.importing.alreadyImported(names);
  }

  /**
   * Reads the files one by one into the block (a file of the same name
   * replaces the earlier one, in its place), then checks the block.
   * `cancelImport` stops before the next file; what was read is still
   * imported.
   */
  importFiles(sources: readonly FileSource[]): Promise<void> {
    return this.importing.importFiles(sources);
  }

  cancelImport(): void {
    this.importing.cancelImport();
  }

  loadSample(): Promise<void> {
    return this.importing.loadSample();
  }

  /** Đọc sổ tính này: the open workbook's own sheets (not ours) as one more file of the block. */
  thisWorkbookSource(): FileSource | null {
    return this.importing.thisWorkbookSource();
  }

  // Step 2: check.

  /** An issue at a cell of the open workbook's own sheets, which the pane can go to. */
  isInThisWorkbook(issue: Issue): boolean {
    return this.checking.isInThisWorkbook(issue);
  }

  /** Selects the issue's source cell in the open workbook (see `isInThisWorkbook`). */
  showSource(issue: Issue): void {
    this.checking.showSource(issue);
  }

  /** Shows the issue's row of the Kiểm tra sheet: `index` is the issue's place in the import's issues. */
  selectIssue(index: number): void {
    this.checking.selectIssue(index);
  }

  /** The issues of every stage so far: the import's, then the proposals'. */
  allIssues(): Issue[] {
    return this.writer.allIssues();
  }

  // Step 3: rank.

  /** Tính xếp hạng: the ranking by the settings' method, and the sheets up to Tổng hợp. */
  computeRanking(): Promise<void> {
    return this.ranking.computeRanking();
  }

  /** New settings make the ranking and proposals stale: they are computed again on the next click. */
  updateSettings(patch: Partial<PaneSettings>): void {
    this.ranking.updateSettings(patch);
  }

  // Step 4: nominate.

  /** Lập danh sách đề nghị: the proposals by the settings' awards, and every sheet. */
  proposeNominations(): Promise<void> {
    return this.nominating.proposeNominations();
  }

  // Step 4: the vote.

  /** Tạo phiếu bầu: the tally sheet (the marks already typed kept) and the paper ballot. */
  makeBallot(): Promise<void> {
    return this.voting.makeBallot();
  }

  /** Kiểm phiếu: the marks counted, Đề nghị written with the vote; an imported tally may first ask (`tallyToConfirm`). */
  countVotes(): Promise<void> {
    return this.voting.countVotes();
  }

  /** The answer to `tallyToConfirm`: replace the marks typed by the imported tally's, or keep them. */
  confirmTally(replace: boolean): Promise<void> {
    return this.voting.confirmTally(replace);
  }

  /** A mark typed in the preview's tally table (data row, column), `null` to clear it. */
  setMark(row: number, column: number, value: string | null): Promise<void> {
    return this.voting.setMark(row, column, value);
  }

  /** Many marks of the preview's tally at once (all, a voter's row, a proposal's column), one write. */
  setMarks(marks: readonly MarkChange[]): Promise<void> {
    return this.voting.setMarks(marks);
  }

  /** Whether the tally's marks are entered in the pane (the in-memory workbook) rather than in Excel's sheet. */
  get tallyInPane(): boolean {
    return this.deps.tallyInPane === true;
  }

  /** An issue of the vote at a cell of our tally sheet (see `showInTally`). */
  isInTally(issue: Issue): boolean {
    return this.voting.isInTally(issue);
  }

  /** Đến ô: the vote issue's cell, selected in Excel or shown in the preview's table. */
  showInTally(issue: Issue): void {
    this.voting.showInTally(issue);
  }

  // Step 4: the documents.

  /** The meeting's details (Thông tin cuộc họp), kept for the next *Lập hồ sơ*. */
  updateMeeting(patch: Partial<MeetingDetails>): void {
    this.documenting.updateMeeting(patch);
  }

  /** What a reopened workbook kept in Cài đặt (the meeting's details, the vote's threshold and rule), back into the session; once, when the pane opens. */
  async restoreKept(): Promise<void> {
    try {
      const kept = this.deps.keptSettings;
      const rows = await kept?.readSettingsRows();
      // Our Cài đặt, or any table of ours the same read saw: the undo note is due before the first write.
      if (rows || kept?.ourSheetsFound === true) this.set({ ourSheetsFound: true });
      if (!rows) return;
      this.documenting.restoreMeeting(rows);
      this.voting.restoreSettings(rows);
    } catch (error) {
      this.set({ failure: String(error) });
    }
  }

  /** Lập hồ sơ: the list, the minutes and the cover letter, written as pages of the workbook. */
  makeDocuments(): Promise<void> {
    return this.documenting.makeDocuments();
  }

  /** One document as its own file, to download. */
  documentFile(id: DocumentId, kind: "xlsx" | "docx"): Promise<Blob | null> {
    return this.documenting.documentFile(id, kind);
  }
}
