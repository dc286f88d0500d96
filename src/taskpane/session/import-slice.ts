/**
 * Step 1, Nhập phiếu chấm: files read one by one into one long-lived import
 * (a file imported again keeps its place), the open workbook's own sheets as
 * one more file, the sample block in the preview.
 */
import { makeIssue } from "../../core/check/make-issue";
import type { ImportOutcome, WorkbookInput } from "../../core/import/import-block";
import { startImport } from "../../flow/import";
import type { TemplateOrigin } from "../../workbook/ports/template-fill";
import { breathe } from "../work/breathe";
import { describeFiles, type FileKind } from "./file-kinds";
import type { FileEntry, FileSource, SessionDeps, SessionStore } from "./session-state";

/**
 * Files being read beyond the one awaited: with it, two reads in hand, one per worker of the pane (work/pane-work.ts).
 * Starting the one after next as soon as a file is read, before it is added, kept both workers busy during the add but
 * measured slower at the bench's L on two cores (the main thread, which adds, starved by the two readers).
 */
const READS_AHEAD = 1;

export class ImportSlice {
  private cancelRequested = false;
  /** Files read again against a new criteria table: part of the block's consistency, never stopped half-way. */
  private readingAgain = false;
  /**
   * The block as imported so far, over every batch: each scoresheet workbook
   * is read into it as it arrives and its sheets let go, so a large block
   * does not sit in the pane's memory twice.
   */
  private readonly block = startImport();
  /** Where each file of the block came from, in its place in `block`: to read it again (see `BlockImport.toReadAgain`). */
  private readonly sources: FileSource[] = [];

  constructor(
    private readonly store: SessionStore,
    private readonly deps: SessionDeps,
    /** The block as checked after an import, with what each file turned out to be. */
    private readonly imported: (outcome: ImportOutcome | null, kinds: ReadonlyMap<string, FileKind>) => Promise<void>,
  ) {}

  private setFile(name: string, patch: Partial<FileEntry>): void {
    this.store.set({ files: this.store.state.files.map((f) => (f.name === name ? { ...f, ...patch } : f)) });
  }

  /** Names among `names` already imported: importing them again replaces their scores. */
  alreadyImported(names: readonly string[]): string[] {
    const known = new Set(this.store.state.files.filter((f) => f.status === "read").map((f) => f.name));
    return names.filter((n) => known.has(n));
  }

  async importFiles(sources: readonly FileSource[]): Promise<void> {
    if (this.store.state.busy !== null || sources.length === 0) return;
    this.cancelRequested = false;
    const unique = [...new Map(sources.map((s) => [s.name, s])).values()];
    const names = new Set(unique.map((s) => s.name));
    const queued = (name: string): FileEntry => ({ name, status: "queued" });
    // The list in the import's order: a file imported before keeps its place; the others go last, in this batch's order.
    const kept = this.store.state.files.filter((f) => !names.has(f.name) || this.placeOf(f.name) !== null);
    this.store.set({
      busy: "import",
      failure: null,
      files: [...kept.map((f) => (names.has(f.name) ? queued(f.name) : f)), ...unique.filter((s) => this.placeOf(s.name) === null).map((s) => queued(s.name))],
    });
    // Whether this batch changed the block: one stopped before any file was read leaves the checks, ranking and proposals as they were.
    let changed = false;
    // Read ahead (issue 24): the next files are read (by the pane's workers) while the main thread adds this one; they are added in the batch's order all the same.
    const reads: (Promise<WorkbookInput | null> | undefined)[] = [];
    let started = 0;
    const readFrom = (at: number) => {
      for (; started <= at + READS_AHEAD && started < unique.length && !this.cancelRequested; started++) {
        const source = unique[started] as FileSource;
        // A file imported before is read only in its turn: the kept work (kept-work.ts) notes a file's bytes once it is read, and a read ahead
        // then dropped by Dừng would leave it keeping a version the block does not hold.
        if (started > at && this.placeOf(source.name) !== null) break;
        this.setFile(source.name, { status: "reading" });
        reads[started] = this.readOne(source);
      }
    };
    try {
      for (const [at, source] of unique.entries()) {
        if (this.cancelRequested) {
          // A file imported before keeps its earlier version; one read ahead is dropped (a worker's read ends at once, the main thread's at its end).
          await reads[at];
          reads[at] = undefined;
          this.setFile(source.name, { status: this.placeOf(source.name) !== null ? "read" : "cancelled" });
          continue;
        }
        readFrom(at);
        const input = await (reads[at] as Promise<WorkbookInput | null>);
        reads[at] = undefined;
        if (input === null) {
          // Stopped while it was read: the block is as it was before this file.
          this.setFile(source.name, { status: this.placeOf(source.name) !== null ? "read" : "cancelled" });
          continue;
        }
        changed = true;
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
      // Every read started was awaited above: nothing of this batch is still read when the block is checked.
      if (!changed) return;
      this.readingAgain = true;
      for (const place of this.block.toReadAgain()) this.block.readAgain(place, (await this.readOne(this.sources[place] as FileSource, false)) as WorkbookInput);
      // Checked in slices, each followed by a macrotask: a large block's check no longer holds the page for a second (issue 24).
      const outcome = this.sources.length > 0 ? await this.block.finishInSlices(breathe) : null;
      await breathe();
      await this.imported(outcome, describeFiles(this.block.files(), outcome, this.block.roleFiles()));
    } catch (error) {
      // A fault of ours must not leave the pane stuck in "importing": say it, and let the officer go on.
      this.store.set({ failure: String(error) });
    } finally {
      this.readingAgain = false;
      this.store.set({ busy: null });
    }
  }

  /** The file's place in the block, null when it is not in it. */
  private placeOf(name: string): number | null {
    const place = this.sources.findIndex((s) => s.name === name);
    return place < 0 ? null : place;
  }

  cancelImport(): void {
    if (this.store.state.busy !== "import") return;
    this.cancelRequested = true;
    if (!this.readingAgain) this.deps.stopReading?.();
  }

  /** The file as read; null when the officer stopped the import while it was read (`stoppable`). */
  private async readOne(source: FileSource, stoppable = true): Promise<WorkbookInput | null> {
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
      // The officer stopped the reader itself: the file is not read, nor unreadable.
      if (stoppable && this.cancelRequested && this.deps.stopReading) return null;
      // readWorkbook never throws; reading the file from the disk or the network may.
      return { file: source.name, unreadable: makeIssue("FILE_UNREADABLE", { file: source.name }, { reason: "corrupt", detail: String(error).slice(0, 200) }) };
    }
  }

  async loadSample(): Promise<void> {
    const sample = this.deps.sample;
    if (!sample || this.store.state.busy) return;
    this.store.set({ busy: "sample", failure: null });
    let files: FileSource[];
    try {
      files = await sample();
    } catch (error) {
      this.store.set({ busy: null, failure: String(error) });
      return;
    }
    this.store.set({ busy: null });
    await this.importFiles(files);
  }

  /** Đọc sổ tính này: the open workbook's own sheets (not ours) as one more file of the block. */
  thisWorkbookSource(): FileSource | null {
    const workbook = this.deps.thisWorkbook;
    return workbook ? { name: workbook.file, readSheets: () => workbook.readSheets() } : null;
  }

  /** Where an imported file's template sheets are to be read again with their formats: its bytes, or the open workbook. */
  templateOrigin(file: string): TemplateOrigin | null {
    const place = this.placeOf(file);
    const source = place === null ? undefined : this.sources[place];
    if (!source) return null;
    return "readSheets" in source ? { kind: "open-workbook" } : { kind: "file", file: source.name, read: () => source.read() };
  }

  /** The name the open workbook's sheets were imported under, when they are in the block now (not a dropped file of the same name). */
  thisWorkbookImported(): string | null {
    const place = this.placeOf(this.deps.thisWorkbook?.file ?? "");
    const source = place === null ? undefined : this.sources[place];
    return source && "readSheets" in source ? source.name : null;
  }
}
