/**
 * Issue 17 through the command line (SPEC §5.1, §7): the vote cannot be bent.
 * Padding a tally with names that are no unit changes no verdict; who votes
 * is the meeting's to say; a blank tally is no vote; a file that holds no
 * tally costs only itself; the units present are checked; marks are matched
 * whole and a formula nobody computed is said to be one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { rankJson as rankJsonIn, scratchFolder } from "../support/cli";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import type { IssueJson } from "../../src/core/report/result-json";
import { realisticBlock11, writeTally, type BlockTruth, type TallyVoter, type VoteMeaning } from "../fixtures/builder";

jest.setTimeout(180_000);

const scratch = scratchFolder("thidua-vote-rules-");

interface NominationJson {
  unit: string;
  award: string;
  votesFor?: number | null;
  voters?: number | null;
  passed?: boolean | null;
}


const rankJson = (...argv: string[]) => rankJsonIn<{ nominations: NominationJson[]; issues: IssueJson[]; units: unknown[] }>(scratch, ...argv);

const codes = (issues: readonly IssueJson[], code: string) => issues.filter((i) => i.code === code);
const verdicts = (ns: readonly NominationJson[]) => ns.map((n) => [n.unit, n.award, n.votesFor ?? null, n.voters ?? null, n.passed ?? null]);

/** The paragraphs and cells of a .docx as text. */
function docxText(file: string): string {
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("the vote cannot be bent (issue 17)", () => {
  let truth: BlockTruth;
  let nominations: NominationJson[];
  beforeAll(async () => {
    truth = await realisticBlock11(path.join(scratch, "block"));
    nominations = (await rankJson(truth.dir)).json.nominations;
    expect(nominations.length).toBeGreaterThanOrEqual(4);
  });

  const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
  const proposals = () => nominations.map((n) => ({ written: `${n.unit} – ${awardName(n.award)}`, unit: n.unit, award: n.award }));

  /** Ten of the eleven units vote: the fourth proposal gets 4 of 10 and fails, the others pass 10/10. */
  function tenUnits(): TallyVoter[] {
    return truth.units.slice(0, 10).map((u, v) => ({ written: u.name, voter: u.name, votes: proposals().map((_, p): VoteMeaning => (p === 3 ? (v < 4 ? "for" : "against") : "for")) }));
  }
  /** Rows named *Đại biểu 1…n*, all agreeing: no unit's. */
  const padding = (n: number): TallyVoter[] =>
    Array.from({ length: n }, (_, i) => ({ written: `Đại biểu ${i + 1}`, voter: null, votes: proposals().map((): VoteMeaning => "for") }));

  async function tally(name: string, voters: TallyVoter[], extra: Partial<Parameters<typeof writeTally>[0]> = {}) {
    const written = await writeTally({
      fileName: name,
      sheetName: "Kết quả bỏ phiếu",
      orientation: "voters-in-rows",
      voterLabel: "Đơn vị bỏ phiếu",
      proposals: proposals(),
      voters,
      votersAreUnits: true,
      ...extra,
    });
    const file = path.join(scratch, name);
    writeFileSync(file, written.buffer);
    return { file, truth: written };
  }

  function meetingFile(name: string, json: unknown): string {
    const file = path.join(scratch, name);
    writeFileSync(file, JSON.stringify(json));
    return file;
  }

  test("padding flips nothing: 11 rows named Đại biểu are VOTER_UNKNOWN at their cells, the fourth proposal still fails 4/10", async () => {
    const { file, truth: t } = await tally("Dem phieu.xlsx", [...tenUnits(), ...padding(11)]);
    const { json } = await rankJson(truth.dir, "--votes", file);
    const unknown = codes(json.issues, "VOTER_UNKNOWN");
    expect(unknown.map((i) => i.cell)).toEqual(t.issues.filter((i) => i.code === "VOTER_UNKNOWN").map((i) => i.cell));
    expect(unknown).toHaveLength(11);
    expect(unknown.every((i) => i.severity === "error" && i.file === "Dem phieu.xlsx" && i.sheet === "Kết quả bỏ phiếu")).toBe(true);
    expect(verdicts(json.nominations)).toEqual(nominations.map((n, p) => [n.unit, n.award, p === 3 ? 4 : 10, 10, p !== 3]));
  });

  test("voters: delegates with delegates: 10 in --meeting: the rows past the tenth are VOTER_EXTRA, the verdicts stay", async () => {
    const { file, truth: t } = await tally("Dai bieu.xlsx", [...tenUnits(), ...padding(11)], { voterLabel: "Đại biểu", votersAreUnits: false });
    const meeting = meetingFile("hop.json", { voters: "delegates", delegates: 10 });
    const { json } = await rankJson(truth.dir, "--votes", file, "--meeting", meeting);
    expect(codes(json.issues, "VOTER_UNKNOWN")).toEqual([]);
    const extra = codes(json.issues, "VOTER_EXTRA");
    expect(extra).toHaveLength(11);
    // The padding rows' voter cells (B12…B22), in order: the eleventh row of votes on.
    expect(extra.map((i) => i.cell)).toEqual(Array.from({ length: 11 }, (_, i) => `B${12 + i}`));
    expect(t.votes.length).toBe(nominations.length);
    expect(extra.every((i) => i.severity === "error" && i.file === "Dai bieu.xlsx")).toBe(true);
    expect(extra[0]?.message).toMatch(/Đại biểu 1”.*\(10\)/);
    expect(verdicts(json.nominations)).toEqual(nominations.map((n, p) => [n.unit, n.award, p === 3 ? 4 : 10, 10, p !== 3]));
  });

  test("a tally of made-up names with voters left as units: every row VOTER_UNKNOWN, no vote recorded, every proposal stands", async () => {
    const { file } = await tally("Bia.xlsx", padding(300));
    const { json } = await rankJson(truth.dir, "--votes", file);
    expect(codes(json.issues, "VOTER_UNKNOWN")).toHaveLength(300);
    expect(codes(json.issues, "VOTE_NOT_CAST").map((i) => i.cell)).toHaveLength(nominations.length);
    expect(verdicts(json.nominations)).toEqual(nominations.map((n) => [n.unit, n.award, null, null, null]));
  });

  test("a tally not filled yet: VOTE_NOT_CAST at each proposal's header, no VOTE_BLANK, the proposals and the documents keep every unit", async () => {
    const blank = truth.units.map((u) => ({ written: u.name, voter: u.name, votes: proposals().map((): VoteMeaning => "blank") }));
    const { file } = await tally("Trong.xlsx", blank);
    const dir = path.join(scratch, "ho-so-trong");
    const { json } = await rankJson(truth.dir, "--votes", file, "--documents", dir);
    const notCast = codes(json.issues, "VOTE_NOT_CAST");
    expect(notCast.map((i) => [i.severity, i.file, i.cell])).toEqual(nominations.map((_, p) => ["warning", "Trong.xlsx", `${String.fromCharCode(67 + p)}1`]));
    expect(notCast[0]?.message).toMatch(new RegExp(`trong ${truth.units.length} dòng được tính`));
    expect(codes(json.issues, "VOTE_BLANK")).toEqual([]);
    expect(verdicts(json.nominations)).toEqual(nominations.map((n) => [n.unit, n.award, null, null, null]));
    const list = docxText(path.join(dir, "danh-sach-de-nghi.docx"));
    for (const n of nominations) expect(list).toContain(n.unit);
  });

  test("one proposal marked, the others blank: only the blank ones are VOTE_NOT_CAST; the marked one is counted over every voter", async () => {
    const voters = truth.units.map((u, v) => ({ written: u.name, voter: u.name, votes: proposals().map((_, p): VoteMeaning => (p === 0 ? (v < 3 ? "for" : v === 3 ? "blank" : "against") : "blank")) }));
    const { file } = await tally("Mot de nghi.xlsx", voters);
    const { json } = await rankJson(truth.dir, "--votes", file);
    expect(codes(json.issues, "VOTE_NOT_CAST")).toHaveLength(nominations.length - 1);
    expect(codes(json.issues, "VOTE_BLANK").map((i) => i.cell)).toEqual(["C5"]);
    expect(verdicts(json.nominations)[0]).toEqual([nominations[0]!.unit, nominations[0]!.award, 3, truth.units.length, false]);
  });

  test("a member's scoresheet given as --votes: VOTE_TALLY_UNRECOGNIZED naming its header, exit 0, ranking, JSON and documents all made", async () => {
    const sheet = truth.scoresheetFiles.find((f) => f.endsWith(".xlsx"))!;
    const dir = path.join(scratch, "ho-so-phieu");
    const { json, out } = await rankJson(truth.dir, "--votes", path.join(truth.dir, sheet), "--documents", dir);
    const issue = codes(json.issues, "VOTE_TALLY_UNRECOGNIZED");
    expect(issue).toHaveLength(1);
    expect(issue[0]).toMatchObject({ severity: "error", file: sheet });
    expect(issue[0]?.message).toMatch(/đã đọc dòng tiêu đề: .+!\d+: /);
    expect(json.units.length).toBe(truth.units.length);
    expect(verdicts(json.nominations)).toEqual(nominations.map((n) => [n.unit, n.award, null, null, null]));
    expect(out).toMatch(/danh-sach-de-nghi/);
  });

  test("the transposed form with its proposals' column unlabelled is read whatever its corner says", async () => {
    const voters = truth.units.map((u, v) => ({ written: u.name, voter: u.name, votes: proposals().map((_, p): VoteMeaning => ((v + p) % 3 === 0 ? "against" : "for")) }));
    for (const corner of ["", "Tên", "Nội dung xin ý kiến"]) {
      const { file, truth: t } = await tally(`Chuyen vi ${corner.length}.xlsx`, voters, { orientation: "voters-in-columns", proposalLabel: corner });
      const { json } = await rankJson(truth.dir, "--votes", file);
      expect(codes(json.issues, "VOTE_TALLY_UNRECOGNIZED")).toEqual([]);
      expect(json.nominations.map((n) => [n.unit, n.votesFor, n.voters])).toEqual(t.votes.map((v) => [v.unit, v.votesFor, v.voters]));
    }
  });

  test("units present: a repeat, a stranger and a formula-looking name are MEETING_PRESENT_UNKNOWN; the minutes count 1 of 11", async () => {
    const first = truth.units[0]!.name;
    const plain = first.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    const meeting = meetingFile("co-mat.json", { date: "2026-12-29", present: [first, plain, "Hội Không Tồn Tại tỉnh", '=HYPERLINK("http://x","Hội")'] });
    const dir = path.join(scratch, "ho-so-co-mat");
    const { json } = await rankJson(truth.dir, "--meeting", meeting, "--documents", dir);
    const unknown = codes(json.issues, "MEETING_PRESENT_UNKNOWN");
    expect(unknown.map((i) => [i.severity, i.file])).toEqual([
      ["error", "co-mat.json"],
      ["error", "co-mat.json"],
      ["error", "co-mat.json"],
    ]);
    expect(unknown[0]?.message).toMatch(new RegExp(`nhắc lại đơn vị ${first}`));
    expect(unknown[1]?.message).toMatch(/Hội Không Tồn Tại tỉnh.*không khớp đơn vị nào/);
    const minutes = docxText(path.join(dir, "bien-ban-hop-binh-xet.docx"));
    expect(minutes).toContain(`Đơn vị dự họp: 1/${truth.units.length} đơn vị thành viên của Khối: ${first}.`);
    expect(minutes).not.toContain("HYPERLINK");
  });

  test("with a tally and no list present, the units present are the tally's valid voters", async () => {
    const { file } = await tally("Co mat theo phieu.xlsx", [...tenUnits(), ...padding(2)]);
    const dir = path.join(scratch, "ho-so-theo-phieu");
    await rankJson(truth.dir, "--votes", file, "--documents", dir);
    const minutes = docxText(path.join(dir, "bien-ban-hop-binh-xet.docx"));
    expect(minutes).toContain(`Đơn vị dự họp: 10/${truth.units.length} đơn vị`);
    expect(minutes).toContain(`Đơn vị vắng mặt: ${truth.units[10]!.name}.`);
  });

  test("marks matched whole, and a formula nobody computed is said to be one, not a blank", async () => {
    const voters = truth.units.map((u) => ({ written: u.name, voter: u.name, votes: proposals().map((): VoteMeaning => "for") }));
    voters[0] = { ...voters[0]!, votes: voters[0]!.votes.map((m, p) => (p === 0 ? { bad: "Đồng ý?" } : p === 1 ? { bad: "Đồng ý (có ý kiến)" } : m)) };
    const { file } = await tally("Dau.xlsx", voters);
    // The third proposal's cell of the second voter: a formula saved without its result.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.getWorksheet("Kết quả bỏ phiếu")!.getCell("E3").value = { formula: 'IF(1=1,"Đồng ý","")' } as ExcelJS.CellFormulaValue;
    await book.xlsx.writeFile(file);
    const { json } = await rankJson(truth.dir, "--votes", file);
    const bad = codes(json.issues, "VOTE_MARK_UNKNOWN");
    expect(bad.map((i) => i.cell)).toEqual(["C2", "D2", "E3"]);
    expect(bad[0]?.message).toMatch(/“Đồng ý\?”/);
    expect(bad[2]?.message).toMatch(/công thức chưa được tính/);
    expect(codes(json.issues, "VOTE_BLANK")).toEqual([]);
    const n = truth.units.length;
    expect(json.nominations.slice(0, 3).map((x) => [x.votesFor, x.voters])).toEqual([
      [n - 1, n],
      [n - 1, n],
      [n - 1, n],
    ]);
  });
});
