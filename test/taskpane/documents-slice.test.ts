/**
 * Step 4's Lập hồ sơ in the pane's session over the sample block's real
 * files, with the preview's workbook as the sink: the three documents
 * written as pages with the officer's meeting details, the details kept in
 * Cài đặt (and read back from its rows), and each document as its own
 * .xlsx and .docx.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { meetingFromSettingsRows } from "../../src/workbook/meeting-rows";
import type { PageCell } from "../../src/workbook/ports/page";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { blockTemplateXlsx, ROW, UNKNOWN, USER_FORMULA_TEXT } from "../fixtures/templates/block-template";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../assets/sample");

async function rankedSession(more: readonly { name: string; bytes: Buffer }[] = []) {
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi" });
  const files = readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx"));
  const sources = files.map((name) => ({ name, read: () => Promise.resolve(new Uint8Array(readFileSync(path.join(SAMPLE, name))).buffer) }));
  await session.importFiles([...sources, ...more.map((f) => ({ name: f.name, read: () => Promise.resolve(new Uint8Array(f.bytes).buffer) }))]);
  await session.computeRanking();
  await session.proposeNominations();
  return { session, workbook };
}

const text = (cells: readonly PageCell[]) => cells.map((c) => (typeof c.value === "string" ? c.value : JSON.stringify(c.value))).join("\n");

describe("Lập hồ sơ in the pane", () => {
  test("writes the three documents with the meeting's details; everyone present until unticked; Cài đặt keeps the details", async () => {
    const { session, workbook } = await rankedSession();
    const outcome = session.getState().outcome;
    const units = outcome?.ok ? outcome.result.units : [];
    session.updateMeeting({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", place: "Yên Bái", chair: "Bà Nguyễn Thị Minh Hòa", secretary: "=Ông Trần Văn Sơn" });
    await session.makeDocuments();
    const state = session.getState();
    expect(state.failure).toBeNull();
    expect(workbook.getPages().map((p) => p.name)).toEqual(["Danh sách đề nghị", "Biên bản", "Tờ trình"]);
    const minutes = text(workbook.getPages()[1]!.cells);
    expect(minutes).toContain("Vào ngày 29 tháng 12 năm 2026, tại Yên Bái, Khối thi đua các Hội đặc thù tổ chức họp");
    expect(minutes).toContain(`- Đơn vị dự họp: ${units.length}/${units.length} đơn vị thành viên`);
    // A user's string that looks like a formula is a plain string of the page: the writers keep it text.
    expect(workbook.getPages()[1]!.cells.some((c) => c.value === "=Ông Trần Văn Sơn")).toBe(true);
    for (const n of state.proposals!.nominations) expect(minutes).toContain(n.unit);
    // No vote yet, no document number, no recipients: said once each.
    expect(state.documents?.issues.map((i) => i.params.field).sort()).toEqual(["de_nghi_khong_dat", "dong.ket_qua", "dong.so_phieu", "dong.tong_phieu", "dong.ty_le", "noi_nhan", "so_phieu_bau", "so_van_ban"]);

    const settings = state.sheets.find((s) => s.table.name === "tdSettings")!;
    const kept = meetingFromSettingsRows(settings.table.rows);
    expect(kept).toEqual({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", place: "Yên Bái", chair: "Bà Nguyễn Thị Minh Hòa", secretary: "=Ông Trần Văn Sơn" });

    session.updateMeeting({ present: [units[0]!.name, units[1]!.name], recipients: ["Ban Thi đua - Khen thưởng tỉnh", "", "Lưu: VT"] });
    await session.makeDocuments();
    const again = text(workbook.getPages()[1]!.cells);
    expect(again).toContain(`- Đơn vị dự họp: 2/${units.length} đơn vị thành viên của Khối: ${units[0]!.name}; ${units[1]!.name}.`);
    expect(again).toContain("- Ban Thi đua - Khen thưởng tỉnh;\n- Lưu: VT.");
    expect(workbook.getPages()).toHaveLength(3);
  });

  test("the session's one year (typed in step 1 or 4) is the documents' year over the meeting date's, and Cài đặt keeps it (issue 22)", async () => {
    const { session, workbook } = await rankedSession();
    session.updateMeeting({ block: "Khối thi đua các Hội đặc thù", year: 2025, date: "2026-01-12" });
    await session.makeDocuments();
    expect(text(workbook.getPages()[1]!.cells)).toContain("suy tôn các danh hiệu thi đua năm 2025");
    expect(session.getState().documents?.issues.map((i) => i.params.field)).not.toContain("nam");
    const settings = session.getState().sheets.find((s) => s.table.name === "tdSettings")!;
    expect(meetingFromSettingsRows(settings.table.rows)).toEqual({ block: "Khối thi đua các Hội đặc thù", year: 2025, date: "2026-01-12" });
    // A year typed over by hand in Cài đặt into something else is not taken back.
    expect(meetingFromSettingsRows([["Năm thi đua (cuộc họp)", "năm nay"]])).toEqual({});
  });

  test("a reopened workbook gives the form back the meeting's details Cài đặt kept; what the officer typed since wins", async () => {
    const { session, workbook } = await rankedSession();
    const meeting = { block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", place: "Yên Bái", secretary: "=Ông Trần Văn Sơn", recipients: ["Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"] };
    session.updateMeeting(meeting);
    await session.makeDocuments();

    const reopened = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "en", keptSettings: workbook });
    expect(reopened.getState().meeting).toEqual({});
    reopened.updateMeeting({ place: "Hà Nội" });
    await reopened.restoreKept();
    expect(reopened.getState().meeting).toEqual({ ...meeting, place: "Hà Nội" });
    expect(reopened.getState().failure).toBeNull();

    // A workbook without our Cài đặt leaves the form as it is.
    const fresh = new BlockSession({ sink: new MemoryWorkbook(), readWorkbook, lang: "vi", keptSettings: new MemoryWorkbook() });
    await fresh.restoreKept();
    expect(fresh.getState().meeting).toEqual({});
  });

  test("a block's template among the imported files is filled into its own sheet, the template's values kept and its placeholders filled", async () => {
    const { session, workbook } = await rankedSession([{ name: "Mau bien ban.xlsx", bytes: await blockTemplateXlsx() }]);
    session.updateMeeting({ block: "Khối thi đua các Hội đặc thù", date: "2026-12-29", documentNumber: "15/BB-KTĐ" });
    await session.makeDocuments();
    const page = workbook.getPages().find((p) => p.name === "Biên bản (đã điền)")!;
    expect(page).toBeDefined();
    const at = (row: number, column: number) => page.cells.find((c) => c.row === row && c.column === column)?.value ?? null;
    expect([at(1, 1), at(1, 5), at(2, 2), at(3, 2)]).toEqual(["KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ", "Năm thi đua 2026", { date: "2026-12-29" }, "15/BB-KTĐ"]);
    expect(at(5, 5)).toBe(`Giám đốc: ${UNKNOWN}`);
    expect(at(5, 6)).toBe(USER_FORMULA_TEXT);
    const nominations = session.getState().proposals!.nominations;
    nominations.forEach((n, i) => expect([at(ROW.proposal + i, 1), at(ROW.proposal + i, 2), at(ROW.proposal + i, 4)]).toEqual([i + 1, n.unit, n.rank]));
    expect(at(ROW.proposal + nominations.length, 1)).toBe(`Tổng cộng: ${nominations.length} đơn vị được đề nghị.`);
    expect(page.merges).toContainEqual({ top: ROW.proposal + 1, left: 9, bottom: ROW.proposal + 1, right: 10 });
    expect(session.getState().documents?.issues.some((i) => i.code === "TEMPLATE_PLACEHOLDER_UNKNOWN" && i.cell === "E5")).toBe(true);
  });

  test("each document downloads as .xlsx and .docx", async () => {
    const { session } = await rankedSession();
    session.updateMeeting({ place: "Yên Bái", date: "2026-12-29" });
    const docx = await session.documentFile("to-trinh", "docx");
    const xml = new PizZip(await docx!.arrayBuffer()).file("word/document.xml")!.asText();
    expect(xml).toContain("TỜ TRÌNH");
    expect(xml).toContain("Yên Bái, ngày 29 tháng 12 năm 2026");
    for (const n of session.getState().proposals!.nominations) expect(xml).toContain(n.unit);

    const xlsx = await session.documentFile("danh-sach-de-nghi", "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx!.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(["Danh sách đề nghị"]);
    const values = book.worksheets[0]!.getSheetValues().flat().filter((v) => typeof v === "string");
    for (const n of session.getState().proposals!.nominations) expect(values).toContain(n.unit);
  });
});
