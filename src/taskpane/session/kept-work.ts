/**
 * The browser app's work kept on this computer (SPEC §9): the files read,
 * the settings, the meeting's details, the marks typed in the tally, and how
 * far the officer got (ranked, proposed, counted, documents made). Saved as
 * it changes, restored when the page opens again by doing the same steps
 * over the same files, so what is shown is what the engine makes of them now
 * rather than a stale copy; erased by one button in Cài đặt.
 *
 * Inside Excel the workbook itself keeps the work (Cài đặt, our sheets); this
 * is for the page without Excel, where closing the tab would otherwise lose
 * it. Where it is stored (IndexedDB) is a `WorkStore`: see indexeddb-store.ts.
 */
import type { MeetingDetails } from "../../core/documents/meeting";
import type { SheetSpec, WorkbookSink } from "../../workbook/ports/sink";
import type { ReadWorkbookResult } from "../../xlsx/read/read-workbook";
import type { BlockSession, PaneSettings, SessionState } from "./block-session";

/** Bumped when the record's shape changes: a record of another shape is left alone, never misread. */
export const KEPT_WORK_SCHEMA = "thidua.kept-work/1";

export interface KeptFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface KeptWork {
  readonly schema: typeof KEPT_WORK_SCHEMA;
  /** When it was saved (ISO 8601), for the line that says what was restored. */
  readonly savedAt: string;
  /** In the import's order (a file imported again keeps its place). */
  readonly files: readonly KeptFile[];
  readonly settings: PaneSettings;
  readonly meeting: MeetingDetails;
  /** The tally sheet with the marks typed in it. */
  readonly tally: SheetSpec | null;
  readonly reached: { readonly ranked: boolean; readonly proposed: boolean; readonly counted: boolean; readonly documents: boolean };
}

export interface WorkStore {
  load(): Promise<unknown>;
  save(work: KeptWork): Promise<void>;
  clear(): Promise<void>;
}

type ReadWorkbook = (bytes: ArrayBuffer, file: string) => Promise<ReadWorkbookResult>;

/** The parts of the state a save depends on: a change to any of them saves again. */
function watched(state: SessionState): readonly unknown[] {
  return [state.settings, state.meeting, state.tally, state.ranking !== null, state.proposals !== null, state.vote !== null, state.documents !== null];
}

function isKeptWork(value: unknown): value is KeptWork {
  if (typeof value !== "object" || value === null) return false;
  const work = value as Partial<KeptWork>;
  return (
    work.schema === KEPT_WORK_SCHEMA &&
    typeof work.savedAt === "string" &&
    Array.isArray(work.files) &&
    work.files.every((f) => typeof f?.name === "string" && f.bytes instanceof ArrayBuffer) &&
    typeof work.settings === "object" &&
    work.settings !== null &&
    typeof work.reached === "object" &&
    work.reached !== null
  );
}

export class WorkKeeper {
  /** Every file's bytes as the import read them, by name, in the import's order. */
  private readonly files = new Map<string, ArrayBuffer>();
  private session: BlockSession | null = null;
  private unsubscribe: (() => void) | null = null;
  private last: readonly unknown[] = [];
  private filesChanged = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    private readonly store: WorkStore,
    /** Told once when the browser refuses to keep the work (private window, storage full). */
    private readonly onSaveFailed: (error: unknown) => void = () => {},
    private readonly delayMs = 300,
  ) {}

  /**
   * The session's file reader, noting each file's bytes to keep them once it
   * is read: a read stopped (Dừng) leaves the version the block still holds.
   */
  reader(read: ReadWorkbook): ReadWorkbook {
    return async (bytes, file) => {
      // Copied before the read: the worker is handed the bytes themselves.
      const copy = bytes.slice(0);
      const result = await read(bytes, file);
      this.files.set(file, copy);
      this.filesChanged = true;
      this.schedule();
      return result;
    };
  }

  /**
   * The work kept, done again in this session: settings, meeting, files
   * imported, then ranked, proposed, the tally's marks, counted, documents,
   * as far as it had gone. Returns when it was saved; null when nothing was
   * kept. The session should be new, and nothing is saved until `watch`.
   */
  async restore(session: BlockSession, sink: WorkbookSink): Promise<Date | null> {
    let work: unknown;
    try {
      work = await this.store.load();
    } catch {
      return null;
    }
    if (!isKeptWork(work) || work.files.length === 0) return null;
    session.updateSettings(work.settings);
    session.updateMeeting(work.meeting ?? {});
    await session.importFiles(work.files.map((f) => ({ name: f.name, read: async () => f.bytes.slice(0) })));
    const { reached, tally } = work;
    if (reached.ranked || reached.proposed) await session.computeRanking();
    if (reached.proposed) await session.proposeNominations();
    if (tally && session.getState().proposals) {
      // The marks go back where *Tạo phiếu bầu* keeps them from.
      await sink.writeSheets([tally]);
      await session.makeBallot();
    }
    if (reached.counted) await session.countVotes();
    if (reached.documents) await session.makeDocuments();
    return new Date(work.savedAt);
  }

  /** Saves the session's work from now on, a moment after each change. */
  watch(session: BlockSession): void {
    this.session = session;
    this.last = watched(session.getState());
    this.unsubscribe = session.subscribe(() => {
      const now = watched(session.getState());
      if (now.some((part, i) => part !== this.last[i])) {
        this.last = now;
        this.schedule();
      }
    });
    if (this.filesChanged) this.schedule();
  }

  /** Erases what is kept and stops keeping it (the page is then reloaded empty). */
  async erase(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.saving;
    await this.store.clear();
  }

  /** Waits for the saves asked so far (tests, and before the page goes). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.saveNow();
    }
    await this.saving;
  }

  private schedule(): void {
    if (!this.session) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // Half-way through a step the state is not worth keeping: wait for its end.
      if (this.session?.getState().busy) this.schedule();
      else this.saveNow();
    }, this.delayMs);
  }

  private saveNow(): void {
    const session = this.session;
    if (!session) return;
    const state = session.getState();
    const work: KeptWork = {
      schema: KEPT_WORK_SCHEMA,
      savedAt: new Date().toISOString(),
      // Only the files the import holds now: one cancelled before it was read is not among them.
      files: state.files.flatMap((f) => {
        const bytes = f.status === "read" ? this.files.get(f.name) : undefined;
        return bytes ? [{ name: f.name, bytes }] : [];
      }),
      settings: state.settings,
      meeting: state.meeting,
      tally: state.tally,
      reached: { ranked: state.ranking !== null, proposed: state.proposals !== null, counted: state.vote !== null, documents: state.documents !== null },
    };
    this.filesChanged = false;
    this.saving = this.saving
      .then(() => this.store.save(work))
      .catch((error: unknown) => {
        if (this.failed) return;
        this.failed = true;
        this.onSaveFailed(error);
      });
  }
}
