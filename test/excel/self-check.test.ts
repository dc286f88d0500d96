/**
 * *Kiểm tra Excel này* on the stricter double: each kind of call tried in a
 * scratch sheet that is removed, the officer's sheets untouched; a refusal
 * reported per check, not as one failure; an older Excel's missing sets
 * said; a workbook with protected structure reported, nothing left behind.
 */
import ExcelJS from "exceljs";
import { runSelfCheck } from "../../src/excel/self-check";
import { FakeExcel } from "./fake-excel";

jest.setTimeout(30_000);

async function smallFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("~td-check file").getCell("A1").value = "Thi đua";
  return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
}

function userWorkbook(options: ConstructorParameters<typeof FakeExcel>[0] = {}) {
  const fake = new FakeExcel(options);
  const mine = fake.addSheet("Số liệu của tôi");
  mine.set(0, 0, "Của tôi");
  return { fake, before: JSON.stringify(fake.workbook.sheets) };
}

describe("runSelfCheck", () => {
  it("on a full Excel every check works, and only the officer's sheets remain", async () => {
    const { fake, before } = userWorkbook({ apiVersion: 17 });
    const report = await runSelfCheck(fake, { diagnostics: { version: "16.0.18129.20116", platform: "PC" }, smallFileBase64: await smallFile() });
    expect(report.results.map((r) => [r.id, r.outcome])).toEqual([
      ["add-sheet", "ok"],
      ["write", "ok"],
      ["read", "ok"],
      ["table", "ok"],
      ["merge", "ok"],
      ["validation", "ok"],
      ["page-setup", "ok"],
      ["names", "ok"],
      ["protect", "ok"],
      ["insert-file", "ok"],
      ["remove", "ok"],
    ]);
    expect(report.apiSets).toHaveLength(17);
    expect(report).toMatchObject({ version: "16.0.18129.20116", platform: "PC", delayForCellEdit: true });
    expect(JSON.stringify(fake.workbook.sheets)).toBe(before);
  });

  it("on Excel 2019 (ExcelApi 1.8) the newer checks say which set they miss", async () => {
    const { fake, before } = userWorkbook({ apiVersion: 8 });
    const report = await runSelfCheck(fake, { smallFileBase64: await smallFile() });
    const byId = new Map(report.results.map((r) => [r.id, r]));
    expect(byId.get("page-setup")).toEqual({ id: "page-setup", outcome: "skipped", detail: "ExcelApi 1.9" });
    expect(byId.get("insert-file")).toEqual({ id: "insert-file", outcome: "skipped", detail: "ExcelApi 1.13" });
    expect(byId.get("validation")?.outcome).toBe("ok");
    expect(report.delayForCellEdit).toBe(false);
    expect(report.version).toBeNull();
    expect(JSON.stringify(fake.workbook.sheets)).toBe(before);
  });

  it("Excel on the web inserting then throwing: that check failed with Excel's words, the inserted sheet removed", async () => {
    const { fake, before } = userWorkbook({ web: true, insertFault: "inserted" });
    const report = await runSelfCheck(fake, { smallFileBase64: await smallFile() });
    const insert = report.results.find((r) => r.id === "insert-file");
    expect(insert?.outcome).toBe("failed");
    expect(insert?.detail).toMatch(/GeneralException/);
    expect(report.results.find((r) => r.id === "remove")?.outcome).toBe("ok");
    expect(JSON.stringify(fake.workbook.sheets)).toBe(before);
  });

  it("a workbook with protected structure: no scratch sheet, the checks that need one skipped, nothing changed", async () => {
    const { fake, before } = userWorkbook();
    fake.workbook.structureProtected = true;
    const report = await runSelfCheck(fake);
    expect(report.results[0]).toMatchObject({ id: "add-sheet", outcome: "failed" });
    expect(report.results.find((r) => r.id === "write")).toEqual({ id: "write", outcome: "skipped", detail: "add-sheet" });
    expect(JSON.stringify(fake.workbook.sheets)).toBe(before);
  });

  it("while the officer types in a cell, the check waits for the edit to end (ExcelApi 1.11)", async () => {
    const { fake } = userWorkbook({ cellEditMode: true });
    const report = await runSelfCheck(fake);
    expect(fake.delayedForCellEdit).toBe(1);
    expect(report.results.find((r) => r.id === "write")?.outcome).toBe("ok");
  });
});
