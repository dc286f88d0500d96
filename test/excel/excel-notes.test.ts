/**
 * What Excel did not do although the pages are written, carried from the
 * adapter to the pane's session on the stricter double: a refused print
 * setup (the pages named, for documents and the ballot), a protected
 * template sheet of the open workbook (named, apart from the templates an
 * old Excel cannot copy), and our sheets already in a reopened workbook
 * (so the undo note comes before the first write that replaces them).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExcelKeptSettings } from "../../src/excel/excel-kept-settings";
import { ExcelSink } from "../../src/excel/excel-sink";
import { ExcelWorkbookSource } from "../../src/excel/excel-source";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { blockTemplateXlsx, TEMPLATE_SHEET } from "../fixtures/templates/block-template";
import { FakeExcel, sheetsFromXlsx } from "./fake-excel";

jest.setTimeout(90_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");
const sampleSources = () =>
  readdirSync(SAMPLE)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) }));

function excelSession(fake: FakeExcel) {
  const sink = new ExcelSink({ host: fake });
  const thisWorkbook = new ExcelWorkbookSource("Khoi 2026.xlsx", { host: fake });
  const session = new BlockSession({ sink, pageSink: sink, templateSink: sink, readWorkbook, lang: "vi", thisWorkbook, keptSettings: new ExcelKeptSettings(fake) });
  return { session, sink };
}

async function proposed(session: BlockSession, withOpenWorkbook = false) {
  const own = withOpenWorkbook ? [session.thisWorkbookSource()!] : [];
  await session.importFiles([...sampleSources(), ...own]);
  await session.computeRanking();
  await session.proposeNominations();
}

test("a print setup Excel refuses: the documents and the ballot are written, and the session names their pages", async () => {
  const fake = new FakeExcel({ pageSetupFault: "refused" });
  fake.addSheet("Số liệu của tôi");
  const { session } = excelSession(fake);
  await proposed(session);

  await session.makeDocuments();
  expect(session.getState().failure).toBeNull();
  expect(session.getState().printSetupFailed).toEqual(["Danh sách đề nghị", "Biên bản", "Tờ trình"]);
  expect(fake.sheet("Biên bản").names.get("tdPage")?.value).toBe("document|Biên bản");

  await session.makeBallot();
  expect(session.getState().failure).toBeNull();
  expect(session.getState().printSetupFailed).toEqual(["Phiếu bầu"]);

  // Where Excel takes it, nothing is said.
  fake.pageSetupFault = null;
  await session.makeDocuments();
  expect(session.getState().printSetupFailed).toEqual([]);
});

test("a protected template sheet of the open workbook is filled as a plain page, and the session names it as protected", async () => {
  const fake = new FakeExcel();
  const [template] = await sheetsFromXlsx(await blockTemplateXlsx(), [TEMPLATE_SHEET]);
  template!.protected = true;
  fake.workbook.sheets.push(template!);
  const { session } = excelSession(fake);
  await proposed(session, true);

  await session.makeDocuments();
  expect(session.getState().failure).toBeNull();
  const documents = session.getState().documents!;
  expect(documents.protectedTemplates).toEqual([TEMPLATE_SHEET]);
  // Not blamed on an old Excel: the plain-templates note is for the others.
  expect(documents.plainTemplates).toEqual([]);
  const filled = fake.sheet("Biên bản (đã điền)");
  expect(filled.names.get("tdPage")?.value).toBe("document|Biên bản (đã điền)");
  expect(filled.protected).toBe(false);
  expect(fake.sheet(TEMPLATE_SHEET).protected).toBe(true);
});

describe("our sheets already in a reopened workbook", () => {
  async function reopened(prepare: (fake: FakeExcel) => void = () => undefined) {
    const fake = new FakeExcel();
    fake.addSheet("Số liệu của tôi");
    await proposed(excelSession(fake).session);
    prepare(fake);
    const { session } = excelSession(fake);
    await session.restoreKept();
    return session.getState();
  }

  test("Cài đặt there: known when the pane opens, before any write", async () => {
    const state = await reopened();
    expect(state.sheets).toEqual([]);
    expect(state.ourSheetsFound).toBe(true);
  });

  test("Cài đặt deleted by the officer, our other tables there: known from the same first read", async () => {
    const state = await reopened((fake) => {
      const settings = fake.table("tdSettings").sheet;
      fake.workbook.sheets.splice(fake.workbook.sheets.indexOf(settings), 1);
    });
    expect(state.ourSheetsFound).toBe(true);
  });

  test("a workbook of the user's alone: nothing of ours, no note due", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Số liệu của tôi");
    const { session } = excelSession(fake);
    await session.restoreKept();
    expect(session.getState().ourSheetsFound).toBe(false);
  });
});
