import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { rerunWithOwnResult } from "../../bench/own-result";
import { classifyWorkbook } from "../../src/core/recognise/classify";
import { OWN_HEADERS } from "../../src/workbook/own-headers";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { realisticBlock11 } from "../fixtures/builder";

jest.setTimeout(180_000);

const scratch = mkdtempSync(path.join(os.tmpdir(), "thidua-own-result-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("ranking a folder that holds our own result (SPEC §6; docs/DECISIONS.md, D9)", () => {
  test("the result workbook written by --out is left out with one line, and the result is the same", async () => {
    const truth = await realisticBlock11(path.join(scratch, "block"));
    const rerun = await rerunWithOwnResult(truth.dir, scratch);
    expect(rerun.again).toEqual(rerun.first);
    expect(rerun.report).toContain("Đã bỏ qua tệp kết quả của Thi đua: ket-qua.xlsx");
    expect(rerun.report.match(/ket-qua\.xlsx/g)).toHaveLength(1);
  });

  test("the documents written by --documents into the folder are left out too, on the same line, and the result is the same", async () => {
    const truth = await realisticBlock11(path.join(scratch, "documents"));
    const rerun = await rerunWithOwnResult(truth.dir, scratch, { documents: true });
    expect(rerun.again).toEqual(rerun.first);
    const skipped = rerun.report.split("\n").filter((line) => line.startsWith("Đã bỏ qua tệp kết quả của Thi đua"));
    expect(skipped).toHaveLength(1);
    for (const file of ["ket-qua.xlsx", "danh-sach-de-nghi.xlsx", "bien-ban-hop-binh-xet.xlsx", "to-trinh.xlsx"]) expect(skipped[0]).toContain(file);
  });

  // On the L block our result passes the read bounds (its Điểm chấm alone holds
  // millions of cells): it must still be left out, not reported unreadable.
  test("past the read bounds, our result is still known by its tables and left out; another big file still gets the bound's issue", async () => {
    const truth = await realisticBlock11(path.join(scratch, "bounded"));
    await rerunWithOwnResult(truth.dir, scratch);
    const bytes = readFileSync(path.join(truth.dir, "ket-qua.xlsx"));
    const bounded = await readWorkbook(bytes, "ket-qua.xlsx", { limits: { cells: 50 } });
    if (!bounded.ok) throw new Error(`not read: ${JSON.stringify(bounded.issue)}`);
    expect(bounded.grids.map((g) => g.sheet)).toEqual(expect.arrayContaining(["tdSettings", "tdScores", "tdSummary", "tdNominations"]));
    expect(classifyWorkbook(bounded.grids, OWN_HEADERS)).toEqual({ kind: "own-result" });

    const scoresheet = readFileSync(path.join(truth.dir, truth.scoresheetFiles[0] ?? ""));
    const refused = await readWorkbook(scoresheet, "phieu.xlsx", { limits: { cells: 50 } });
    expect(refused.ok ? null : refused.issue.params?.reason).toBe("too-many-cells");
  });
});
