/** SPEC §5.1 on a tally re-saved by LibreOffice: the same votes and the same issues at the same cells. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripDiacritics, writeTally, type TallyVoter, type VoteMeaning } from "../../fixtures/builder";
import { resaveWithLibreOffice } from "../../support/libreoffice";
import { gridsOf, PROPOSALS, UNITS, vote } from "./helpers";

jest.setTimeout(120_000);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-tally-lo-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("a messy, defective tally counts the same after LibreOffice saves it", async () => {
  const marks: VoteMeaning[][] = [
    ["for", "for", "against", { bad: "Đạt" }, "blank"],
    ["for", "against", "for", "for", "for"],
    ["against", "for", "for", "for", "against"],
  ];
  const voters: TallyVoter[] = UNITS.map((u, i) => ({ written: i % 2 ? stripDiacritics(u.name) : u.name, voter: u.name, votes: marks[i % 3]! }));
  voters.push({ written: "Sở Tư pháp", voter: null, votes: marks[1]! });
  const proposals = PROPOSALS.nominations.map((n) => ({ written: `${n.unit} – ${n.awardName}`, unit: n.unit, award: n.award }));
  const truth = await writeTally({
    fileName: "Ket qua bo phieu.xlsx",
    sheetName: "Kiểm phiếu",
    orientation: "voters-in-columns",
    voterLabel: "Đơn vị bỏ phiếu",
    proposals,
    voters,
    votersAreUnits: true,
    messy: true,
  });
  const source = path.join(scratch, truth.fileName);
  writeFileSync(source, truth.buffer);
  const resaved = await resaveWithLibreOffice(source, scratch);
  const outcome = vote(await gridsOf([{ buffer: readFileSync(resaved), fileName: truth.fileName }]));
  expect(outcome.votes.map((v) => ({ unit: v.unit, award: v.award, votesFor: v.votesFor, voters: v.voters }))).toEqual(truth.votes);
  const issues = outcome.issues.filter((i) => i.code.startsWith("VOTE")).map((i) => ({ severity: i.severity, code: i.code, file: i.file, sheet: i.sheet, cell: i.cell }));
  expect(issues).toEqual(expect.arrayContaining([...truth.issues]));
  expect(issues).toHaveLength(truth.issues.length);
});
