/**
 * The adapter prices the operations it queues (requests.ts, OP_BYTES and
 * the arguments' JSON) and syncs before a request would pass its budget.
 * The double prices each operation as Excel's request JSON does (object
 * path, action, arguments: ~250 bytes for one on a range, limits.ts). The
 * adapter must be at least as pessimistic, or a request it believes under
 * the budget is over it, and at 5 MB Excel on the web refuses the batch.
 * With a small budget, every request the double receives stays under it.
 */
import { ExcelSink } from "../../src/excel/excel-sink";
import { resultSheets } from "../../src/workbook/result-sheets";
import { SAMPLE_PAGE } from "../workbook/sample-page";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(60_000);

describe.each([8_000, 20_000])("a budget of %i bytes a request", (budget) => {
  test("the result sheets: no request the double receives is over it", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake, maxRequestBytes: budget }).writeSheets(resultSheets(sampleInput(), "vi"));
    expect(fake.requests.length).toBeGreaterThan(3);
    for (const request of fake.requests) expect(request.requestBytes).toBeLessThanOrEqual(budget);
  });

  test("pages: no request the double receives is over it", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    await new ExcelSink({ host: fake, maxRequestBytes: budget }).writePages([SAMPLE_PAGE, { ...SAMPLE_PAGE, name: "Trang 2" }]);
    for (const request of fake.requests) expect(request.requestBytes).toBeLessThanOrEqual(budget);
  });
});
