/**
 * A user's workbook-scoped name that is one of our table names (`tdScores`):
 * Excel refuses a table of that name, so our table takes a free one
 * (`tdScores_2`) and the batch goes through.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { resultSheets } from "../../src/workbook/result-sheets";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel } from "./fake-excel";

test("a workbook name tdScores sends our table to tdScores_2", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  fake.workbook.names.set("tdscores", "=Sheet1!$A$1");
  await new ExcelSink({ host: fake }).writeSheets(resultSheets(sampleInput(), "vi"));
  expect(fake.table("tdScores_2").table.headers.length).toBeGreaterThan(0);
  expect(() => fake.table("tdScores")).toThrow();
});
