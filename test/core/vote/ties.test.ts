/** SPEC §5.1: a tie at a quota's last place resolved by the votes, or kept where the votes tie too; passing by threshold and rule. */
import { writeTally, type TallyVoter, type VoteMeaning } from "../../fixtures/builder";
import { gridsOf, PROPOSALS, UNITS, vote } from "./helpers";

const TIED = ["Hội Văn học nghệ thuật tỉnh", "Hội Người mù tỉnh"];

/** Every unit votes for the first three proposals; `forVhnt` and `forNguoiMu` of them agree to the tied two. */
async function tally(forVhnt: number, forNguoiMu: number) {
  const voters: TallyVoter[] = UNITS.map((u, i) => ({
    written: u.name,
    voter: u.name,
    votes: ["for", "for", "for", i < forVhnt ? "for" : "against", i < forNguoiMu ? "for" : "against"] as VoteMeaning[],
  }));
  const proposals = PROPOSALS.nominations.map((n) => ({ written: `${n.unit} - ${n.awardName}`, unit: n.unit, award: n.award }));
  const file = await writeTally({ fileName: "Kiem phieu.xlsx", sheetName: "Phiếu", orientation: "voters-in-rows", voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true });
  return { truth: file, outcome: vote(await gridsOf([file])) };
}

describe("ties at a quota resolved by the vote", () => {
  test("the ranking's tie asks for a vote before any is counted", () => {
    expect(PROPOSALS.nominations.filter((n) => n.tied).map((n) => n.unit)).toEqual(TIED);
    expect(PROPOSALS.issues.map((i) => i.code)).toContain("NOMINATION_TIE");
  });

  test("more votes keep the award; the other is outvoted, and no tie is left", async () => {
    const { outcome } = await tally(8, 6);
    const byUnit = new Map(outcome.votes.map((v) => [v.unit, v]));
    expect(byUnit.get(TIED[0]!)).toMatchObject({ votesFor: 8, voters: 11, passed: true });
    expect(byUnit.get(TIED[1]!)).toMatchObject({ votesFor: 6, voters: 11, passed: false, outvoted: true });
    expect(outcome.nominations.filter((n) => n.tied)).toEqual([]);
    expect(outcome.issues.map((i) => i.code)).not.toContain("NOMINATION_TIE");
    // Nobody else is promoted: the proposals are the same units.
    expect(outcome.nominations.map((n) => n.unit)).toEqual(PROPOSALS.nominations.map((n) => n.unit));
  });

  test("equal votes leave the tie, NOMINATION_TIE naming the units still tied", async () => {
    const { outcome } = await tally(7, 7);
    expect(outcome.nominations.filter((n) => n.tied).map((n) => n.unit)).toEqual(TIED);
    const ties = outcome.issues.filter((i) => i.code === "NOMINATION_TIE");
    expect(ties).toHaveLength(1);
    expect(ties[0]?.params.units).toBe(TIED.join(", "));
    expect(outcome.votes.filter((v) => v.outvoted)).toEqual([]);
  });

  test("the winner of a tie that misses the threshold does not pass, and the loser is not promoted", async () => {
    const { outcome } = await tally(5, 3);
    const byUnit = new Map(outcome.votes.map((v) => [v.unit, v]));
    expect(byUnit.get(TIED[0]!)).toMatchObject({ votesFor: 5, passed: false });
    expect(byUnit.get(TIED[0]!)?.outvoted).toBeUndefined();
    expect(byUnit.get(TIED[1]!)).toMatchObject({ votesFor: 3, passed: false, outvoted: true });
  });

  test("threshold and rule: quá 50% is strict, từ 2/3 trở lên takes the threshold itself", async () => {
    const voters: TallyVoter[] = [0, 1, 2, 3, 4, 5].map((i) => ({
      written: UNITS[i]!.name,
      voter: UNITS[i]!.name,
      votes: ["for", i < 4 ? "for" : "against", i < 3 ? "for" : "against", "for", "for"] as VoteMeaning[],
    }));
    const proposals = PROPOSALS.nominations.map((n) => ({ written: n.unit, unit: n.unit, award: n.award }));
    const file = await writeTally({ fileName: "k.xlsx", sheetName: "k", orientation: "voters-in-columns", voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true });
    const grids = await gridsOf([file]);
    const above = vote(grids).votes.map((v) => [v.votesFor, v.passed]);
    expect(above.slice(0, 3)).toEqual([[6, true], [4, true], [3, false]]);
    const twoThirds = vote(grids, { voteThreshold: 2 / 3, voteRule: "at-least" }).votes.map((v) => [v.votesFor, v.passed]);
    expect(twoThirds.slice(0, 3)).toEqual([[6, true], [4, true], [3, false]]);
    const overTwoThirds = vote(grids, { voteThreshold: 2 / 3, voteRule: "above" }).votes.map((v) => [v.votesFor, v.passed]);
    expect(overTwoThirds.slice(0, 3)).toEqual([[6, true], [4, false], [3, false]]);
  });
});
