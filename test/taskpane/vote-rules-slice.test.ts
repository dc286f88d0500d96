/**
 * Issue 17 in the pane's session over the sample block (SPEC §5.1, §7):
 * padding an imported tally changes no verdict and the count says how many
 * rows it took; who votes and how many delegates are Cài đặt's and come back
 * on reopening; a tally not filled yet is no vote; a tally file that holds
 * none is reported and the rest goes on; the units present are roster units.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import { BlockSession, type FileBytes } from "../../src/taskpane/session/block-session";
import { currentVote } from "../../src/taskpane/session/session-state";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeTally, type TallyVoter, type VoteMeaning } from "../fixtures/builder";

jest.setTimeout(90_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const fileOf = (name: string, bytes: Uint8Array): FileBytes => ({ name, read: () => Promise.resolve(new Uint8Array(bytes).buffer) });
const sampleFiles = () => readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx")).map((name) => fileOf(name, readFileSync(path.join(SAMPLE, name))));

async function proposedSession(workbook = new MemoryWorkbook()) {
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi", keptSettings: workbook, keptTally: workbook });
  await session.importFiles(sampleFiles());
  await session.computeRanking();
  await session.proposeNominations();
  return { session, workbook };
}

const units = (session: BlockSession) => {
  const outcome = session.getState().outcome;
  return outcome?.ok ? outcome.result.units.map((u) => u.name) : [];
};
const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
const proposalsOf = (session: BlockSession) =>
  session.getState().proposals!.nominations.map((n) => ({ written: `${n.unit} – ${awardName(n.award)}`, unit: n.unit as string | null, award: n.award as string | null }));

/** Ten units vote; the last proposal gets 4 of 10 and fails, the others 10 of 10. */
function tenUnits(session: BlockSession): TallyVoter[] {
  const proposals = proposalsOf(session);
  return units(session)
    .slice(0, 10)
    .map((u, v) => ({ written: u, voter: u, votes: proposals.map((_, p): VoteMeaning => (p === proposals.length - 1 ? (v < 4 ? "for" : "against") : "for")) }));
}
const padding = (session: BlockSession, n: number): TallyVoter[] =>
  Array.from({ length: n }, (_, i) => ({ written: `Đại biểu ${i + 1}`, voter: null, votes: proposalsOf(session).map((): VoteMeaning => "for") }));

async function importTally(session: BlockSession, name: string, bytes: Buffer) {
  await session.importFiles([fileOf(name, bytes)]);
  await session.computeRanking();
  await session.proposeNominations();
}

const verdicts = (session: BlockSession) => session.getState().vote!.votes.map((v) => [v.unit, v.votesFor, v.voters, v.passed]);
const expected = (session: BlockSession) => {
  const ns = session.getState().proposals!.nominations;
  return ns.map((n, p) => [n.unit, p === ns.length - 1 ? 4 : 10, 10, p !== ns.length - 1]);
};

describe("the vote cannot be bent, in the pane (issue 17)", () => {
  test("an imported tally padded with 11 rows named Đại biểu: each VOTER_UNKNOWN at its cell, 10 of 21 rows counted, the last proposal still fails", async () => {
    const { session } = await proposedSession();
    const tally = await writeTally({
      fileName: "Kiem phieu.xlsx",
      sheetName: "Kiểm phiếu",
      orientation: "voters-in-rows",
      voterLabel: "Đơn vị bỏ phiếu",
      proposals: proposalsOf(session),
      voters: [...tenUnits(session), ...padding(session, 11)],
      votersAreUnits: true,
    });
    await importTally(session, "Kiem phieu.xlsx", tally.buffer);
    await session.countVotes();
    const vote = session.getState().vote!;
    expect(session.getState().failure).toBeNull();
    expect(vote.voters).toHaveLength(10);
    expect(vote.rows).toBe(21);
    const unknown = vote.issues.filter((i) => i.code === "VOTER_UNKNOWN");
    expect(unknown.map((i) => [i.file, i.sheet, i.cell])).toEqual(tally.issues.filter((i) => i.code === "VOTER_UNKNOWN").map((i) => [i.file, i.sheet, i.cell]));
    expect(unknown).toHaveLength(11);
    expect(verdicts(session)).toEqual(expected(session));
  });

  test("Cài đặt says delegates, 10 of them: rows past the tenth are VOTER_EXTRA; the setting is kept in Cài đặt and comes back on reopening", async () => {
    const { session, workbook } = await proposedSession();
    session.updateSettings({ voters: "delegates", delegates: 10 });
    const tally = await writeTally({
      fileName: "Dai bieu.xlsx",
      sheetName: "Kiểm phiếu",
      orientation: "voters-in-rows",
      voterLabel: "Đại biểu",
      proposals: proposalsOf(session),
      voters: [...tenUnits(session), ...padding(session, 11)],
      votersAreUnits: false,
    });
    await importTally(session, "Dai bieu.xlsx", tally.buffer);
    await session.countVotes();
    const vote = session.getState().vote!;
    expect(vote.issues.filter((i) => i.code === "VOTER_UNKNOWN")).toEqual([]);
    expect(vote.issues.filter((i) => i.code === "VOTER_EXTRA").map((i) => i.cell)).toEqual(Array.from({ length: 11 }, (_, i) => `B${12 + i}`));
    expect(verdicts(session)).toEqual(expected(session));

    const rows = workbook.getSheets().find((s) => s.table.name === "tdSettings")!.table.rows;
    expect(rows).toContainEqual(["Người bỏ phiếu", "các đại biểu"]);
    expect(rows).toContainEqual(["Số đại biểu dự họp", 10]);
    const reopened = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi", keptSettings: workbook, keptTally: workbook });
    await reopened.restoreKept();
    expect(reopened.getState().settings).toMatchObject({ voters: "delegates", delegates: 10 });

    // Back to units: the count made with delegates no longer holds.
    session.updateSettings({ voters: "units" });
    expect(currentVote(session.getState())).toBeNull();
  });

  test("Kiểm phiếu on a tally not filled yet: VOTE_NOT_CAST for each proposal, no Không đạt, and the documents list every proposal", async () => {
    const { session, workbook } = await proposedSession();
    await session.makeBallot();
    await session.countVotes();
    const vote = session.getState().vote!;
    const nominations = session.getState().proposals!.nominations;
    expect(vote.votes).toEqual([]);
    const notCast = vote.issues.filter((i) => i.code === "VOTE_NOT_CAST");
    expect(notCast.map((i) => [i.severity, i.sheet])).toEqual(nominations.map(() => ["warning", "Kết quả bỏ phiếu"]));
    expect(vote.issues.filter((i) => i.code === "VOTE_BLANK")).toEqual([]);
    const proposalsSheet = session.getState().sheets.find((s) => s.table.name === "tdNominations")!;
    expect(proposalsSheet.table.rows.map((r) => r[7])).not.toContain("Không đạt");
    await session.makeDocuments();
    const listed = workbook.getPages().find((p) => p.name === "Danh sách đề nghị")!.cells.map((c) => c.value);
    for (const n of nominations) expect(listed).toContain(n.unit);
  });

  test("an imported tally whose columns name no proposal is VOTE_TALLY_UNRECOGNIZED, and the proposals stand", async () => {
    const { session } = await proposedSession();
    const proposed = new Set(session.getState().proposals!.nominations.map((n) => n.unit));
    const others = units(session).filter((u) => !proposed.has(u)).slice(0, 3);
    const tally = await writeTally({
      fileName: "Khoi khac.xlsx",
      sheetName: "Kiểm phiếu",
      orientation: "voters-in-rows",
      voterLabel: "Đơn vị bỏ phiếu",
      proposals: others.map((u) => ({ written: u, unit: null, award: null })),
      voters: units(session).map((u) => ({ written: u, voter: u, votes: others.map((): VoteMeaning => "for") })),
      votersAreUnits: true,
    });
    await importTally(session, "Khoi khac.xlsx", tally.buffer);
    await session.countVotes();
    const vote = session.getState().vote!;
    const issue = vote.issues.find((i) => i.code === "VOTE_TALLY_UNRECOGNIZED");
    expect(issue).toMatchObject({ severity: "error", file: "Khoi khac.xlsx", sheet: "Kiểm phiếu" });
    expect(String(issue?.params.rows)).toMatch(/^Kiểm phiếu!1: STT \| Đơn vị bỏ phiếu/);
    expect(vote.votes).toEqual([]);
    expect(vote.nominations.map((n) => n.unit)).toEqual(session.getState().proposals!.nominations.map((n) => n.unit));
  });

  test("units present: strangers and repeats kept in Cài đặt are not counted present; with none ticked, those present are the tally's voters", async () => {
    const { session, workbook } = await proposedSession();
    const all = units(session);
    session.updateMeeting({ present: [all[0]!, all[0]!.toUpperCase(), "Hội Không Tồn Tại tỉnh"] });
    await session.makeDocuments();
    const issues = session.getState().documents!.issues.filter((i) => i.code === "MEETING_PRESENT_UNKNOWN");
    expect(issues.map((i) => i.params.name)).toEqual([all[0]!.toUpperCase(), "Hội Không Tồn Tại tỉnh"]);
    const minutes = () => workbook.getPages().find((p) => p.name === "Biên bản")!.cells.map((c) => String(c.value ?? ""));
    expect(minutes()).toContainEqual(expect.stringContaining(`Đơn vị dự họp: 1/${all.length} đơn vị`));

    // No list ticked, a tally of ten units counted: ten present.
    const fresh = await proposedSession();
    const tally = await writeTally({
      fileName: "Muoi.xlsx",
      sheetName: "Kiểm phiếu",
      orientation: "voters-in-rows",
      voterLabel: "Đơn vị bỏ phiếu",
      proposals: proposalsOf(fresh.session),
      voters: tenUnits(fresh.session),
      votersAreUnits: true,
    });
    await importTally(fresh.session, "Muoi.xlsx", tally.buffer);
    await fresh.session.countVotes();
    await fresh.session.makeDocuments();
    const page = fresh.workbook.getPages().find((p) => p.name === "Biên bản")!.cells.map((c) => String(c.value ?? ""));
    expect(page).toContainEqual(expect.stringContaining(`Đơn vị dự họp: 10/${all.length} đơn vị`));
  });
});
