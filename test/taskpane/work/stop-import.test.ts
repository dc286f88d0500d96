/**
 * *Dừng nhập* while a file is being read by a reader that can stop (the
 * pane's Web Worker, work/pane-work.ts): the read is dropped there and then,
 * and the session is as it was before that import — the block, its checks,
 * the ranking and the proposals; the file not read says so.
 */
import type { WorkbookInput } from "../../../src/core/import/import-block";
import { BlockSession, type FileSource } from "../../../src/taskpane/session/block-session";
import type { SheetSpec, WorkbookSink } from "../../../src/workbook/ports/sink";
import type { ReadWorkbookResult } from "../../../src/xlsx/read/read-workbook";
import { criteriaTable, luatGia, nhaBao, rosterFile } from "../../support/tiny-block";

const criteria: WorkbookInput = { file: "tieu-chi.xlsx", grids: [criteriaTable("tieu-chi.xlsx")] };
const files = new Map([criteria, rosterFile, luatGia, nhaBao].map((w) => [w.file, w]));
const sources = (...names: string[]): FileSource[] => names.map((name) => ({ name, read: () => Promise.resolve(new ArrayBuffer(8)) }));
const resultOf = (file: string): ReadWorkbookResult => {
  const w = files.get(file) as WorkbookInput;
  return "grids" in w ? { ok: true, grids: [...w.grids] } : { ok: false, issue: w.unreadable };
};

class CountingSink implements WorkbookSink {
  writes = 0;
  writeSheets(_sheets: readonly SheetSpec[]): Promise<void> {
    this.writes++;
    return Promise.resolve();
  }
}

test("stopping an import while its first file is read leaves the session as it was before the import", async () => {
  // A reader that, for the file "held", answers only when stopped (then it rejects, as the pane's worker does).
  let held: string | null = null;
  let stopHeld: (() => void) | null = null;
  const reading: string[] = [];
  const sink = new CountingSink();
  const session = new BlockSession({
    sink,
    lang: "vi",
    readWorkbook: (_bytes, file) => {
      reading.push(file);
      if (file !== held) return Promise.resolve(resultOf(file));
      return new Promise((_resolve, reject) => {
        stopHeld = () => reject(new Error("stopped"));
      });
    },
    stopReading: () => stopHeld?.(),
  });
  await session.importFiles(sources("tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx"));
  await session.computeRanking();
  await session.proposeNominations();
  const before = session.getState();
  expect(before.ranking).not.toBeNull();
  expect(before.proposals).not.toBeNull();
  const writesBefore = sink.writes;

  held = "nha-bao.xlsx";
  const importing = session.importFiles(sources("nha-bao.xlsx", "luat-gia.xlsx"));
  while (stopHeld === null) await new Promise((r) => setTimeout(r, 1));
  expect(session.getState().busy).toBe("import");
  session.cancelImport();
  await importing;

  const after = session.getState();
  expect(after.busy).toBeNull();
  expect(after.failure).toBeNull();
  // The same block, checks, ranking and proposals (the very objects), and no sheet written again.
  expect(after.outcome).toBe(before.outcome);
  expect(after.ranking).toBe(before.ranking);
  expect(after.proposals).toBe(before.proposals);
  expect(sink.writes).toBe(writesBefore);
  // The file stopped while read is not read; the one after it was never started and keeps its earlier version.
  expect(reading.filter((f) => f === "luat-gia.xlsx")).toHaveLength(1);
  expect(after.files.map((f) => [f.name, f.status])).toEqual([
    ["tieu-chi.xlsx", "read"],
    ["danh-sach.xlsx", "read"],
    ["luat-gia.xlsx", "read"],
    ["nha-bao.xlsx", "cancelled"],
  ]);

  // Imported again, it completes the block.
  held = null;
  await session.importFiles(sources("nha-bao.xlsx"));
  expect(session.getState().outcome).not.toBe(before.outcome);
  expect(session.getState().files.find((f) => f.name === "nha-bao.xlsx")?.status).toBe("read");
});
