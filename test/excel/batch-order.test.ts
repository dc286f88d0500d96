/**
 * Our batches run one after the other, in the order they were asked for.
 * A selection the pane does not wait for (Đến ô, a Kiểm tra row, the kept
 * settings read when the pane opens) would otherwise have its request land
 * between the requests of a write under way: the number of requests a
 * write was seen to take depended on timing (vote-excel.test.ts once saw 9
 * for 8), and a selection landing after the write had renamed our old sheet
 * aside (`~td-old 1`) fails, or activates a sheet over the one the write
 * chose.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { ExcelWorkbookSource } from "../../src/excel/excel-source";
import { resultSheets } from "../../src/workbook/result-sheets";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel } from "./fake-excel";

const selecting = (names: readonly string[]) => names.includes("range.select");

test("a selection asked for during a write waits for it: the write's requests are contiguous, the selection after them", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Số liệu của tôi").set(0, 0, "Của tôi");
  const sink = new ExcelSink({ host: fake });
  const source = new ExcelWorkbookSource("Khoi 2026.xlsx", { host: fake });
  const writing = sink.writeSheets(resultSheets(sampleInput(), "vi"));
  const selection = source.selectCell("Số liệu của tôi", "A1");
  await Promise.all([writing, selection]);
  const order = fake.requests.map((r) => selecting(r.names));
  expect(order).toEqual([...new Array<boolean>(sink.lastSyncCount).fill(false), true]);
  expect(fake.workbook.selection).toMatchObject({ sheet: "Số liệu của tôi", address: "A1" });
});

test("a failed batch does not stop the ones queued after it", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Số liệu của tôi");
  const source = new ExcelWorkbookSource("Khoi 2026.xlsx", { host: fake });
  const missing = source.selectCell("Không có", "A1");
  const present = source.selectCell("Số liệu của tôi", "B2");
  await expect(missing).rejects.toThrow();
  await present;
  expect(fake.workbook.selection).toMatchObject({ sheet: "Số liệu của tôi", address: "B2" });
});
