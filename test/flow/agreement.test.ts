/**
 * The pane and the command run one flow (src/flow): over the sample block,
 * the command's `--json` and the pane's session agree on every unit, issue
 * and proposal — ranked and proposed; then with the meeting's vote counted
 * from the same tally file; then with the documents made for the same
 * meeting, whose fill issues both put into Kiểm tra.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import { expandInputs } from "../../src/cli/inputs";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import { checkResultJson, rankResultJson } from "../../src/core/report/result-json";
import { BlockSession, type FileBytes } from "../../src/taskpane/session/block-session";
import { currentNominations, currentReasons, currentVote } from "../../src/taskpane/session/session-state";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeTally } from "../fixtures/builder";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-agreement-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fileOf = (file: string): FileBytes => ({ name: path.basename(file), read: () => Promise.resolve(new Uint8Array(readFileSync(file)).buffer) });

/** `thidua rank FILES… ARGS --json` (or `check`), parsed; it must run cleanly. */
async function command(files: readonly string[], ...args: string[]): Promise<unknown> {
  const json = path.join(scratch, `rank-${Math.random().toString(36).slice(2)}.json`);
  let err = "";
  const verb = args[0] === "check" ? "check" : "rank";
  const status = await run([verb, ...files, ...args.filter((a) => a !== "check"), "--json", json], { out: () => undefined, err: (t) => (err += t) });
  expect([status, err]).toEqual([0, ""]);
  return JSON.parse(readFileSync(json, "utf8"));
}

/** The pane's session over the same files, ranked and proposed, as the officer clicks it. */
async function pane(files: readonly string[]) {
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi", keptSettings: workbook, keptTally: workbook });
  await session.importFiles(files.map(fileOf));
  await session.computeRanking();
  await session.proposeNominations();
  return { session, workbook };
}

/** The pane's session as the command's JSON (SPEC §8), and its Kiểm tra sheet's row count. */
function paneJson(session: BlockSession): { json: unknown; checkRows: number } {
  const state = session.getState();
  if (!state.ranking) throw new Error("not ranked");
  const vote = currentVote(state);
  const issues = session.allIssues();
  const checks = state.sheets.find((s) => s.table.name === "tdIssues");
  return {
    json: rankResultJson(state.ranking, issues, currentNominations(state), "vi", vote?.votes, currentReasons(state)),
    checkRows: checks?.table.rows.length ?? -1,
  };
}

let files: string[];
beforeAll(async () => {
  files = await expandInputs([SAMPLE]);
});

test("checked: the same issues, in the same order, as the pane's Kiểm tra", async () => {
  const [cli, { session }] = await Promise.all([command(files, "check"), pane(files)]);
  const outcome = session.getState().outcome;
  if (!outcome?.ok) throw new Error("the sample block did not import");
  expect(outcome.result.issues.length).toBeGreaterThan(0);
  expect(checkResultJson(outcome.result.issues, "vi")).toEqual(cli);
});

test("ranked and proposed: the same units, issues and proposals", async () => {
  const [cli, { session }] = await Promise.all([command(files), pane(files)]);
  const { json, checkRows } = paneJson(session);
  expect((json as { nominations: unknown[] }).nominations.length).toBeGreaterThan(0);
  expect((json as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
  expect(json).toEqual(cli);
  expect(checkRows).toBe((json as { issues: unknown[] }).issues.length);
});

test("with the vote counted from the same tally file: the same votes, kept nominations and issues", async () => {
  const { session } = await pane(files);
  const state = session.getState();
  const units = state.outcome?.ok ? state.outcome.result.units.map((u) => u.name) : [];
  const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
  const proposals = state.proposals!.nominations.map((n) => ({ written: `${n.unit} – ${awardName(n.award)}`, unit: n.unit, award: n.award }));
  // Most for, some against, one blank and a voter out of the roster: the count, the threshold and the vote's checks all show.
  const voters = [
    ...units.map((u, v) => ({ written: u, voter: u, votes: proposals.map((_, p) => (v === 2 && p === 0 ? ("blank" as const) : (v + p) % 4 === 0 ? ("against" as const) : ("for" as const))) })),
    { written: "Hội Không Có Thật", voter: "Hội Không Có Thật", votes: proposals.map(() => "for" as const) },
  ];
  const tally = await writeTally({ fileName: "kiem-phieu.xlsx", sheetName: "Kiểm phiếu", orientation: "voters-in-rows", voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true });
  const tallyFile = path.join(scratch, "kiem-phieu.xlsx");
  writeFileSync(tallyFile, tally.buffer);

  const cli = await command(files, "--votes", tallyFile);
  // The pane imports the tally as one more file, ranks and proposes again, then counts it.
  await session.importFiles([fileOf(tallyFile)]);
  await session.computeRanking();
  await session.proposeNominations();
  await session.countVotes();
  expect(currentVote(session.getState())).not.toBeNull();
  const { json, checkRows } = paneJson(session);
  expect((json as { nominations: { votesFor?: number }[] }).nominations.some((n) => n.votesFor !== undefined)).toBe(true);
  expect(json).toEqual(cli);
  expect(checkRows).toBe((json as { issues: unknown[] }).issues.length);
});

test("with the documents made for the same meeting: their fill issues join Kiểm tra in both", async () => {
  // The block's own templates are filled beside the built-ins in the pane but instead of them by the command (--template): left out here.
  const { session } = await pane(files);
  const outcome = session.getState().outcome;
  if (!outcome?.ok) throw new Error("the sample block did not import");
  const templates = new Set(outcome.result.templates.map((t) => t.file));
  const plain = files.filter((f) => !templates.has(path.basename(f)));
  const units = outcome.result.units.map((u) => u.name);
  // Some details left out on purpose, so the fill has values missing to report.
  const meeting = { date: "2026-11-20", place: "Hội trường Sở Nội vụ", present: units.slice(0, -1) };
  const meetingFile = path.join(scratch, "hop.json");
  writeFileSync(meetingFile, JSON.stringify(meeting));

  const cli = await command(plain, "--meeting", meetingFile, "--documents", path.join(scratch, "ho-so"));
  const { session: documented } = await pane(plain);
  documented.updateMeeting(meeting);
  await documented.makeDocuments();
  const fill = documented.getState().documents?.issues ?? [];
  expect(fill.length).toBeGreaterThan(0);
  const { json, checkRows } = paneJson(documented);
  expect((json as { issues: { code: string }[] }).issues.filter((i) => i.code.startsWith("TEMPLATE_")).length).toBe(fill.length);
  expect(json).toEqual(cli);
  expect(checkRows).toBe((json as { issues: unknown[] }).issues.length);
});
