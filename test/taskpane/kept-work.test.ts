import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BlockSession, type FileBytes } from "../../src/taskpane/session/block-session";
import { KEPT_WORK_SCHEMA, WorkKeeper, type KeptWork, type WorkStore } from "../../src/taskpane/session/kept-work";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { WorkStopped } from "../../src/taskpane/work/pane-work";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";

// The browser app's work kept on this computer (SPEC §9): saved as it
// changes, done again over the same files when the page opens again. The
// store here is a structured clone in memory, as IndexedDB keeps it (its own
// run in Chromium is thidua-file.browser.test.ts's).

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const sampleFiles = (): FileBytes[] =>
  readdirSync(SAMPLE)
    .filter((f) => f.endsWith(".xlsx"))
    .map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) }));

class MemoryStore implements WorkStore {
  record: unknown = undefined;
  saves = 0;
  async load() {
    return this.record === undefined ? undefined : structuredClone(this.record);
  }
  async save(work: KeptWork) {
    this.saves++;
    this.record = structuredClone(work);
  }
  async clear() {
    this.record = undefined;
  }
}

/** A page opened: a new workbook, session and keeper over the same store, restored, then watched. */
async function openPage(store: WorkStore, onSaveFailed?: (error: unknown) => void) {
  const keeper = new WorkKeeper(store, onSaveFailed, 10);
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, pageSink: workbook, templateSink: workbook, readWorkbook: keeper.reader(readWorkbook), lang: "vi", keptSettings: workbook, keptTally: workbook });
  const restoredAt = await keeper.restore(session, workbook);
  keeper.watch(session);
  return { keeper, workbook, session, restoredAt };
}

describe("the work kept on this computer", () => {
  test("files, settings, meeting, marks and the count come back on the next open, as far as the officer had gone", async () => {
    const store = new MemoryStore();
    const first = await openPage(store);
    expect(first.restoredAt).toBeNull();
    const { session } = first;
    await session.importFiles(sampleFiles());
    session.updateSettings({ voteThreshold: 2 / 3, voteRule: "at-least" });
    session.updateMeeting({ place: "Yên Bái", date: "2026-12-29" });
    await session.computeRanking();
    await session.proposeNominations();
    await session.makeBallot();
    await session.setMark(0, 1, "Đồng ý");
    await session.setMark(1, 1, "Không đồng ý");
    await session.countVotes();
    await first.keeper.flush();
    const before = session.getState();
    expect(before.vote).not.toBeNull();

    const second = await openPage(store);
    expect(second.restoredAt).toBeInstanceOf(Date);
    const after = second.session.getState();
    expect(after.files.map((f) => [f.name, f.status])).toEqual(before.files.map((f) => [f.name, f.status]));
    expect(after.settings).toEqual(before.settings);
    expect(after.meeting).toEqual(before.meeting);
    expect(after.ranking?.units.map((u) => [u.unit, u.average])).toEqual(before.ranking?.units.map((u) => [u.unit, u.average]));
    expect(after.proposals?.nominations).toEqual(before.proposals?.nominations);
    expect(after.tally?.table.rows).toEqual(before.tally?.table.rows);
    expect(after.vote?.votes).toEqual(before.vote?.votes);
    expect(second.workbook.getSheets().map((s) => s.name)).toEqual(first.workbook.getSheets().map((s) => s.name));
  });

  test("a mark typed is saved, with how far the officer had gone", async () => {
    const store = new MemoryStore();
    const { session, keeper } = await openPage(store);
    await session.importFiles(sampleFiles());
    await session.computeRanking();
    await session.proposeNominations();
    await session.makeBallot();
    await keeper.flush();
    const marks = (store.record as KeptWork).tally!.table.rows.map((r) => r[1]);
    expect(marks.every((m) => m === null || m === "")).toBe(true);
    await session.setMark(2, 1, "Đồng ý");
    await keeper.flush();
    expect((store.record as KeptWork).tally!.table.rows[2]![1]).toBe("Đồng ý");
    expect((store.record as KeptWork).reached).toEqual({ ranked: true, proposed: true, counted: false, documents: false });
  });

  test("a file imported again whose new read is stopped (Dừng) is kept as the block holds it, in its earlier version", async () => {
    const store = new MemoryStore();
    const keeper = new WorkKeeper(store, undefined, 10);
    const workbook = new MemoryWorkbook();
    // Reads answer at once, but for one held until Dừng ends it, as the pane's worker is ended.
    let held: ((error: Error) => void) | null = null;
    let hold = false;
    const slow: typeof readWorkbook = (bytes, file) => (hold ? new Promise((_, reject) => (held = reject)) : readWorkbook(bytes, file));
    const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook: keeper.reader(slow), stopReading: () => held?.(new WorkStopped()), lang: "vi" });
    keeper.watch(session);
    const files = sampleFiles();
    await session.importFiles(files);
    await keeper.flush();
    const first = files[3] as FileBytes;
    const kept = () => (store.record as KeptWork).files.find((f) => f.name === first.name)?.bytes;
    const before = new Uint8Array(kept() as ArrayBuffer);
    expect(before.length).toBeGreaterThan(0);
    // Imported again with other bytes (another member's file under its name), stopped while it is read.
    hold = true;
    const again = session.importFiles([{ name: first.name, read: (files[4] as FileBytes).read }]);
    while (held === null) await new Promise((r) => setTimeout(r, 5));
    session.cancelImport();
    await again;
    expect(session.getState().files.find((f) => f.name === first.name)?.status).toBe("read");
    session.updateMeeting({ place: "Yên Bái" });
    await keeper.flush();
    expect(new Uint8Array(kept() as ArrayBuffer)).toEqual(before);
  });

  test("erase empties the store and keeps nothing more", async () => {
    const store = new MemoryStore();
    const { session, keeper } = await openPage(store);
    await session.importFiles(sampleFiles().slice(0, 3));
    await keeper.flush();
    expect((store.record as KeptWork).files).toHaveLength(3);
    await keeper.erase();
    expect(store.record).toBeUndefined();
    session.updateMeeting({ place: "Hà Nội" });
    await new Promise((r) => setTimeout(r, 50));
    await keeper.flush();
    expect(store.record).toBeUndefined();
    await expect(openPage(store).then((p) => p.restoredAt)).resolves.toBeNull();
  });

  test("a record of another shape, or a store that fails, leaves a fresh page; a refused save is told once", async () => {
    const store = new MemoryStore();
    store.record = { schema: "thidua.kept-work/0", files: "not a list" };
    await expect(openPage(store).then((p) => p.restoredAt)).resolves.toBeNull();
    store.record = { schema: KEPT_WORK_SCHEMA, savedAt: "x", files: [{ name: 1 }], settings: {}, reached: {} };
    await expect(openPage(store).then((p) => p.restoredAt)).resolves.toBeNull();

    const refusing: WorkStore = { load: () => Promise.reject(new Error("denied")), save: () => Promise.reject(new Error("quota")), clear: () => Promise.resolve() };
    const told: unknown[] = [];
    const { session, keeper, restoredAt } = await openPage(refusing, (e) => told.push(e));
    expect(restoredAt).toBeNull();
    session.updateMeeting({ place: "A" });
    await keeper.flush();
    session.updateMeeting({ place: "B" });
    await keeper.flush();
    expect(told).toHaveLength(1);
    expect(String(told[0])).toContain("quota");
  });
});
