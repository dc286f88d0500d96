/**
 * Lập hồ sơ inside Excel, on the instrumented Office.js double: the pane's
 * session writes the three documents of the sample block as pages of the
 * open workbook in one batch of four requests (after Cài đặt, which keeps
 * the meeting's details), under 5 MB each, the user's own sheet untouched.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExcelSink } from "../../src/excel/excel-sink";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");

test("the three documents go into the open workbook in a constant number of requests", async () => {
  const fake = new FakeExcel();
  const mine = fake.addSheet("Biên bản");
  mine.set(0, 0, "Biên bản của tôi, viết tay");
  const sink = new ExcelSink({ host: fake });
  const session = new BlockSession({ sink, pageSink: sink, readWorkbook, lang: "vi" });
  const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
  await session.importFiles(files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) })));
  await session.computeRanking();
  await session.proposeNominations();
  session.updateMeeting({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", place: "Yên Bái", chair: "Bà Nguyễn Thị Minh Hòa" });

  const before = fake.syncs;
  const requestsBefore = fake.requests.length;
  await session.makeDocuments();
  expect(session.getState().failure).toBeNull();
  // The pages' batch alone takes three; the result sheets' rewrite before it (Cài đặt's meeting rows) keeps the import's sheets.
  expect(sink.lastSyncCount).toBe(4);
  expect(fake.syncs - before).toBeLessThanOrEqual(12);
  for (const request of fake.requests.slice(requestsBefore)) expect(request.requestBytes).toBeLessThan(5 * 1024 * 1024);

  expect(fake.sheet("Biên bản").get(0, 0)).toBe("Biên bản của tôi, viết tay");
  const minutes = fake.sheet("Biên bản (2)");
  expect(minutes.names.get("tdPage")?.value).toBe("document|Biên bản");
  const texts = minutes.rows().flat().filter((v): v is string => typeof v === "string");
  expect(texts).toContain("Yên Bái, ngày 29 tháng 12 năm 2026");
  for (const n of session.getState().proposals!.nominations) expect(texts).toContain(n.unit);
  expect(fake.sheet("Danh sách đề nghị").names.get("tdPage")?.value).toBe("document|Danh sách đề nghị");
  expect(fake.sheet("Tờ trình").names.get("tdPage")?.value).toBe("document|Tờ trình");

  // Again: the same sheets replaced in place, still four requests.
  await session.makeDocuments();
  expect(sink.lastSyncCount).toBe(4);
  expect(fake.workbook.sheets.filter((s) => s.name.startsWith("Biên bản")).map((s) => s.name)).toEqual(["Biên bản", "Biên bản (2)"]);
});
