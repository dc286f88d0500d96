/**
 * The vote inside Excel, on the instrumented Office.js double: Tạo phiếu bầu
 * writes the tally and the ballot into the open workbook, the officer types
 * marks in the tally sheet, Kiểm phiếu reads them back and rewrites Đề nghị;
 * each in a small constant number of requests under 5 MB, the user's sheet
 * of the same name untouched, the marks kept when the ballot is made again.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExcelKeptSettings } from "../../src/excel/excel-kept-settings";
import { ExcelKeptTally } from "../../src/excel/excel-kept-tally";
import { ExcelSink } from "../../src/excel/excel-sink";
import { ExcelWorkbookSource } from "../../src/excel/excel-source";
import { parseA1 } from "../../src/core/model/address";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { FakeExcel, LIMIT_BYTES } from "./fake-excel";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");

async function excelSession() {
  const fake = new FakeExcel();
  fake.addSheet("Kết quả bỏ phiếu").set(0, 0, "Ghi chép của tôi");
  const sink = new ExcelSink({ host: fake });
  const thisWorkbook = new ExcelWorkbookSource("Khoi 2026.xlsx", { host: fake });
  const keptTally = new ExcelKeptTally(fake);
  const session = new BlockSession({
    sink,
    pageSink: sink,
    readWorkbook,
    lang: "vi",
    thisWorkbook,
    selectCell: (sheet, cell) => thisWorkbook.selectCell(sheet, cell),
    keptSettings: new ExcelKeptSettings(fake),
    keptTally,
  });
  const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
  await session.importFiles(files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) })));
  await session.computeRanking();
  await session.proposeNominations();
  return { fake, session, keptTally };
}

/** Runs `action` and gives the requests it made. */
async function measured(fake: FakeExcel, action: () => Promise<void>) {
  const from = fake.requests.length;
  await action();
  return fake.requests.slice(from);
}

test("Tạo phiếu bầu, marks typed in Excel, Kiểm phiếu: a constant few requests each, Đề nghị with the vote", async () => {
  const { fake, session, keptTally } = await excelSession();
  const nominations = session.getState().proposals!.nominations;

  const making = await measured(fake, () => session.makeBallot());
  expect(session.getState().failure).toBeNull();
  // No tally yet (one request finds none), the tally sheet's batch (four: its print setup apart), the ballot page's (four: likewise).
  expect(keptTally.lastSyncCount).toBe(1);
  expect(making.length).toBe(9);
  for (const r of making) expect(r.requestBytes + r.responseBytes).toBeLessThan(LIMIT_BYTES);

  expect(fake.sheet("Kết quả bỏ phiếu").rows()).toEqual([["Ghi chép của tôi"]]);
  const { sheet, table } = fake.table("tdVotes");
  expect(sheet.name).toBe("Kết quả bỏ phiếu (2)");
  expect(fake.sheet("Phiếu bầu").names.get("tdPage")?.value).toBe("ballot|Phiếu bầu");

  // The officer picks the marks from the drop-downs: everyone agrees on the first proposal but one, who types "Đạt".
  const origin = parseA1(table.address.split(":")[0]!)!;
  const outcome = session.getState().outcome;
  const voters = outcome?.ok ? outcome.result.units.length : 0;
  for (let v = 0; v < voters; v++) {
    for (let p = 0; p < nominations.length; p++) sheet.set(origin.row + 1 + v, origin.column + 1 + p, p === 0 && v === 2 ? "Đạt" : p === 1 && v % 2 === 0 ? "Không đồng ý" : "Đồng ý");
  }

  const counting = await measured(fake, () => session.countVotes());
  expect(session.getState().failure).toBeNull();
  // The tally read back (two), then Đề nghị rewritten with the sheets after the import's (four: their print setup apart).
  expect(keptTally.lastSyncCount).toBe(2);
  expect(counting.length).toBe(6);
  for (const r of counting) expect(r.requestBytes + r.responseBytes).toBeLessThan(LIMIT_BYTES);

  const vote = session.getState().vote!;
  expect(vote.votes.slice(0, 2).map((v) => [v.votesFor, v.voters, v.passed])).toEqual([
    [voters - 1, voters, true],
    [Math.floor(voters / 2), voters, false],
  ]);
  const unknown = vote.issues.find((i) => i.code === "VOTE_MARK_UNKNOWN")!;
  expect([unknown.file, unknown.sheet, unknown.cell]).toEqual(["Khoi 2026.xlsx", "Kết quả bỏ phiếu (2)", `B${origin.row + 4}`]);
  session.showInTally(unknown);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(fake.workbook.selection).toMatchObject({ sheet: "Kết quả bỏ phiếu (2)", address: unknown.cell });

  const proposals = fake.table("tdNominations");
  const body = proposals.sheet.rows().slice(parseA1(proposals.table.address.split(":")[0]!)!.row + 1);
  expect(body.slice(0, 2).map((r) => [r[1], r[5], r[7]])).toEqual([
    [nominations[0]!.unit, voters - 1, "Đạt"],
    [nominations[1]!.unit, Math.floor(voters / 2), "Không đạt"],
  ]);

  // Made again, the tally keeps what was typed in Excel; one more request to read it back (and the tally's and the ballot page's print setups apart).
  expect(await measured(fake, () => session.makeBallot())).toHaveLength(10);
  const again = fake.table("tdVotes");
  expect(again.sheet.get(origin.row + 3, origin.column + 1)).toBe("Đạt");
  expect(again.sheet.get(origin.row + 1, origin.column + 2)).toBe("Không đồng ý");
  expect(fake.workbook.sheets.filter((s) => s.name.startsWith("Kết quả bỏ phiếu")).map((s) => s.name)).toEqual(["Kết quả bỏ phiếu", "Kết quả bỏ phiếu (2)"]);
});
