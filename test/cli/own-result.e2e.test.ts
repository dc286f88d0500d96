import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { rerunWithOwnResult } from "../../bench/own-result";
import { realisticBlock11 } from "../fixtures/builder";

jest.setTimeout(180_000);

const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-own-result-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("ranking a folder that holds our own result (issue 13 §1)", () => {
  test("the result workbook written by --out is left out with one line, and the result is the same", async () => {
    const truth = await realisticBlock11(path.join(scratch, "block"));
    const rerun = await rerunWithOwnResult(truth.dir, scratch);
    expect(rerun.again).toEqual(rerun.first);
    expect(rerun.report).toContain("Đã bỏ qua tệp kết quả của Thi đua: ket-qua.xlsx");
    expect(rerun.report.match(/ket-qua\.xlsx/g)).toHaveLength(1);
  });
});
