/** `thidua rank … --votes TALLY.xlsx` (SPEC §8, §5.1): the JSON's nominations carry the vote, its issues join, the report and Đề nghị show it. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { rankJson as rankJsonIn, scratchFolder, thidua } from "../support/cli";
import { DEFAULT_AWARDS } from "../../src/core/model/defaults";
import type { IssueJson } from "../../src/core/report/result-json";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { realisticBlock11, writeTally, type BlockTruth, type TallyVoter, type VoteMeaning } from "../fixtures/builder";

jest.setTimeout(120_000);

const scratch = scratchFolder("thidua-votes-");

interface NominationJson {
  unit: string;
  award: string;
  rank: number;
  votesFor?: number | null;
  voters?: number | null;
  share?: number | null;
  passed?: boolean | null;
}


const rankJson = (...argv: string[]) => rankJsonIn<{ nominations: NominationJson[]; issues: IssueJson[] }>(scratch, ...argv);

describe("thidua rank --votes", () => {
  let truth: BlockTruth;
  let nominations: NominationJson[];
  beforeAll(async () => {
    truth = await realisticBlock11(path.join(scratch, "block"));
    nominations = (await rankJson(truth.dir)).json.nominations;
  });

  async function tallyFile(name: string, pattern: (voter: number, proposal: number) => VoteMeaning, orientation: "voters-in-rows" | "voters-in-columns") {
    const awardName = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
    const proposals = nominations.map((n) => ({ written: `${n.unit} – ${awardName(n.award)}`, unit: n.unit, award: n.award }));
    const voters: TallyVoter[] = truth.units.map((u, v) => ({ written: u.name, voter: u.name, votes: proposals.map((_, p) => pattern(v, p)) }));
    const tally = await writeTally({ fileName: name, sheetName: "Kết quả bỏ phiếu", orientation, voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true, messy: true });
    const file = path.join(scratch, name);
    writeFileSync(file, tally.buffer);
    return { file, tally };
  }

  test("each nomination carries votesFor, voters, share and passed; the vote's issues join; the report and Đề nghị show it", async () => {
    expect(nominations.length).toBeGreaterThan(1);
    // The first proposal gets a blank from the first voter and a mark that is none; the last is mostly refused.
    const last = nominations.length - 1;
    const { file, tally } = await tallyFile(
      "Kiem phieu.xlsx",
      (v, p) => (p === 0 && v === 0 ? "blank" : p === 0 && v === 1 ? { bad: "Đạt" } : p === last && v % 3 !== 0 ? "against" : "for"),
      "voters-in-rows",
    );
    const out = path.join(scratch, "ket-qua.xlsx");
    const { json, out: report } = await rankJson(truth.dir, "--votes", file, "--out", out);
    for (const v of tally.votes) {
      const n = json.nominations.find((x) => x.unit === v.unit && x.award === v.award);
      expect(n).toMatchObject({ votesFor: v.votesFor, voters: v.voters });
      expect(n?.share).toBeCloseTo(v.votesFor / v.voters, 12);
      expect(n?.passed).toBe(v.votesFor / v.voters > 0.5);
    }
    expect(json.nominations.some((n) => n.passed === false)).toBe(true);
    const voteIssues = json.issues.filter((i) => i.code.startsWith("VOTE")).map((i) => ({ severity: i.severity, code: i.code, file: i.file, sheet: i.sheet, cell: i.cell }));
    expect(voteIssues).toEqual(expect.arrayContaining([...tally.issues]));
    expect(voteIssues).toHaveLength(tally.issues.length);
    expect(json.issues.find((i) => i.code === "VOTE_MARK_UNKNOWN")?.message).toMatch(/“Đạt”/);
    expect(report).toMatch(/phiếu đồng ý \(\d+(,\d)?%\): Không đạt/);

    const book = await readWorkbook(readFileSync(out), "ket-qua.xlsx");
    if (!book.ok) throw new Error("result unreadable");
    const sheet = book.grids.find((g) => g.sheet === "Đề nghị");
    const rows = (sheet?.rows ?? []).filter((r) => typeof r[0] === "number");
    expect(rows).toHaveLength(json.nominations.length);
    rows.forEach((row, i) => {
      const n = json.nominations[i]!;
      expect([row[1], row[5], row[6], row[7]]).toEqual([n.unit, n.votesFor, n.share, n.passed ? "Đạt" : "Không đạt"]);
    });
  });

  test("--out writes the tally with its drop-downs and the marks counted, which counts the same when given back, and the paper ballot", async () => {
    const { file } = await tallyFile("Kiem phieu 2.xlsx", (v, p) => (v === p ? "blank" : (v + p) % 4 === 0 ? "against" : "for"), "voters-in-columns");
    const out = path.join(scratch, "ket-qua-2.xlsx");
    const first = await rankJson(truth.dir, "--votes", file, "--out", out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const votes = book.getWorksheet("Kết quả bỏ phiếu");
    expect(votes).toBeDefined();
    const header = votes?.getTables?.() ?? [];
    expect(JSON.stringify(header)).toContain("tdVotes");
    // A data cell of the first proposal: the drop-down of the two marks.
    const firstData = (votes?.getColumn(1).values ?? []).findIndex((v) => v === truth.units[0]?.name);
    expect(votes?.getCell(firstData, 2).dataValidation).toMatchObject({ type: "list", formulae: ['"Đồng ý,Không đồng ý"'] });
    expect(book.getWorksheet("Phiếu bầu")).toBeDefined();

    const again = await rankJson(truth.dir, "--votes", out);
    const votesOf = (ns: NominationJson[]) => ns.map((n) => [n.unit, n.votesFor, n.voters, n.passed]);
    expect(votesOf(again.json.nominations)).toEqual(votesOf(first.json.nominations));
  });

  test("with --documents, the list of proposals carries the votes and only what passed goes upward", async () => {
    const last = nominations.length - 1;
    const { file } = await tallyFile("Phieu.xlsx", (v, p) => (p === last && v % 3 !== 0 ? "against" : "for"), "voters-in-columns");
    const dir = path.join(scratch, "ho-so");
    const { json } = await rankJson(truth.dir, "--votes", file, "--documents", dir);
    const docx = unzipSync(readFileSync(path.join(dir, "danh-sach-de-nghi.docx")));
    // The document's paragraphs as text, each table cell one entry.
    const xml = strFromU8(docx["word/document.xml"] ?? new Uint8Array());
    const cells = [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => [...(m[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    const passed = json.nominations.filter((n) => n.passed);
    const failed = json.nominations.filter((n) => n.passed === false);
    expect(failed.length).toBeGreaterThan(0);
    for (const n of passed) expect(cells).toContain(n.unit);
    for (const n of failed) expect(cells).not.toContain(n.unit);
    expect(json.issues.filter((i) => i.code === "TEMPLATE_VALUE_MISSING" && /phiếu|vote/i.test(i.message))).toEqual([]);

    // The minutes record the whole vote: the valid ballots, and each proposal turned down with its votes.
    const minutes = new ExcelJS.Workbook();
    await minutes.xlsx.readFile(path.join(dir, "bien-ban-hop-binh-xet.xlsx"));
    const lines: string[] = [];
    minutes.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && lines.push(cell.value))));
    const percent = (share: number) => `${String(Math.round(share * 1000) / 10).replace(".", ",")}%`;
    const award = (id: string) => DEFAULT_AWARDS.find((a) => a.id === id)?.name ?? id;
    expect(lines).toContainEqual(expect.stringContaining(`; số phiếu hợp lệ: ${truth.units.length} phiếu; đơn vị được đề nghị khi có số phiếu đồng ý trên 50% tổng số phiếu.`));
    const turnedDown = failed.map((n) => `${n.unit} (${award(n.award)}), ${n.votesFor}/${n.voters} phiếu đồng ý (${percent(n.share as number)})`);
    expect(lines).toContain(`Đề nghị không đạt số phiếu cần thiết: ${turnedDown.join("; ")}.`);
  });

  test("the sample block's result workbook given back with --votes: only its tally is read, not Kiểm tra's messages nor Tổng hợp's units", async () => {
    const sample = path.join(__dirname, "../../assets/sample");
    const out = path.join(scratch, "mau.xlsx");
    await rankJson(sample, "--out", out);
    const { json } = await rankJson(sample, "--votes", out);
    // Its tally is blank until the meeting fills it: no vote yet (VOTE_NOT_CAST, one per proposal), never a unanimous Không đạt.
    const voteIssues = json.issues.filter((i) => /^VOTE/.test(i.code));
    expect(voteIssues.length).toBe(json.nominations.length);
    expect([...new Set(voteIssues.map((i) => `${i.sheet} ${i.code}`))]).toEqual(["Kết quả bỏ phiếu VOTE_NOT_CAST"]);
    expect(json.nominations.every((n) => n.passed == null && n.voters == null)).toBe(true);
  });

  test("two tallies, one transposed: a unit in both is left out of both", async () => {
    const a = await tallyFile("Sang.xlsx", () => "for", "voters-in-rows");
    const b = await tallyFile("Chieu.xlsx", () => "for", "voters-in-columns");
    const { json } = await rankJson(truth.dir, "--votes", a.file, "--votes", b.file);
    expect(json.issues.filter((i) => i.code === "VOTER_DUPLICATE")).toHaveLength(2 * truth.units.length);
    // No voter left to count: no vote on any proposal (VOTE_NOT_CAST each), and every proposal stands.
    expect(json.issues.filter((i) => i.code === "VOTE_NOT_CAST")).toHaveLength(nominations.length);
    expect(json.nominations.map((n) => [n.unit, n.award, n.passed ?? null])).toEqual(nominations.map((n) => [n.unit, n.award, null]));
  });

  test("a --votes file that holds no tally is VOTE_TALLY_UNRECOGNIZED naming the rows it read, and the run completes", async () => {
    const roster = truth.rosterFile ?? "";
    const { json } = await rankJson(truth.dir, "--votes", path.join(truth.dir, roster));
    const issue = json.issues.find((i) => i.code === "VOTE_TALLY_UNRECOGNIZED");
    expect(issue).toMatchObject({ severity: "error", file: roster });
    expect(issue?.message).toMatch(/không có bảng kiểm phiếu/);
    expect(issue?.message).toMatch(/Tên đơn vị/);
    expect(json.nominations.map((n) => [n.unit, n.award, n.passed ?? null])).toEqual(nominations.map((n) => [n.unit, n.award, null]));
  });

  test("--votes belongs to rank", async () => {
    const { status, err } = await thidua("check", truth.dir, "--votes", "x.xlsx", "--lang", "en");
    expect(status).toBe(2);
    expect(err).toMatch(/--votes belongs to `rank`/);
  });
});
