/**
 * A reopened workbook: our Cài đặt (tdSettings), written by the sink with the
 * meeting's details, read back through Office.js in two requests.
 */
import { ExcelKeptSettings } from "../../src/excel/excel-kept-settings";
import { ExcelSink } from "../../src/excel/excel-sink";
import type { MeetingDetails } from "../../src/core/documents/meeting";
import { meetingFromSettingsRows } from "../../src/workbook/meeting-rows";
import { voteSettingsFromRows } from "../../src/workbook/vote-settings-rows";
import { resultSheets } from "../../src/workbook/result-sheets";
import { sampleInput } from "../workbook/sample-result";
import { FakeExcel, LIMIT_BYTES } from "./fake-excel";

const MEETING: MeetingDetails = {
  block: "Khối thi đua các Hội đặc thù",
  date: "2026-12-29",
  place: "Yên Bái",
  chair: "Bà Nguyễn Thị Minh Hòa",
  secretary: "=Ông Trần Văn Sơn",
  present: ["Hội Luật gia", "+Hội Nhà báo"],
  recipients: ["Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"],
};

describe("ExcelKeptSettings", () => {
  it.each(["vi", "en"] as const)("reads back the meeting's details the sink kept in Cài đặt (%s), in two requests", async (lang) => {
    const fake = new FakeExcel();
    fake.addSheet("Luật gia").set(0, 0, "Điểm");
    await new ExcelSink({ host: fake }).writeSheets(resultSheets(sampleInput({ meeting: MEETING }), lang));
    const before = fake.syncs;
    const kept = new ExcelKeptSettings(fake);
    const rows = await kept.readSettingsRows();
    expect(fake.syncs - before).toBe(2);
    expect(kept.lastSyncCount).toBe(2);
    expect(meetingFromSettingsRows(rows!)).toEqual(MEETING);
    for (const r of fake.requests.slice(-2)) expect(r.requestBytes + r.responseBytes).toBeLessThan(LIMIT_BYTES);
  });

  it.each(["vi", "en"] as const)("reads back the vote's threshold and rule exactly (%s)", async (lang) => {
    const fake = new FakeExcel();
    const input = sampleInput();
    const settings = { ...input.settings, voteThreshold: 2 / 3, voteRule: "at-least" as const, voters: "delegates" as const, delegates: 25 };
    await new ExcelSink({ host: fake }).writeSheets(resultSheets({ ...input, settings }, lang));
    // Who votes and how many delegates come back beside them (SPEC §5.1: Cài đặt holds them).
    expect(voteSettingsFromRows((await new ExcelKeptSettings(fake).readSettingsRows())!)).toEqual({ voteThreshold: 2 / 3, voteRule: "at-least", voters: "delegates", delegates: 25 });
  });

  it("reads our table, not a user's table that looks like it", async () => {
    const fake = new FakeExcel();
    const user = fake.addSheet("Của tôi");
    user.set(0, 0, "Thông số");
    user.set(1, 0, "Ngày họp");
    user.set(1, 1, "1999-01-01");
    user.tables.push({ name: "tdSettingsOld", address: "A1:B2", style: "", headers: ["Thông số", "Column2"] });
    await new ExcelSink({ host: fake }).writeSheets(resultSheets(sampleInput({ meeting: MEETING }), "vi"));
    expect(meetingFromSettingsRows((await new ExcelKeptSettings(fake).readSettingsRows())!).date).toBe("2026-12-29");
  });

  it("says there is nothing kept in a workbook without our sheets, in one request", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Luật gia").set(0, 0, "Điểm");
    expect(await new ExcelKeptSettings(fake).readSettingsRows()).toBeNull();
    expect(fake.syncs).toBe(1);
  });
});
