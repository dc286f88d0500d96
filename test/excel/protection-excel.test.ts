/**
 * A workbook whose structure is protected, through the pane's session on
 * the stricter double: the import's write stops after its first request,
 * nothing is written, and the pane says what to do in the officer's
 * language (not a generic failure).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExcelSink } from "../../src/excel/excel-sink";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(30_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");

test.each([
  ["vi", /khóa cấu trúc.*tải các hồ sơ về/],
  ["en", /structure is protected.*download the documents/],
] as const)("a protected workbook structure is said in words (%s), nothing written", async (lang, said) => {
  const fake = new FakeExcel();
  fake.addSheet("Số liệu của tôi").set(0, 0, "Của tôi");
  fake.workbook.structureProtected = true;
  const sink = new ExcelSink({ host: fake });
  const session = new BlockSession({ sink, pageSink: sink, templateSink: sink, readWorkbook, lang });
  const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
  await session.importFiles(files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) })));
  expect(session.getState().failure).toMatch(said);
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Số liệu của tôi"]);
  expect(sink.lastSyncCount).toBe(1);
});
