/** @jest-environment jsdom */
/**
 * Step 4's vote panel and the vote's settings over a real session of the
 * sample block: the two buttons, the results table (votes, share in the
 * pane's number format, the verdict), the question before an imported tally
 * replaces marks typed, and the threshold typed as a fraction kept exact.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { SettingsDrawer } from "../../src/taskpane/app/SettingsDrawer";
import type { Nomination } from "../../src/core/model/result";
import { NominateStep } from "../../src/taskpane/features/nominate/NominateStep";
import { VotePanel } from "../../src/taskpane/features/nominate/VotePanel";
import { BlockSession, type FileBytes, type SessionState } from "../../src/taskpane/session/block-session";
import { renderWith } from "../support/render-pane";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { writeTally } from "../fixtures/builder";

jest.setTimeout(60_000);

// jsdom lacks what the .xlsx reader decodes with; a browser has it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const SAMPLE = path.join(__dirname, "../../assets/sample");
const fileOf = (name: string, bytes: Uint8Array): FileBytes => ({ name, read: () => Promise.resolve(new Uint8Array(bytes).buffer) });

async function proposed() {
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang: "vi", keptSettings: workbook, keptTally: workbook });
  await session.importFiles(readdirSync(SAMPLE).filter((f) => f.endsWith(".xlsx")).map((name) => fileOf(name, readFileSync(path.join(SAMPLE, name)))));
  await session.computeRanking();
  await session.proposeNominations();
  return { session, workbook };
}

/** A session whose state the test sets (a tie at the quota is not in the sample). */
class SeededSession extends BlockSession {
  constructor() {
    super({ sink: new MemoryWorkbook(), readWorkbook, lang: "vi" });
  }
  seed(patch: Partial<SessionState>) {
    this.set(patch);
  }
}

describe("the vote panel", () => {
  test("a tie at the quota that the votes settled says who keeps the award; the one outvoted says so", () => {
    const session = new SeededSession();
    const award = "Bằng khen của Chủ tịch UBND tỉnh";
    const nomination = (unit: string, tied: boolean): Nomination => ({ unit, award: "bang-khen-ubnd-tinh", awardName: award, rank: 2, average: 90, tied });
    const proposals = { nominations: [nomination("Hội <b>A</b>", true), nomination("Hội B", true)], issues: [] };
    const settings = session.getState().settings;
    session.seed({
      proposals,
      vote: {
        proposals,
        threshold: settings.voteThreshold,
        rule: settings.voteRule,
        voterKind: "units",
        delegates: null,
        voters: Array.from({ length: 10 }, (_, i) => `Hội ${i}`),
        rows: 10,
        files: [],
        nominations: [nomination("Hội <b>A</b>", false), nomination("Hội B", false)],
        votes: [
          { unit: "Hội <b>A</b>", award: "bang-khen-ubnd-tinh", votesFor: 7, voters: 10, share: 0.7, passed: true },
          { unit: "Hội B", award: "bang-khen-ubnd-tinh", votesFor: 6, voters: 10, share: 0.6, passed: false, outvoted: true },
        ],
        issues: [],
      },
    });
    renderWith(session, <VotePanel />);
    expect(screen.getByText(`${award}: các đơn vị bằng điểm (Hội <b>A</b>, Hội B) được phân định bằng số phiếu; giữ danh hiệu: Hội <b>A</b>.`)).toBeTruthy();
    const row = screen.getByRole("row", { name: /Hội B/ });
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Hội B", award, "6/10", "60%", "Không đạt Ít phiếu hơn đơn vị bằng điểm"]);
  });

  test("Tạo phiếu bầu, then Kiểm phiếu: each proposal's votes, share and result; a typo's issue with its cell", async () => {
    const { session } = await proposed();
    renderWith(session, <NominateStep />);
    const panel = screen.getByRole("region", { name: "Bỏ phiếu suy tôn" });
    fireEvent.click(within(panel).getByRole("button", { name: "Tạo phiếu bầu" }));
    await within(panel).findByText("Đã ghi trang Kết quả bỏ phiếu và Phiếu bầu.");
    const first = session.getState().proposals!.nominations[0]!;
    await act(async () => {
      for (let v = 0; v < 11; v++) await session.setMark(v, 1, v < 2 ? "Không đồng ý" : v === 2 ? "=Đạt" : "Đồng ý");
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Kiểm phiếu" }));
    const table = await within(panel).findByRole("table", { name: "Kết quả bỏ phiếu (cần quá 50%)" });
    const row = within(table).getByRole("row", { name: new RegExp(first.unit) });
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual([first.unit, first.awardName, "8/11", "72,7%", "Đạt"]);
    // The typo is shown as typed (text, not a formula), with the way to its row of the tally.
    const issues = within(panel).getByRole("region", { name: "Các lỗi và cảnh báo khi kiểm phiếu" });
    expect(within(issues).getByText(/“=Đạt”/)).toBeTruthy();
    fireEvent.click(within(issues).getByRole("button", { name: "Đến ô Kết quả bỏ phiếu!B7" }));
    expect(session.getState().focus).toEqual({ table: "tdVotes", row: 2 });
  });

  test("an imported tally asks before replacing the marks typed; keeping them counts the sheet", async () => {
    const { session } = await proposed();
    await session.makeBallot();
    await session.setMark(0, 1, "Đồng ý");
    // Another officer's tally, every mark Đồng ý.
    const nominations = session.getState().proposals!.nominations;
    const proposals = nominations.map((n) => ({ written: `${n.unit} – ${n.awardName}`, unit: n.unit, award: n.award }));
    const outcome = session.getState().outcome;
    const voters = (outcome?.ok ? outcome.result.units : []).map((u) => ({ written: u.name, voter: u.name, votes: proposals.map(() => "for" as const) }));
    const tally = await writeTally({ fileName: "Kiem phieu.xlsx", sheetName: "Kiểm phiếu", orientation: "voters-in-rows", voterLabel: "Đơn vị bỏ phiếu", proposals, voters, votersAreUnits: true });
    await session.importFiles([fileOf("Kiem phieu.xlsx", tally.buffer)]);
    await session.computeRanking();
    await session.proposeNominations();
    renderWith(session, <NominateStep />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm phiếu" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Thay các phiếu đã nhập bằng phiếu từ tệp Kiem phieu.xlsx? Các phiếu đang có trong trang Kết quả bỏ phiếu sẽ bị thay.")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Giữ phiếu đã nhập" }));
    await waitFor(() => expect(session.getState().vote?.votes[0]).toMatchObject({ votesFor: 1 }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("the threshold typed as 2/3 stays exact, the rule chosen; both go to the count", async () => {
    const { session } = await proposed();
    renderWith(session, <SettingsDrawer open onClose={() => {}} />);
    const field = screen.getByRole("textbox", { name: /Tỷ lệ phiếu đồng ý cần đạt/ });
    expect((field as HTMLInputElement).value).toBe("50");
    fireEvent.change(field, { target: { value: "2/3" } });
    fireEvent.click(screen.getByRole("radio", { name: /Từ tỷ lệ trở lên/ }));
    expect(session.getState().settings).toMatchObject({ voteThreshold: 2 / 3, voteRule: "at-least" });
    fireEvent.change(field, { target: { value: "120" } });
    expect(screen.getByText("Nhập một tỷ lệ lớn hơn 0 và không quá 100 (ví dụ 50 hoặc 2/3).")).toBeTruthy();
    expect(session.getState().settings.voteThreshold).toBe(2 / 3);
    fireEvent.change(field, { target: { value: "66,5" } });
    expect(session.getState().settings.voteThreshold).toBeCloseTo(0.665, 12);
  });

  test("Cài đặt: who votes is chosen, and the number of delegates typed (a number that is none is refused); the panel says so", async () => {
    const { session } = await proposed();
    renderWith(session, <SettingsDrawer open onClose={() => {}} />);
    expect(screen.queryByRole("textbox", { name: /Số đại biểu dự họp/ })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Các đại biểu dự họp" }));
    expect(session.getState().settings.voters).toBe("delegates");
    const field = screen.getByRole("textbox", { name: /Số đại biểu dự họp/ });
    fireEvent.change(field, { target: { value: "25" } });
    expect(session.getState().settings.delegates).toBe(25);
    fireEvent.change(field, { target: { value: "2,5" } });
    expect(screen.getByText("Nhập một số nguyên từ 1 trở lên.")).toBeTruthy();
    expect(session.getState().settings.delegates).toBe(25);
    renderWith(session, <VotePanel />);
    expect(screen.getByText("Người bỏ phiếu là các đại biểu dự họp (chọn trong Cài đặt); không tính quá 25 người.")).toBeTruthy();
  });

  test("a tally padded with names that are no unit: the panel says how many rows were counted and lists each other row's reason", async () => {
    const { session } = await proposed();
    const nominations = session.getState().proposals!.nominations;
    const proposals = nominations.map((n) => ({ written: `${n.unit} – ${n.awardName}`, unit: n.unit, award: n.award }));
    const outcome = session.getState().outcome;
    const units = (outcome?.ok ? outcome.result.units : []).slice(0, 10).map((u) => ({ written: u.name, voter: u.name, votes: proposals.map(() => "for" as const) }));
    const strangers = [1, 2, 3].map((i) => ({ written: `Đại biểu ${i}`, voter: null, votes: proposals.map(() => "for" as const) }));
    const tally = await writeTally({ fileName: "Dem.xlsx", sheetName: "Kiểm phiếu", orientation: "voters-in-rows", voterLabel: "Đơn vị bỏ phiếu", proposals, voters: [...units, ...strangers], votersAreUnits: true });
    await session.importFiles([fileOf("Dem.xlsx", tally.buffer)]);
    await session.computeRanking();
    await session.proposeNominations();
    renderWith(session, <NominateStep />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm phiếu" }));
    const panel = screen.getByRole("region", { name: "Bỏ phiếu suy tôn" });
    await within(panel).findByText("Đã tính phiếu của 10/13 dòng người bỏ phiếu. 3 dòng không được tính; lý do của từng dòng ở mục lỗi bên dưới.");
    const issues = within(panel).getByRole("region", { name: "Các lỗi và cảnh báo khi kiểm phiếu" });
    for (const i of [1, 2, 3]) expect(within(issues).getByText(new RegExp(`“Đại biểu ${i}” không phải là đơn vị nào`))).toBeTruthy();
  });
});
