/**
 * Step 4's vote in the pane's session over the sample block's real files,
 * with the preview's workbook as the sink: the tally and the ballot made,
 * marks typed in the preview's table and counted, marks kept when the
 * ballot is made again, a tally .xlsx imported (and the question before it
 * replaces marks typed), the threshold and rule kept in Cài đặt.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import { BlockSession, type FileBytes } from "../../src/taskpane/session/block-session";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeTally, type VoteMeaning } from "../fixtures/builder";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");

const fileOf = (name: string, bytes: Uint8Array): FileBytes => ({ name, read: () => Promise.resolve(new Uint8Array(bytes).buffer) });
const sampleFiles = () => readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx")).map((name) => fileOf(name, readFileSync(path.join(SAMPLE, name))));

async function proposedSession(workbook = new MemoryWorkbook(), lang: "vi" | "en" = "vi") {
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang, keptSettings: workbook, keptTally: workbook });
  await session.importFiles(sampleFiles());
  await session.computeRanking();
  await session.proposeNominations();
  return { session, workbook };
}

function units(session: BlockSession): string[] {
  const outcome = session.getState().outcome;
  return outcome?.ok ? outcome.result.units.map((u) => u.name) : [];
}

/** A tally file the way another officer makes it, for the session's proposals; its truth is the builder's. */
async function tallyFor(session: BlockSession, name: string, pattern: (voter: number, proposal: number) => VoteMeaning) {
  const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
  const proposals = session.getState().proposals!.nominations.map((n) => ({ written: `${n.unit} – ${awardName(n.award)}`, unit: n.unit, award: n.award }));
  const voters = units(session).map((u, v) => ({ written: u, voter: u, votes: proposals.map((_, p) => pattern(v, p)) }));
  return writeTally({ fileName: name, sheetName: "Kiểm phiếu", orientation: "voters-in-rows", voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true });
}

/** Imports the tally, which makes the ranking and the proposals stale: they are made again, as the officer would. */
async function importTally(session: BlockSession, name: string, bytes: Buffer) {
  await session.importFiles([fileOf(name, bytes)]);
  await session.computeRanking();
  await session.proposeNominations();
}

const marksOf = (session: BlockSession) => session.getState().tally!.table.rows.map((row) => row.slice(1));

describe("the vote in the pane", () => {
  test("Tạo phiếu bầu writes the tally (a row per unit, a column per proposal) and the ballot; marks typed in the preview are counted into Đề nghị and the documents", async () => {
    const { session, workbook } = await proposedSession();
    const nominations = session.getState().proposals!.nominations;
    expect(nominations.length).toBeGreaterThan(2);
    await session.makeBallot();
    const tally = workbook.getSheets().find((s) => s.table.name === "tdVotes")!;
    expect(tally.name).toBe("Kết quả bỏ phiếu");
    expect(tally.table.rows.map((r) => r[0])).toEqual(units(session));
    expect(tally.table.columns.slice(1).map((c) => c.header)).toEqual(nominations.map((n) => `${n.unit} – ${n.awardName}`));
    expect(workbook.getPages().map((p) => [p.name, p.role])).toEqual([["Phiếu bầu", "ballot"]]);

    // Seven of eleven agree to the first proposal; the second gets four, one blank and a mark that is none.
    const voters = units(session).length;
    for (let v = 0; v < voters; v++) {
      await session.setMark(v, 1, v < 7 ? "Đồng ý" : "Không đồng ý");
      if (v !== 5) await session.setMark(v, 2, v === 6 ? "Đạt" : v < 4 ? "x" : "0");
      for (let p = 3; p <= nominations.length; p++) await session.setMark(v, p, "Đồng ý");
    }
    await session.countVotes();
    const state = session.getState();
    expect(state.failure).toBeNull();
    expect(state.vote?.files).toEqual([]);
    expect(state.vote?.votes.slice(0, 2).map((v) => [v.unit, v.votesFor, v.voters, v.passed])).toEqual([
      [nominations[0]!.unit, 7, voters, true],
      [nominations[1]!.unit, 4, voters, false],
    ]);
    const issues = state.vote!.issues.filter((i) => i.code.startsWith("VOTE"));
    // The tally's data starts under two title lines, a blank row and the header: row 5.
    expect(issues.map((i) => [i.code, i.file, i.sheet, i.cell])).toEqual([
      ["VOTE_BLANK", "thi-dua-ket-qua.xlsx", "Kết quả bỏ phiếu", "C10"],
      ["VOTE_MARK_UNKNOWN", "thi-dua-ket-qua.xlsx", "Kết quả bỏ phiếu", "C11"],
    ]);
    expect(issues.every((i) => session.isInTally(i))).toBe(true);
    session.showInTally(issues[1]!);
    expect(session.getState().focus).toEqual({ table: "tdVotes", row: 6 });

    const proposalsSheet = state.sheets.find((s) => s.table.name === "tdNominations")!;
    expect(proposalsSheet.table.rows.slice(0, 2).map((r) => r.slice(5, 8))).toEqual([
      [7, 7 / voters, "Đạt"],
      [4, 4 / voters, "Không đạt"],
    ]);
    // Kiểm tra lists the vote's checks with the rest.
    expect(state.sheets.find((s) => s.table.name === "tdIssues")!.table.rows.some((r) => r[1] === "VOTE_MARK_UNKNOWN")).toBe(true);

    await session.makeDocuments();
    expect(session.getState().documents?.issues.map((i) => i.params.field)).not.toContain("dong.so_phieu");
    const list = workbook.getPages().find((p) => p.name === "Danh sách đề nghị")!;
    const listed = list.cells.map((c) => c.value);
    expect(listed).toContain(nominations[0]!.unit);
    // The documents list only the proposals that passed.
    expect(listed).not.toContain(nominations[1]!.unit);
  });

  test("the tally filled in one action, then a proposal's column and a voter's row, then one exception: one write each, counted as SPEC §5.1 says (issue 22)", async () => {
    const { session, workbook } = await proposedSession();
    const nominations = session.getState().proposals!.nominations;
    await session.makeBallot();
    const voters = units(session).length;
    const cells = (value: string | null, rows: readonly number[], columns: readonly number[]) => rows.flatMap((row) => columns.map((column) => ({ row, column, value })));
    const every = Array.from({ length: nominations.length }, (_, p) => p + 1);
    const all = Array.from({ length: voters }, (_, v) => v);
    const writes = jest.spyOn(workbook, "writeSheets");
    await session.setMarks(cells("Đồng ý", all, every));
    expect(marksOf(session).every((row) => row.every((m) => m === "Đồng ý"))).toBe(true);
    // The second proposal: everyone disagrees; the third voter disagrees with every proposal; then the first voter agrees to the second after all.
    await session.setMarks(cells("Không đồng ý", all, [2]));
    await session.setMarks(cells("Không đồng ý", [2], every));
    await session.setMark(0, 2, "Đồng ý");
    expect(writes).toHaveBeenCalledTimes(4);
    // Cells outside the proposals (the voters' column, past the last row) are left alone.
    await session.setMarks([{ row: 0, column: 0, value: "Đồng ý" }, { row: voters, column: 1, value: "Đồng ý" }]);
    expect(writes).toHaveBeenCalledTimes(4);
    expect(session.getState().tally!.table.rows.map((r) => r[0])).toEqual(units(session));

    await session.countVotes();
    const votes = session.getState().vote!.votes;
    expect(votes.map((v) => [v.unit, v.votesFor, v.voters])).toEqual(
      nominations.map((n, p) => [n.unit, p === 1 ? 1 : voters - 1, voters]),
    );
    expect(votes.map((v) => v.passed)).toEqual(nominations.map((_, p) => p !== 1));
  });

  test("the session's block name and year title the ballot and the tally", async () => {
    const { session, workbook } = await proposedSession();
    session.updateMeeting({ block: "Khối các Hội đặc thù", year: 2026 });
    await session.makeBallot();
    const ballot = workbook.getPages().find((p) => p.role === "ballot")!;
    expect(ballot.cells.map((c) => String(c.value))).toContainEqual(expect.stringContaining("KHỐI CÁC HỘI ĐẶC THÙ"));
    expect(JSON.stringify(session.getState().tally)).toContain("Khối các Hội đặc thù");
    expect(JSON.stringify(session.getState().tally)).toContain("2026");
  });

  test("making the ballot again keeps the marks typed, for the units still voting; the units present are the voters", async () => {
    const { session } = await proposedSession();
    await session.makeBallot();
    await session.setMark(0, 1, "Đồng ý");
    await session.setMark(2, 2, "Không đồng ý");
    await session.setMark(3, 1, "x");
    const all = units(session);
    session.updateMeeting({ present: all.filter((_, i) => i !== 3) });
    await session.makeBallot();
    const rows = session.getState().tally!.table.rows;
    expect(rows.map((r) => r[0])).toEqual(all.filter((_, i) => i !== 3));
    expect(rows[0]?.[1]).toBe("Đồng ý");
    expect(rows[2]?.[2]).toBe("Không đồng ý");
    expect(rows.flatMap((r) => r.slice(1)).filter((m) => m !== null)).toHaveLength(2);
    await session.countVotes();
    expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: 1, voters: all.length - 1 });
  });

  test("a tally .xlsx imported is counted at its own cells and its marks go into the tally sheet", async () => {
    const { session } = await proposedSession();
    const count = session.getState().proposals!.nominations.length;
    const tally = await tallyFor(session, "Kiem phieu.xlsx", (v, p) => (p === 0 && v === 1 ? { bad: "Đạt" } : p === 0 && v === 2 ? "blank" : (v + p) % 3 === 0 ? "against" : "for"));
    await importTally(session, "Kiem phieu.xlsx", tally.buffer);
    await session.countVotes();
    const state = session.getState();
    expect(state.tallyToConfirm).toBeNull();
    expect(state.vote?.files).toEqual(["Kiem phieu.xlsx"]);
    expect(state.vote?.votes.map((v) => [v.unit, v.award, v.votesFor, v.voters])).toEqual(tally.votes.map((v) => [v.unit, v.award, v.votesFor, v.voters]));
    const issues = state.vote!.issues.filter((i) => i.code.startsWith("VOTE")).map((i) => ({ severity: i.severity, code: i.code, file: i.file, sheet: i.sheet, cell: i.cell }));
    expect(issues).toEqual(expect.arrayContaining([...tally.issues]));
    expect(issues).toHaveLength(tally.issues.length);
    expect(state.vote!.issues.some((i) => session.isInTally(i))).toBe(false);
    // The sheet now holds the file's marks, as typed there.
    const marks = marksOf(session);
    expect(marks).toHaveLength(units(session).length);
    expect(marks[1]?.[0]).toBe("Đạt");
    expect(marks[2]?.[0]).toBeNull();
    expect(marks.every((row) => row.length === count)).toBe(true);
    // Counted again, the marks come from the sheet and count the same.
    await session.countVotes();
    expect(session.getState().vote?.files).toEqual([]);
    expect(session.getState().vote?.votes.map((v) => v.votesFor)).toEqual(tally.votes.map((v) => v.votesFor));
  });

  test("the whole result workbook downloaded, its tally filled and imported back: the tally is counted, the rest of our result left out", async () => {
    const first = await proposedSession();
    await first.session.makeBallot();
    const voters = units(first.session).length;
    const count = first.session.getState().proposals!.nominations.length;
    for (let v = 0; v < voters; v++) for (let p = 1; p <= count; p++) await first.session.setMark(v, p, p > 1 || v < 8 ? "Đồng ý" : "Không đồng ý");
    const bytes = Buffer.from(await (await first.workbook.toBlob()).arrayBuffer());

    const { session } = await proposedSession();
    await importTally(session, "thi-dua-ket-qua.xlsx", bytes);
    const outcome = session.getState().outcome;
    expect(outcome?.ok ? outcome.result.ownResults : null).toEqual(["thi-dua-ket-qua.xlsx"]);
    await session.countVotes();
    const vote = session.getState().vote!;
    expect(vote.files).toEqual(["thi-dua-ket-qua.xlsx"]);
    expect(vote.votes[0]).toMatchObject({ votesFor: 8, voters });
    // Our Kiểm tra and the other sheets of the result are no tally: no proposal or voter is unknown.
    expect(vote.issues.map((i) => i.code)).not.toEqual(expect.arrayContaining(["VOTE_PROPOSAL_UNKNOWN"]));
    expect(vote.issues.map((i) => i.code)).not.toEqual(expect.arrayContaining(["VOTER_UNKNOWN"]));
  });

  test("an imported tally asks before it replaces marks already typed: no keeps them, yes replaces them", async () => {
    const { session } = await proposedSession();
    await session.makeBallot();
    await session.setMark(0, 1, "Không đồng ý");
    const tally = await tallyFor(session, "Phieu bau.xlsx", () => "for");
    await importTally(session, "Phieu bau.xlsx", tally.buffer);
    await session.countVotes();
    expect(session.getState().tallyToConfirm).toEqual({ files: ["Phieu bau.xlsx"] });
    expect(session.getState().vote).toBeNull();
    expect(session.getState().busy).toBeNull();
    await session.confirmTally(false);
    expect(session.getState().tallyToConfirm).toBeNull();
    expect(session.getState().vote?.files).toEqual([]);
    expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: 0 });
    expect(marksOf(session)[0]?.[0]).toBe("Không đồng ý");
    // Turned down once, the same file is not offered again.
    await session.countVotes();
    expect(session.getState().tallyToConfirm).toBeNull();

    // The file imported again is offered again; yes replaces the marks.
    await importTally(session, "Phieu bau.xlsx", tally.buffer);
    await session.countVotes();
    expect(session.getState().tallyToConfirm).toEqual({ files: ["Phieu bau.xlsx"] });
    await session.confirmTally(true);
    const voters = units(session).length;
    expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: voters, voters, passed: true });
    expect(marksOf(session)[0]?.[0]).not.toBe("Không đồng ý");
  });

  test("without a tally, Kiểm phiếu says so and counts nothing", async () => {
    const { session } = await proposedSession();
    await session.countVotes();
    expect(session.getState().tallyMissing).toBe(true);
    expect(session.getState().vote).toBeNull();
    await session.makeBallot();
    expect(session.getState().tallyMissing).toBe(false);
  });

  test.each(["vi", "en"] as const)("the threshold and the rule (%s) go into Cài đặt and come back exactly when the workbook is reopened; the vote counts with them", async (lang) => {
    const { session, workbook } = await proposedSession(new MemoryWorkbook(), lang);
    session.updateSettings({ voteThreshold: 2 / 3, voteRule: "at-least" });
    await session.makeBallot();
    // Eight of twelve would be 2/3 exactly; here 4 of 6 voters agree on the first proposal.
    session.updateMeeting({ present: units(session).slice(0, 6) });
    await session.makeBallot();
    for (let v = 0; v < 6; v++) await session.setMark(v, 1, v < 4 ? "x" : "0");
    await session.countVotes();
    expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: 4, voters: 6, passed: true });
    const settingsRows = workbook.getSheets().find((s) => s.table.name === "tdSettings")!.table.rows;
    expect(settingsRows.some((r) => r[1] === (lang === "vi" ? "từ 66,7% số phiếu trở lên" : "at least 66.7% of the votes"))).toBe(true);

    const reopened = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi", keptSettings: workbook, keptTally: workbook });
    expect(reopened.getState().settings).toMatchObject({ voteThreshold: 0.5, voteRule: "above" });
    await reopened.restoreKept();
    expect(reopened.getState().settings).toMatchObject({ voteThreshold: 2 / 3, voteRule: "at-least" });

    // A new threshold makes the count stale until the next Kiểm phiếu.
    session.updateSettings({ voteThreshold: 0.7 });
    await session.makeDocuments();
    expect(session.getState().documents?.issues.map((i) => i.params.field)).toContain("dong.so_phieu");
    await session.countVotes();
    expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: 4, passed: false });
  });
});
