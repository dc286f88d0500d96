/**
 * The pane's session without React: files imported batch by batch into one
 * long-lived import, files imported again in their place, and the sheets
 * handed to the sink (the import's own ones unchanged by ranking and
 * proposing, so the Excel adapter need not write them again).
 */
import { makeIssue } from "../../src/core/check/make-issue";
import { importBlock, type WorkbookInput } from "../../src/core/import/import-block";
import { BlockSession, type FileSource } from "../../src/taskpane/session/block-session";
import type { SheetSpec, WorkbookSink } from "../../src/workbook/ports/sink";
import type { ReadWorkbookResult } from "../../src/xlsx/read/read-workbook";
import { makeGrid } from "../../src/core/model/grid";
import { HEADERS } from "../../src/workbook/columns";
import { criteriaTable, importSummary, luatGia, nhaBao, rosterFile, scoresheet } from "../support/tiny-block";

const criteria: WorkbookInput = { file: "tieu-chi.xlsx", grids: [criteriaTable("tieu-chi.xlsx")] };

/** The files "on disk": what reading each gives now; a test changes a file by setting it again. */
class Disk {
  readonly files = new Map<string, WorkbookInput>();
  readonly reads: string[] = [];
  constructor(workbooks: readonly WorkbookInput[]) {
    for (const w of workbooks) this.files.set(w.file, w);
  }
  sources(...names: string[]): FileSource[] {
    return names.map((name) => ({ name, read: () => Promise.resolve(new ArrayBuffer(0)) }));
  }
  readonly readWorkbook = (_bytes: ArrayBuffer, file: string): Promise<ReadWorkbookResult> => {
    this.reads.push(file);
    const w = this.files.get(file);
    if (!w) throw new Error(`no file ${file}`);
    return Promise.resolve("grids" in w ? { ok: true, grids: [...w.grids] } : { ok: false, issue: w.unreadable });
  };
}

class RecordingSink implements WorkbookSink {
  readonly batches: SheetSpec[][] = [];
  writeSheets(sheets: readonly SheetSpec[]): Promise<void> {
    this.batches.push([...sheets]);
    return Promise.resolve();
  }
  table(batch: number, name: string): SheetSpec | undefined {
    return this.batches[batch]?.find((s) => s.table.name === name);
  }
}

function sessionOver(disk: Disk, sink: WorkbookSink = new RecordingSink()) {
  return new BlockSession({ sink, readWorkbook: disk.readWorkbook, lang: "vi" });
}

const outcomeOf = (session: BlockSession) => {
  const outcome = session.getState().outcome;
  if (!outcome) throw new Error("no import");
  return importSummary(outcome);
};

describe("BlockSession: importing", () => {
  test("batch by batch, the block is what one import of every file makes of it", async () => {
    const disk = new Disk([luatGia, criteria, rosterFile, nhaBao]);
    const session = sessionOver(disk);
    await session.importFiles(disk.sources("luat-gia.xlsx"));
    expect(session.getState().outcome).toMatchObject({ ok: false, reason: "no-criteria-table" });
    await session.importFiles(disk.sources("tieu-chi.xlsx", "danh-sach.xlsx", "nha-bao.xlsx"));
    expect(outcomeOf(session)).toEqual(importSummary(importBlock({ workbooks: [luatGia, criteria, rosterFile, nhaBao] })));
    expect(session.getState().files.map((f) => [f.name, f.status, f.kind?.kind])).toEqual([
      ["luat-gia.xlsx", "read", "scoresheets"],
      ["tieu-chi.xlsx", "read", "criteria"],
      ["danh-sach.xlsx", "read", "roster"],
      ["nha-bao.xlsx", "read", "scoresheets"],
    ]);
    // Each file was read once: the first batch's scoresheet waited for the criteria table, no second read.
    expect(disk.reads).toEqual(["luat-gia.xlsx", "tieu-chi.xlsx", "danh-sach.xlsx", "nha-bao.xlsx"]);
  });

  test("a file imported again replaces its scores, in its place; an unreadable new version says why", async () => {
    const disk = new Disk([criteria, rosterFile, luatGia, nhaBao]);
    const session = sessionOver(disk);
    await session.importFiles(disk.sources("tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx", "nha-bao.xlsx"));
    expect(session.alreadyImported(["luat-gia.xlsx", "moi.xlsx"])).toEqual(["luat-gia.xlsx"]);

    const corrected: WorkbookInput = { file: "luat-gia.xlsx", grids: [scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [10, 12])] };
    disk.files.set("luat-gia.xlsx", corrected);
    await session.importFiles(disk.sources("luat-gia.xlsx"));
    const expected = importSummary(importBlock({ workbooks: [criteria, rosterFile, corrected, nhaBao] }));
    expect(outcomeOf(session)).toEqual(expected);
    // 12 is over the max of 10: the corrected file's issue, at its cell.
    expect(outcomeOf(session)).toMatchObject({ issues: [["SCORE_ABOVE_MAX", "luat-gia.xlsx", "Nhà báo", "D6"]] });
    expect(session.getState().files.map((f) => f.name)).toEqual(["tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx", "nha-bao.xlsx"]);

    const broken: WorkbookInput = { file: "luat-gia.xlsx", unreadable: makeIssue("FILE_UNREADABLE", { file: "luat-gia.xlsx" }, { reason: "corrupt" }) };
    disk.files.set("luat-gia.xlsx", broken);
    await session.importFiles(disk.sources("luat-gia.xlsx"));
    expect(outcomeOf(session)).toEqual(importSummary(importBlock({ workbooks: [criteria, rosterFile, broken, nhaBao] })));
    expect(session.getState().files.find((f) => f.name === "luat-gia.xlsx")?.kind?.kind).toBe("unreadable");
  });

  test("a criteria table that displaces the one files were read against: those files are read again", async () => {
    const template: WorkbookInput = { file: "mau.xlsx", grids: [criteriaTable("mau.xlsx", [12, 8])] };
    const disk = new Disk([template, luatGia, rosterFile, criteria, nhaBao]);
    const session = sessionOver(disk);
    await session.importFiles(disk.sources("mau.xlsx", "luat-gia.xlsx"));
    await session.importFiles(disk.sources("danh-sach.xlsx", "tieu-chi.xlsx", "nha-bao.xlsx"));
    expect(outcomeOf(session)).toEqual(importSummary(importBlock({ workbooks: [template, luatGia, rosterFile, criteria, nhaBao] })));
    expect(disk.reads.filter((f) => f === "luat-gia.xlsx")).toHaveLength(2);
    expect(session.getState().files.find((f) => f.name === "tieu-chi.xlsx")?.kind?.kind).toBe("criteria");
  });
});

describe("BlockSession: the list of files", () => {
  test("is in the import's order: a file stopped before it was read goes last when imported later", async () => {
    const disk = new Disk([criteria, rosterFile, luatGia, nhaBao]);
    const read = disk.readWorkbook;
    // The officer stops the import while the first file is read.
    const stopping = new BlockSession({
      sink: new RecordingSink(),
      lang: "vi",
      readWorkbook: (bytes, file) => {
        if (file === "tieu-chi.xlsx") stopping.cancelImport();
        return read(bytes, file);
      },
    });
    await stopping.importFiles(disk.sources("tieu-chi.xlsx", "luat-gia.xlsx"));
    expect(stopping.getState().files.map((f) => [f.name, f.status])).toEqual([
      ["tieu-chi.xlsx", "read"],
      ["luat-gia.xlsx", "cancelled"],
    ]);
    await stopping.importFiles(disk.sources("danh-sach.xlsx", "luat-gia.xlsx"));
    expect(stopping.getState().files.map((f) => f.name)).toEqual(["tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx"]);
    expect(outcomeOf(stopping)).toEqual(importSummary(importBlock({ workbooks: [criteria, rosterFile, luatGia] })));
  });
});

describe("BlockSession: files set aside for the meeting", () => {
  test("a tally, a template and our own result are named as such in the list and read as no scoresheet", async () => {
    const tally: WorkbookInput = {
      file: "kiem-phieu.xlsx",
      grids: [makeGrid("kiem-phieu.xlsx", "Phiếu", [["Đơn vị bỏ phiếu", "Hội Luật gia tỉnh"], ["Hội Nhà báo tỉnh", "Đồng ý"]])],
    };
    const template: WorkbookInput = { file: "mau.xlsx", grids: [makeGrid("mau.xlsx", "Biên bản", [["Ngày {{ngay}}"]])] };
    const ours: WorkbookInput = { file: "ket-qua.xlsx", grids: [makeGrid("ket-qua.xlsx", "Tổng hợp", [[...HEADERS.vi.tdSummary]])] };
    const disk = new Disk([criteria, rosterFile, luatGia, nhaBao, tally, template, ours]);
    const session = sessionOver(disk);
    await session.importFiles(disk.sources("tieu-chi.xlsx", "kiem-phieu.xlsx", "danh-sach.xlsx", "mau.xlsx", "luat-gia.xlsx", "ket-qua.xlsx", "nha-bao.xlsx"));
    const kinds = Object.fromEntries(session.getState().files.map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({
      "kiem-phieu.xlsx": { kind: "set-aside", as: "tally" },
      "mau.xlsx": { kind: "set-aside", as: "template" },
      "ket-qua.xlsx": { kind: "set-aside", as: "own-result" },
      "luat-gia.xlsx": { kind: "scoresheets", sheets: 1 },
    });
    expect(outcomeOf(session)).toEqual(importSummary(importBlock({ workbooks: [criteria, rosterFile, luatGia, nhaBao] })));
  });
});

describe("BlockSession: the sheets it hands to the sink", () => {
  test("ranking and proposing hand in the import's sheets as they were; a new import, new ones", async () => {
    const disk = new Disk([criteria, rosterFile, luatGia, nhaBao]);
    const sink = new RecordingSink();
    const session = sessionOver(disk, sink);
    await session.importFiles(disk.sources("tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx", "nha-bao.xlsx"));
    await session.computeRanking();
    await session.proposeNominations();
    expect(sink.batches.map((b) => b.map((s) => s.table.name))).toEqual([
      ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues"],
      ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary"],
      ["tdSettings", "tdUnits", "tdCriteria", "tdScores", "tdIssues", "tdSummary", "tdNominations"],
    ]);
    for (const table of ["tdUnits", "tdCriteria", "tdScores"]) {
      expect(sink.table(1, table)).toBe(sink.table(0, table));
      expect(sink.table(2, table)).toBe(sink.table(0, table));
    }
    expect(sink.batches.map((b) => b.filter((s) => s.active).map((s) => s.table.name))).toEqual([["tdIssues"], ["tdSummary"], ["tdNominations"]]);

    // The language changes every sheet; so does a new import.
    session.updateSettings({ lang: "en" });
    await session.computeRanking();
    expect(sink.table(3, "tdScores")).not.toBe(sink.table(0, "tdScores"));
    expect(sink.table(3, "tdScores")?.name).toBe("Scores");
    await session.importFiles(disk.sources("nha-bao.xlsx"));
    expect(sink.table(4, "tdScores")).not.toBe(sink.table(3, "tdScores"));
  });
});

describe("BlockSession: one action at a time", () => {
  test("while the ranking is being written, an import or another click waits its turn (is refused), then works", async () => {
    const disk = new Disk([criteria, rosterFile, luatGia, nhaBao]);
    let release: () => void = () => undefined;
    let slow = false;
    // The ranking is painted before its sheets are written (a macrotask between them): the test releases the write once it has begun.
    let writing: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => (writing = resolve));
    const sink: WorkbookSink = {
      writeSheets: () => {
        if (!slow) return Promise.resolve();
        writing();
        return new Promise<void>((resolve) => (release = resolve));
      },
    };
    const session = sessionOver(disk, sink);
    await session.importFiles(disk.sources("tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx"));
    slow = true;
    const ranking = session.computeRanking();
    expect(session.getState().busy).toBe("rank");
    await session.importFiles(disk.sources("nha-bao.xlsx"));
    await session.proposeNominations();
    expect(session.getState().files.map((f) => f.name)).toEqual(["tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx"]);
    expect(session.getState().proposals).toBeNull();
    await begun;
    expect(session.getState().busy).toBe("rank");
    release();
    await ranking;
    slow = false;
    expect(session.getState().busy).toBeNull();
    await session.importFiles(disk.sources("nha-bao.xlsx"));
    expect(session.getState().files.map((f) => f.name)).toContain("nha-bao.xlsx");
  });
});

describe("BlockSession: the workbook open in Excel", () => {
  // The leader's officer has pasted the members' scoresheets into the workbook itself; the criteria table and the roster are files.
  const file = "Khoi 2026.xlsx";
  const sheets = [scoresheet(file, "Luật gia", "Nhà báo", [9, 12]), scoresheet(file, "Nhà báo", "Luật gia", [10, 7])];

  test("its own sheets are read as one more file; an issue at one of its cells links there and the pane goes to it", async () => {
    const selected: [string, string][] = [];
    const sink = new RecordingSink();
    const disk = new Disk([criteria, rosterFile]);
    const session = new BlockSession({
      sink,
      readWorkbook: disk.readWorkbook,
      lang: "vi",
      thisWorkbook: { file, readSheets: () => Promise.resolve(sheets) },
      selectCell: (sheet, cell) => void selected.push([sheet, cell]),
    });
    expect(session.canReadThisWorkbook).toBe(true);
    const source = session.thisWorkbookSource()!;
    expect(session.alreadyImported([source.name])).toEqual([]);
    await session.importFiles([...disk.sources("tieu-chi.xlsx", "danh-sach.xlsx"), source]);
    expect(outcomeOf(session)).toEqual(importSummary(importBlock({ workbooks: [criteria, rosterFile, { file, grids: sheets }] })));
    expect(outcomeOf(session)).toMatchObject({ sheets: [["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", null, true], ["Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", 17, false]] });
    expect(session.alreadyImported([source.name])).toEqual([file]);

    const above = session.allIssues().find((i) => i.code === "SCORE_ABOVE_MAX")!;
    expect(above).toMatchObject({ file, sheet: "Nhà báo", cell: "D6" });
    expect(session.isInThisWorkbook(above)).toBe(true);
    session.showSource(above);
    expect(selected).toEqual([["Nhà báo", "D6"]]);

    const issues = sink.batches.at(-1)!.find((s) => s.table.name === "tdIssues")!;
    const index = session.allIssues().indexOf(above);
    expect(issues.table.rows[index]?.[8]).toEqual({ text: "D6", sheet: "Nhà báo", cell: "D6", userSheet: true });

    // A file dropped under the open workbook's name replaces it in the block: its cells are not this workbook's.
    disk.files.set(file, { file, grids: sheets });
    await session.importFiles(disk.sources(file));
    const fromFile = session.allIssues().find((i) => i.code === "SCORE_ABOVE_MAX")!;
    expect(fromFile.file).toBe(file);
    expect(session.isInThisWorkbook(fromFile)).toBe(false);
    const rewritten = sink.batches.at(-1)!.find((s) => s.table.name === "tdIssues")!;
    expect(rewritten.table.rows[session.allIssues().indexOf(fromFile)]?.[8]).toEqual({ text: "D6", sheet: "Điểm chấm", cell: expect.any(String) });
  });

  test("a selection Excel refuses (the officer deleted the sheet) is said, not lost", async () => {
    const disk = new Disk([criteria, rosterFile]);
    const session = new BlockSession({
      sink: new RecordingSink(),
      readWorkbook: disk.readWorkbook,
      lang: "vi",
      thisWorkbook: { file, readSheets: () => Promise.resolve(sheets) },
      selectRow: () => Promise.reject(new Error("ItemNotFound: Kiểm tra")),
      selectCell: () => Promise.reject(new Error("ItemNotFound: Nhà báo")),
    });
    await session.importFiles([...disk.sources("tieu-chi.xlsx", "danh-sach.xlsx"), session.thisWorkbookSource()!]);
    const above = session.allIssues().find((i) => i.code === "SCORE_ABOVE_MAX")!;
    session.showSource(above);
    await Promise.resolve();
    expect(session.getState().failure).toMatch(/Nhà báo/);
    session.selectIssue(0);
    await Promise.resolve();
    expect(session.getState().failure).toMatch(/Kiểm tra/);
  });

  test("outside Excel there is no open workbook to read, and an issue of a file has no source cell to go to", async () => {
    const disk = new Disk([criteria, rosterFile, { file: "luat-gia.xlsx", grids: [scoresheet("luat-gia.xlsx", "Luật gia", "Nhà báo", [9, 12])] }, nhaBao]);
    const session = sessionOver(disk);
    expect(session.canReadThisWorkbook).toBe(false);
    expect(session.thisWorkbookSource()).toBeNull();
    await session.importFiles(disk.sources("tieu-chi.xlsx", "danh-sach.xlsx", "luat-gia.xlsx", "nha-bao.xlsx"));
    const above = session.allIssues().find((i) => i.code === "SCORE_ABOVE_MAX")!;
    expect(session.isInThisWorkbook(above)).toBe(false);
  });
});
