/**
 * The officer's flow as state, apart from React: import the files one by
 * one, check them, rank, propose. The pane's steps read `getState()` and
 * call the actions; the app shell creates one session per pane with the
 * host's WorkbookSink (the open Excel workbook, or the preview's in-memory
 * one). Every sheet goes through the sink: the session never knows Excel.
 */
import type { Lang } from "../../core/i18n/lang";
import type { Issue } from "../../core/model/issue";
import type { BlockSettings } from "../../core/model/block";
import type { Ranking } from "../../core/model/result";
import { makeIssue } from "../../core/check/make-issue";
import { DEFAULT_SETTINGS } from "../../core/model/defaults";
import { proposeAwards, type Proposals } from "../../core/nominate/propose-awards";
import { rankBlock } from "../../core/rank/rank-block";
import { BlockImport, type ImportOutcome, type WorkbookInput } from "../../core/import/import-block";
import { OWN_HEADERS } from "../../workbook/own-headers";
import { resultSheets } from "../../workbook/result-sheets";
import { mainTableRow, RESULT_TABLES, type ResultTable, type SheetSpec, type TableName, type WorkbookSink } from "../../workbook/sink";
import type { Grid } from "../../core/model/grid";
import type { WorkbookSource } from "../../workbook/source";
import type { ReadWorkbookResult } from "../../xlsx/read-workbook";
import { describeFiles, type FileKind } from "./file-kinds";

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

/** The block's settings the pane lets the officer change (SPEC §5, §6 Cài đặt). */
export type PaneSettings = Pick<BlockSettings, "method" | "trim" | "rounding" | "awards"> & {
  /** The pane's and the sheets' language; the host's by default. */
  readonly lang: Lang;
};

export interface SheetFocus {
  readonly table: TableName;
  /** 0-based data row of that table. */
  readonly row: number;
}

export interface SessionState {
  readonly files: readonly FileEntry[];
  /** The import of every file read so far; null before the first. */
  readonly outcome: ImportOutcome | null;
  /** Set by `computeRanking`. */
  readonly ranking: Ranking | null;
  /** Set by `proposeNominations`. */
  readonly proposals: Proposals | null;
  /** The sheets last written to the sink, in order (what the preview shows). */
  readonly sheets: readonly SheetSpec[];
  /** The row the officer asked to see (a clicked issue). */
  readonly focus: SheetFocus | null;
  /** What the session is doing; every action waits for the one under way (the buttons say so by being disabled). */
  readonly busy: "import" | "rank" | "nominate" | "sample" | null;
  /** A failure of ours (writing sheets, loading the sample), to show as it is. */
  readonly failure: string | null;
  readonly settings: PaneSettings;
}

export interface SessionDeps {
  readonly sink: WorkbookSink;
  readonly readWorkbook: (bytes: ArrayBuffer, file: string) => Promise<ReadWorkbookResult>;
  readonly lang: Lang;
  /** The sample block's files (the browser preview only). */
  readonly sample?: () => Promise<FileSource[]>;
  /** Select a row of one of our sheets in the host (Excel); the preview shows `focus` instead. */
  readonly selectRow?: (sheet: string, row: number) => Promise<void> | void;
  /** The workbook open in Excel, whose own sheets may be the block's (inside Excel only). */
  readonly thisWorkbook?: WorkbookSource;
  /** Select a cell of one of the user's sheets of the open workbook. */
  readonly selectCell?: (sheet: string, cell: string) => Promise<void> | void;
}

/** The tables made from the import alone: ranking and proposing leave them as they are. */
const IMPORT_TABLES: ReadonlySet<TableName> = new Set<TableName>(["tdUnits", "tdCriteria", "tdScores"]);

export class BlockSession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private cancelRequested = false;
  /**
   * The block as imported so far, over every batch: each scoresheet workbook
   * is read into it as it arrives and its sheets let go, so a large block
   * does not sit in the pane's memory twice.
   */
  private readonly block = new BlockImport({ ownHeaders: OWN_HEADERS });
  /** Where each file of the block came from, in its place in `block`: to read it again (see `BlockImport.toReadAgain`). */
  private readonly sources: FileSource[] = [];
  /**
   * The import's own sheets as last handed to the sink: handed in again as
   * the same objects while the import and the language stay, so the Excel
   * adapter keeps them instead of writing a large block's scores again.
   */
  private importedSheets: { readonly outcome: ImportOutcome; readonly lang: Lang; readonly specs: ReadonlyMap<TableName, SheetSpec> } | null = null;

  constructor(private readonly deps: SessionDeps) {
    this.state = {
      files: [],
      outcome: null,
      ranking: null,
      proposals: null,
      sheets: [],
      focus: null,
      busy: null,
      failure: null,
      settings: { method: DEFAULT_SETTINGS.method, trim: DEFAULT_SETTINGS.trim, rounding: DEFAULT_SETTINGS.rounding, awards: DEFAULT_SETTINGS.awards, lang: deps.lang },
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  get hasSample(): boolean {
    return this.deps.sample !== undefined;
  }

  protected set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setFile(name: string, patch: Partial<FileEntry>): void {
    this.set({ files: this.state.files.map((f) => (f.name === name ? { ...f, ...patch } : f)) });
  }

  /** Names among `names` already imported: importing them again replaces their scores. */
  alreadyImported(names: readonly string[]): string[] {
    const known = new Set(this.state.files.filter((f) => f.status === "read").map((f) => f.name));
    return names.filter((n) => known.has(n));
  }

  /**
   * Reads the files one by one into the block (a file of the same name
   * replaces the earlier one, in its place), then checks the block.
   * `cancelImport` stops before the next file; what was read is still
   * imported.
   */
  async importFiles(sources: readonly FileSource[]): Promise<void> {
    if (this.state.busy !== null || sources.length === 0) return;
    this.cancelRequested = false;
    const unique = [...new Map(sources.map((s) => [s.name, s])).values()];
    const names = new Set(unique.map((s) => s.name));
    const queued = (name: string): FileEntry => ({ name, status: "queued" });
    // The list in the import's order: a file imported before keeps its place; the others go last, in this batch's order.
    const kept = this.state.files.filter((f) => !names.has(f.name) || this.placeOf(f.name) !== null);
    this.set({
      busy: "import",
      failure: null,
      files: [...kept.map((f) => (names.has(f.name) ? queued(f.name) : f)), ...unique.filter((s) => this.placeOf(s.name) === null).map((s) => queued(s.name))],
    });
    try {
      for (const source of unique) {
        if (this.cancelRequested) {
          // A file imported before keeps its earlier version.
          this.setFile(source.name, { status: this.placeOf(source.name) !== null ? "read" : "cancelled" });
          continue;
        }
        this.setFile(source.name, { status: "reading" });
        const input = await this.readOne(source);
        const place = this.placeOf(source.name);
        if (place === null) {
          this.block.add(input);
          this.sources.push(source);
        } else {
          this.block.replace(place, input);
          this.sources[place] = source;
        }
        this.setFile(source.name, { status: "read" });
      }
      for (const place of this.block.toReadAgain()) this.block.readAgain(place, await this.readOne(this.sources[place] as FileSource));
      await this.checkBlock();
    } catch (error) {
      // A fault of ours must not leave the pane stuck in "importing": say it, and let the officer go on.
      this.set({ failure: String(error) });
    } finally {
      this.set({ busy: null });
    }
  }

  /** The file's place in the block, null when it is not in it. */
  private placeOf(name: string): number | null {
    const place = this.sources.findIndex((s) => s.name === name);
    return place < 0 ? null : place;
  }

  /** A failure outside the session's own work (reading a dropped folder), shown as the session's own are. */
  reportFailure(detail: string): void {
    this.set({ failure: detail });
  }

  cancelImport(): void {
    if (this.state.busy === "import") this.cancelRequested = true;
  }

  private async readOne(source: FileSource): Promise<WorkbookInput> {
    if ("readSheets" in source) {
      // The open workbook through Office.js: a failure there is ours to explain, not a bad file.
      return source.readSheets().then(
        (grids) => ({ file: source.name, grids }),
        (error: unknown) => ({ file: source.name, unreadable: makeIssue("FILE_UNREADABLE", { file: source.name }, { reason: "reader-failed", detail: String(error).slice(0, 200) }) }),
      );
    }
    try {
      const result = await this.deps.readWorkbook(await source.read(), source.name);
      return result.ok ? { file: source.name, grids: result.grids } : { file: source.name, unreadable: result.issue };
    } catch (error) {
      // readWorkbook never throws; reading the file from the disk or the network may.
      return { file: source.name, unreadable: makeIssue("FILE_UNREADABLE", { file: source.name }, { reason: "corrupt", detail: String(error).slice(0, 200) }) };
    }
  }

  /** The block's checks over every file read; the results of ranking and nominating are stale after it. */
  private async checkBlock(): Promise<void> {
    const outcome = this.sources.length > 0 ? this.block.finish() : null;
    const kinds = describeFiles(this.block.files(), outcome, this.block.roleFiles());
    this.set({
      outcome,
      ranking: null,
      proposals: null,
      focus: null,
      files: this.state.files.map((f) => {
        const kind = kinds.get(f.name);
        return kind ? { ...f, kind } : f;
      }),
    });
    // The sheets up to Kiểm tra, so the check step has its sheet; ranking adds Tổng hợp, nominating Đề nghị.
    if (outcome?.ok) await this.write("tdIssues");
  }

  /** Tính xếp hạng: the ranking by the settings' method, and the sheets up to Tổng hợp. */
  async computeRanking(): Promise<void> {
    const outcome = this.state.outcome;
    if (!outcome?.ok || this.state.busy) return;
    this.set({ busy: "rank", failure: null });
    const { result } = outcome;
    const ranking = rankBlock(result.units, result.sheets, this.state.settings);
    this.set({ ranking, proposals: null });
    await this.write("tdSummary");
    this.set({ busy: null });
  }

  /** Lập danh sách đề nghị: the proposals by the settings' awards, and every sheet. */
  async proposeNominations(): Promise<void> {
    const outcome = this.state.outcome;
    if (!outcome?.ok || this.state.busy) return;
    this.set({ busy: "nominate", failure: null });
    const { result } = outcome;
    const ranking = this.state.ranking ?? rankBlock(result.units, result.sheets, this.state.settings);
    const proposals = proposeAwards(ranking, result.units, this.state.settings.awards);
    this.set({ ranking, proposals });
    await this.write("tdNominations");
    this.set({ busy: null });
  }

  async loadSample(): Promise<void> {
    const sample = this.deps.sample;
    if (!sample || this.state.busy) return;
    this.set({ busy: "sample", failure: null });
    let files: FileSource[];
    try {
      files = await sample();
    } catch (error) {
      this.set({ busy: null, failure: String(error) });
      return;
    }
    this.set({ busy: null });
    await this.importFiles(files);
  }

  /** Whether the pane can read the sheets of the workbook open in Excel. */
  get canReadThisWorkbook(): boolean {
    return this.deps.thisWorkbook !== undefined;
  }

  /** Đọc sổ tính này: the open workbook's own sheets (not ours) as one more file of the block. */
  thisWorkbookSource(): FileSource | null {
    const workbook = this.deps.thisWorkbook;
    return workbook ? { name: workbook.file, readSheets: () => workbook.readSheets() } : null;
  }

  /** The name the open workbook's sheets were imported under, when they are in the block now (not a dropped file of the same name). */
  private thisWorkbookImported(): string | null {
    const place = this.placeOf(this.deps.thisWorkbook?.file ?? "");
    const source = place === null ? undefined : this.sources[place];
    return source && "readSheets" in source ? source.name : null;
  }

  /** An issue at a cell of the open workbook's own sheets, which the pane can go to. */
  isInThisWorkbook(issue: Issue): boolean {
    const name = this.thisWorkbookImported();
    return name !== null && issue.file === name && issue.sheet !== undefined && issue.cell !== undefined;
  }

  /** Selects the issue's source cell in the open workbook (see `isInThisWorkbook`). */
  showSource(issue: Issue): void {
    if (this.isInThisWorkbook(issue) && this.deps.selectCell) this.inHost(() => this.deps.selectCell?.(issue.sheet as string, issue.cell as string));
  }

  /** A selection in Excel, which fails when the officer has deleted or renamed the sheet: said, not thrown away. */
  private inHost(select: () => Promise<void> | void): void {
    const fail = (error: unknown) => this.set({ failure: String(error) });
    try {
      select()?.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  /** New settings make the ranking and proposals stale: they are computed again on the next click. */
  updateSettings(patch: Partial<PaneSettings>): void {
    const settings = { ...this.state.settings, ...patch };
    const stale = patch.method !== undefined || patch.trim !== undefined || patch.awards !== undefined;
    this.set({ settings, ...(stale ? { ranking: null, proposals: null } : {}) });
  }

  /**
   * Shows the issue's row of the Kiểm tra sheet: `index` is the issue's place
   * in the import's issues (tdIssues keeps that order).
   */
  selectIssue(index: number): void {
    this.set({ focus: { table: "tdIssues", row: index } });
    const sheet = this.state.sheets.find((s) => s.table.name === "tdIssues");
    if (sheet && this.deps.selectRow) this.inHost(() => this.deps.selectRow?.(sheet.name, mainTableRow(sheet, index)));
  }

  /** The issues of every stage so far: the import's, then the proposals'. */
  allIssues(): Issue[] {
    const outcome = this.state.outcome;
    const imported = outcome ? (outcome.ok ? outcome.result.issues : outcome.issues) : [];
    return [...imported, ...(this.state.proposals?.issues ?? [])];
  }

  /** Writes our sheets through the sink, in order up to `last`'s, which the workbook opens on. */
  private async write(last: ResultTable): Promise<void> {
    const outcome = this.state.outcome;
    if (!outcome?.ok) return;
    const { result } = outcome;
    const { settings, ranking } = this.state;
    const thisWorkbook = this.thisWorkbookImported();
    const blockSettings: BlockSettings = { ...DEFAULT_SETTINGS, method: settings.method, trim: settings.trim, rounding: settings.rounding, awards: settings.awards };
    const all = resultSheets(
      {
        settings: blockSettings,
        units: result.units,
        criteria: result.criteria.table,
        sheets: result.sheets,
        issues: this.allIssues(),
        ranking,
        nominations: this.state.proposals?.nominations ?? [],
        ...(thisWorkbook !== null ? { thisWorkbook } : {}),
      },
      settings.lang,
    );
    // resultSheets gives the sheets in RESULT_TABLES' order.
    const chosen = all.slice(0, RESULT_TABLES.indexOf(last) + 1);
    // Built from the import alone (the pane changes neither the block's name nor its year): the same as last time while the import and the language stay.
    const earlier = this.importedSheets?.outcome === outcome && this.importedSheets.lang === settings.lang ? this.importedSheets.specs : null;
    const sheets = chosen.map((s, i) => (IMPORT_TABLES.has(s.table.name) ? (earlier?.get(s.table.name) ?? s) : { ...s, active: i === chosen.length - 1 }));
    try {
      await this.deps.sink.writeSheets(sheets);
      this.importedSheets = { outcome, lang: settings.lang, specs: new Map(sheets.filter((s) => IMPORT_TABLES.has(s.table.name)).map((s) => [s.table.name, s])) };
      this.set({ sheets });
    } catch (error) {
      this.set({ failure: String(error) });
    }
  }
}
