/**
 * SPEC §5.1 "Who votes", as a property: with the roster's units voting,
 * adding any number of rows whose names are no unit, anywhere in the tally,
 * never changes a verdict (nor votesFor, nor voters); each such row is one
 * VOTER_UNKNOWN at its name's cell. A small seeded generator, so a failure
 * can be replayed from the seed it prints.
 */
import { a1 } from "../../../src/core/model/address";
import { makeGrid, type CellValue } from "../../../src/core/model/grid";
import { proposalLabel } from "../../../src/core/vote/proposal-match";
import { PROPOSALS, UNITS, vote } from "./helpers";

// 49,000 rows each matched against the roster, with suggestions: a slow case on a shared machine.
jest.setTimeout(120_000);

/** mulberry32: a tiny PRNG with a seed, enough for test cases. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T };
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
const GIVEN = ["Văn An", "Thị Bình", "Minh Cường", "Thu Dung", "Quốc Huy", "Thanh Hà"];
const MARKS: readonly CellValue[] = ["Đồng ý", "Không đồng ý", "x", 0, 1, "✓", "-", null];

/** A name that is no unit: a person, or *Đại biểu n*, or a string of letters. */
function stranger(rng: ReturnType<typeof generator>, i: number): string {
  switch (rng.int(3)) {
    case 0:
      return `${rng.pick(FAMILY)} ${rng.pick(GIVEN)} ${i}`;
    case 1:
      return `Đại biểu ${i + 1}`;
    default:
      return `Khách mời ${String.fromCharCode(65 + rng.int(26))}${rng.int(1000)}`;
  }
}

type Row = readonly CellValue[];

function tally(rows: readonly Row[]) {
  const header: Row = ["STT", "Đơn vị bỏ phiếu", ...PROPOSALS.nominations.map(proposalLabel)];
  return makeGrid("Kiem phieu.xlsx", "Kết quả", [header, ...rows.map((r, i) => [i + 1, ...r])]);
}

const verdicts = (outcome: ReturnType<typeof vote>) => outcome.votes.map((v) => [v.unit, v.award, v.votesFor, v.voters, v.passed]);

describe("padding a tally with names that are no unit never changes a verdict", () => {
  const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i * 7919);

  test.each(SEEDS)("seed %i", (seed) => {
    const rng = generator(seed);
    // Some of the units vote, each mark drawn at random.
    const units = UNITS.filter(() => rng.next() < 0.85);
    const base: Row[] = units.map((u) => [u.name, ...PROPOSALS.nominations.map(() => rng.pick(MARKS))]);
    const before = vote([tally(base)]);

    // Any number of strangers, all agreeing (or anything), anywhere.
    const count = rng.int(60);
    const padded: Row[] = [...base];
    const strangers: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = stranger(rng, i);
      strangers.push(name);
      padded.splice(rng.int(padded.length + 1), 0, [name, ...PROPOSALS.nominations.map(() => (rng.next() < 0.8 ? "Đồng ý" : rng.pick(MARKS)))]);
    }
    const after = vote([tally(padded)]);

    expect(verdicts(after)).toEqual(verdicts(before));
    const unknown = after.issues.filter((i) => i.code === "VOTER_UNKNOWN");
    expect(unknown.map((i) => i.params.voter).sort()).toEqual([...strangers].sort());
    // Each at its own name's cell (column B of the row it was put in).
    for (const issue of unknown) expect(padded[Number(issue.cell?.slice(1)) - 2]?.[0]).toBe(issue.params.voter);
    expect(after.voters).toEqual(before.voters);
  });

  test("with delegates and their number, padding after the delegates' rows is VOTER_EXTRA and changes nothing", () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const rng = generator(seed);
      const people: Row[] = Array.from({ length: 9 }, (_, i) => [`${rng.pick(FAMILY)} ${rng.pick(GIVEN)} ${i}`, ...PROPOSALS.nominations.map(() => rng.pick(MARKS))]);
      const settings = { voters: "delegates" as const, delegates: people.length };
      const before = vote([tally(people)], settings);
      const count = 1 + rng.int(30);
      const padded = [...people, ...Array.from({ length: count }, (_, i): Row => [`Đại biểu thêm ${i}`, ...PROPOSALS.nominations.map(() => "Đồng ý")])];
      const after = vote([tally(padded)], settings);
      expect(verdicts(after)).toEqual(verdicts(before));
      const extra = after.issues.filter((i) => i.code === "VOTER_EXTRA");
      expect(extra.map((i) => i.cell)).toEqual(Array.from({ length: count }, (_, i) => a1(1 + people.length + i, 1)));
    }
  });

  test("49,000 rows of made-up names: each one VOTER_UNKNOWN, none counted, no vote recorded", () => {
    const rows: Row[] = Array.from({ length: 49_000 }, (_, i) => [`Người lạ số ${i}`, ...PROPOSALS.nominations.map(() => "Đồng ý")]);
    const outcome = vote([tally(rows)]);
    expect(outcome.issues.filter((i) => i.code === "VOTER_UNKNOWN")).toHaveLength(49_000);
    expect(outcome.votes).toEqual([]);
    expect(outcome.voters).toEqual([]);
    expect(outcome.rows).toBe(49_000);
    expect(outcome.issues.filter((i) => i.code === "VOTE_NOT_CAST")).toHaveLength(PROPOSALS.nominations.length);
  });
});

describe("the transposed form whatever its corner says, and only it", () => {
  const names = PROPOSALS.nominations.map(proposalLabel);
  const people = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"];

  test.each([null, "", "STT", "Tên"])("corner %p: rows of proposals, columns of delegates, counted as delegates", (corner) => {
    const rows: CellValue[][] = [[corner, ...people], ...names.map((n, p) => [n, "Đồng ý", p === 0 ? "Không" : "x", "1"])];
    const outcome = vote([makeGrid("Chuyen vi.xlsx", "Phiếu", rows)], { voters: "delegates" });
    expect(outcome.tallies[0]?.orientation).toBe("voters-in-columns");
    expect(outcome.votes.map((v) => [v.votesFor, v.voters])).toEqual(names.map((_, p) => [p === 0 ? 2 : 3, 3]));
  });

  test("a tally of unit voters in rows whose voters' column is unlabelled is not read the other way round", () => {
    const rows: CellValue[][] = [[null, ...names], ...UNITS.map((u) => [u.name, ...names.map(() => "Đồng ý")])];
    const outcome = vote([makeGrid("Khong nhan.xlsx", "Phiếu", rows)]);
    expect(outcome.tallies.every((t) => t.orientation !== "voters-in-columns")).toBe(true);
  });
});
