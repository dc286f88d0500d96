/**
 * SPEC §5.1 on real tallies written by the fixture builder: both
 * orientations, every spelling of the marks, a messy tally as officers make
 * them, each of the five checks at its cell.
 */
import type { Issue } from "../../../src/core/model/issue";
import { stripDiacritics, writeTally, type TallyPlan, type TallyProposal, type TallyTruth, type TallyVoter, type VoteMeaning, AGREE_SPELLINGS, DISAGREE_SPELLINGS } from "../../fixtures/builder";
import { gridsOf, PROPOSALS, UNITS, vote } from "./helpers";

const place = (i: Issue) => ({ severity: i.severity, code: i.code, file: i.file, sheet: i.sheet, cell: i.cell });

/** The five proposals, headed by full name and award. */
const FULL: TallyProposal[] = PROPOSALS.nominations.map((n) => ({ written: `${n.unit} – ${n.awardName}`, unit: n.unit, award: n.award }));

/** The same, headed as officers abbreviate: alias, short name without diacritics, any dash, the award or not. */
const ABBREVIATED: TallyProposal[] = [
  { written: "CTĐ - Cờ thi đua Chính phủ", unit: "Hội Chữ thập đỏ tỉnh", award: "co-thi-dua-chinh-phu" },
  { written: "Lien hiep cac Hoi KH&KT — Co tinh", unit: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", award: "co-thi-dua-ubnd-tinh" },
  { written: "Hội Nhà báo tỉnh\n(Bằng khen)", unit: "Hội Nhà báo tỉnh", award: "bang-khen-ubnd-tinh" },
  { written: "VHNT", unit: "Hội Văn học nghệ thuật tỉnh", award: "bang-khen-ubnd-tinh" },
  { written: "hoi nguoi mu tinh-Bang khen", unit: "Hội Người mù tỉnh", award: "bang-khen-ubnd-tinh" },
];

/** A voter's meanings from a pattern: F for, A against, _ blank. */
function meanings(pattern: string): VoteMeaning[] {
  return [...pattern].map((ch) => (ch === "F" ? "for" : ch === "A" ? "against" : "blank"));
}

/** Every roster unit votes; patterns rotate so each proposal gets a different count. */
function rosterVoters(written: (name: string, i: number) => string = (n) => n): TallyVoter[] {
  const patterns = ["FFFFF", "FFFAF", "FFAFA", "FAFFF", "FFFFA", "AFFAF", "FFFFF", "FAAFF", "FFFAA", "FFFFF", "AFFFF"];
  return UNITS.map((u, i) => ({ written: written(u.name, i), voter: u.name, votes: meanings(patterns[i]!) }));
}

function plan(overrides: Partial<TallyPlan>): TallyPlan {
  return {
    fileName: "Kiem phieu 2026.xlsx",
    sheetName: "Kết quả bỏ phiếu",
    orientation: "voters-in-rows",
    voterLabel: "Đơn vị bỏ phiếu",
    proposals: FULL,
    voters: rosterVoters(),
    votersAreUnits: true,
    ...overrides,
  };
}

async function counted(...truths: (TallyTruth & { buffer: Buffer })[]) {
  return vote(await gridsOf(truths));
}

function expectCounts(outcome: Awaited<ReturnType<typeof counted>>, truth: TallyTruth) {
  expect(outcome.votes.map((v) => ({ unit: v.unit, award: v.award, votesFor: v.votesFor, voters: v.voters }))).toEqual(truth.votes);
}

describe("reading and counting a tally (SPEC §5.1)", () => {
  test.each(["voters-in-rows", "voters-in-columns"] as const)("a plain tally, %s, counts exactly with no issue", async (orientation) => {
    const truth = await writeTally(plan({ orientation }));
    const outcome = await counted(truth);
    expect(outcome.tallies).toHaveLength(1);
    expect(outcome.tallies[0]?.orientation).toBe(orientation);
    expectCounts(outcome, truth);
    expect(outcome.issues.filter((i) => i.code.startsWith("VOTE"))).toEqual([]);
  });

  test.each(["voters-in-rows", "voters-in-columns"] as const)("a messy tally, %s: title rows, merged headers, a hidden column, Ghi chú, signatures, abbreviations", async (orientation) => {
    const truth = await writeTally(
      plan({
        orientation,
        messy: true,
        proposals: ABBREVIATED,
        voterLabel: "Đại biểu",
        voters: rosterVoters((name, i) => (i % 3 === 0 ? stripDiacritics(name) : i % 3 === 1 ? (UNITS[i]!.aliases[0] ?? name.toUpperCase()) : name)),
      }),
    );
    const outcome = await counted(truth);
    expectCounts(outcome, truth);
    expect(outcome.issues.filter((i) => i.code.startsWith("VOTE"))).toEqual([]);
  });

  test("every spelling of the marks counts as the builder meant it", async () => {
    // Enough voters' cells that each spelling is written at least once.
    const voters: TallyVoter[] = UNITS.map((u, i) => ({ written: u.name, voter: u.name, votes: meanings(i % 2 === 0 ? "FFFFF" : "AAAAA") }));
    const truth = await writeTally(plan({ voters }));
    const outcome = await counted(truth);
    expectCounts(outcome, truth);
    const written = new Set(truth.sheet.rows.flat().filter((v) => v !== undefined && v !== null));
    for (const mark of [...AGREE_SPELLINGS, ...DISAGREE_SPELLINGS]) expect(written).toContain(mark);
  });

  test("the five checks, each at its cell; what they leave out is not counted", async () => {
    const voters = rosterVoters();
    const defective: TallyVoter[] = [
      { ...voters[0]!, votes: [{ bad: "Đạt" }, "for", "blank", "for", { bad: 2 }] },
      ...voters.slice(1, 8),
      // The ninth unit typed twice, the last ones replaced by a unit the roster lacks.
      { ...voters[8]!, written: "Hoi Khuyen hoc" },
      { ...voters[8]!, votes: meanings("AAAAA") },
      { written: "Hội Cựu chiến binh tỉnh", voter: null, votes: meanings("FFFFF") },
    ];
    const proposals: TallyProposal[] = [...FULL.slice(0, 3), { written: "Hội Đông y tỉnh – Bằng khen", unit: null, award: null }, ...FULL.slice(3)];
    const rows = defective.map((v) => ({ ...v, votes: [...v.votes.slice(0, 3), "for" as const, ...v.votes.slice(3)] }));
    const truth = await writeTally(plan({ voters: rows, proposals }));
    const outcome = await counted(truth);
    expectCounts(outcome, truth);
    const codes = new Set(truth.issues.map((i) => i.code));
    expect([...codes].sort()).toEqual(["VOTER_DUPLICATE", "VOTER_UNKNOWN", "VOTE_BLANK", "VOTE_MARK_UNKNOWN", "VOTE_PROPOSAL_UNKNOWN"]);
    const mine = outcome.issues.filter((i) => i.code.startsWith("VOTE")).map(place);
    expect(mine).toEqual(expect.arrayContaining(truth.issues.map((i) => ({ ...i }))));
    expect(mine).toHaveLength(truth.issues.length);
  });

  test("delegates present as voters: their names are theirs, no VOTER_UNKNOWN, duplicates still caught", async () => {
    const people = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Nguyễn Văn An"];
    const voters = people.map((p, i) => ({ written: p, voter: p, votes: meanings(["FFFFF", "FAFAF", "AFAFA", "FFFAA", "FFFFF"][i]!) }));
    for (const orientation of ["voters-in-rows", "voters-in-columns"] as const) {
      const truth = await writeTally(plan({ orientation, voters, voterLabel: "Họ và tên đại biểu", votersAreUnits: false }));
      // Who votes is the block's setting, never guessed from the names: delegates only when it says so.
      const outcome = vote(await gridsOf([truth]), { voters: "delegates" });
      expectCounts(outcome, truth);
      expect(outcome.issues.filter((i) => i.code.startsWith("VOTE")).map(place)).toEqual(truth.issues);
    }
  });

  test("one voter in two tallies: both rows are left out", async () => {
    const voters = rosterVoters();
    const first = await writeTally(plan({ fileName: "Phieu sang.xlsx", voters: voters.slice(0, 6) }));
    const second = await writeTally(plan({ fileName: "Phieu chieu.xlsx", voters: voters.slice(5), orientation: "voters-in-columns" }));
    const outcome = await counted(first, second);
    const dupes = outcome.issues.filter((i) => i.code === "VOTER_DUPLICATE");
    expect(dupes.map((i) => i.file)).toEqual(["Phieu sang.xlsx", "Phieu chieu.xlsx"]);
    // Every unit but the one that voted twice.
    expect(outcome.votes.map((v) => v.voters)).toEqual(PROPOSALS.nominations.map(() => UNITS.length - 1));
  });
});
