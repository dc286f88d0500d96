/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Issue } from "../../src/core/model/issue";
import type { Ranking } from "../../src/core/model/result";
import { CheckStep } from "../../src/taskpane/features/check/CheckStep";
import { ImportStep } from "../../src/taskpane/features/import/ImportStep";
import { NominateStep } from "../../src/taskpane/features/nominate/NominateStep";
import { RankStep } from "../../src/taskpane/features/rank/RankStep";
import { BlockSession, type SessionState } from "../../src/taskpane/session/block-session";
import { StepNavContext } from "../../src/taskpane/components/step-nav";
import { renderWith } from "../support/render-pane";
import { criteriaTable, roster, scoresheet } from "../support/tiny-block";

/** A session whose state the test sets, and whose actions are recorded. */
class FakeSession extends BlockSession {
  readonly calls: string[] = [];
  constructor() {
    super({ sink: { writeSheets: async () => {} }, readWorkbook: async () => ({ ok: true, grids: [] }), lang: "vi" });
  }
  seed(patch: Partial<SessionState>) {
    this.set(patch);
  }
  override async computeRanking() {
    this.calls.push("rank");
  }
  override async proposeNominations() {
    this.calls.push("nominate");
  }
  override selectIssue(index: number) {
    this.calls.push(`select ${index}`);
    super.selectIssue(index);
  }
}

/** Kiểm tra's issue cards: the buttons that open in place. */
const cards = () => screen.getAllByRole("button").filter((b) => b.hasAttribute("aria-expanded"));

const issue = (over: Partial<Issue>): Issue => ({ severity: "error", code: "SCORE_ABOVE_MAX", params: {}, ...over });
const ISSUES: Issue[] = [
  issue({ severity: "warning", code: "MAX_MISMATCH", file: "a.xlsx", sheet: "CTĐ", cell: "D9", params: { printed: 5, max: 4 } }),
  issue({ file: "a.xlsx", sheet: "CTĐ", cell: "E14", scorer: "Hội A", ratee: "Hội <b>B</b>", criterion: "I.2", params: { value: 7, max: 5 } }),
  issue({ severity: "warning", code: "SCORESHEET_MISSING", scorer: "Hội A", ratee: "Hội C" }),
];

function imported(session: FakeSession, issues = ISSUES) {
  session.seed({
    outcome: { ok: true, result: { issues, units: [], sheets: [], unitsInferred: false, criteria: {} as never, tallies: [], templates: [], ownResults: [] } },
  });
}

/** Imported, with scoresheets of which those `true` are left out for errors. */
function withSheets(session: FakeSession, excluded: readonly boolean[]) {
  session.seed({
    outcome: {
      ok: true,
      result: { issues: [], units: [], sheets: excluded.map((e) => ({ excluded: e })) as never, unitsInferred: false, criteria: {} as never, tallies: [], templates: [], ownResults: [] },
    },
  });
}

const RANKING: Ranking = {
  method: "mean",
  trim: 1,
  units: [
    { unit: "Hội Luật gia tỉnh", average: 92.345, rank: 1, scorers: 9, excluded: 0, selfScore: 95, gap: 2.6, totalsByScorer: new Map(), criterionAverages: new Map() },
    { unit: "Hội Người mù tỉnh", average: null, rank: null, scorers: 0, excluded: 2, selfScore: null, gap: null, totalsByScorer: new Map(), criterionAverages: new Map() },
  ],
  scorers: [],
  blockMean: 90,
  agreement: { w: null, scorers: 0, units: 0 },
};

describe("the steps over a session", () => {
  test("inside Excel: the open workbook read with one button, and an issue at one of its cells goes to that cell", async () => {
    const file = "Khoi 2026.xlsx";
    const selected: string[] = [];
    const read = new Map([
      ["tieu-chi.xlsx", criteriaTable("tieu-chi.xlsx")],
      ["danh-sach.xlsx", roster],
    ]);
    const session = new BlockSession({
      sink: { writeSheets: async () => {} },
      readWorkbook: async (_bytes, name) => ({ ok: true, grids: [read.get(name)!] }),
      lang: "vi",
      thisWorkbook: { file, readSheets: async () => [scoresheet(file, "Luật gia", "Nhà báo", [9, 12])] },
      selectCell: (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    });
    await session.importFiles([...read.keys()].map((name) => ({ name, read: async () => new ArrayBuffer(0) })));
    const view = renderWith(session, <ImportStep />);
    fireEvent.click(screen.getByRole("button", { name: "Đọc sổ tính này" }));
    expect(await within(screen.getByRole("list", { name: "Các tệp đã nhập" })).findByText(file)).toBeInTheDocument();
    await screen.findByRole("status");
    view.unmount();

    renderWith(session, <CheckStep />);
    // The card opens in place; its Đến ô selects the cell in the open workbook.
    const card = cards().find((b) => b.textContent?.includes("Nhà báo!D6"))!;
    fireEvent.click(card);
    const details = screen.getByRole("region", { name: /^Chi tiết/ });
    expect(details).toHaveTextContent("Chọn ô Nhà báo!D6 trong sổ tính đang mở.");
    fireEvent.click(within(details).getByRole("button", { name: "Đến ô" }));
    expect(selected).toEqual(["Nhà báo!D6"]);
  });

  test("import: the files, what each turned out to be, unreadable ones with the reason", () => {
    const session = new FakeSession();
    session.seed({
      files: [
        { name: "tieu-chi.xlsx", status: "read", kind: { kind: "criteria" } },
        { name: "phieu.xlsx", status: "read", kind: { kind: "scoresheets", sheets: 10 } },
        { name: "cu.xls", status: "read", kind: { kind: "unreadable", issue: { severity: "error", code: "FILE_UNREADABLE", file: "cu.xls", params: { reason: "xls", format: "xls" } } } },
        { name: "sau.xlsx", status: "queued" },
      ],
    });
    renderWith(session, <ImportStep />);
    const list = screen.getByRole("list", { name: "Các tệp đã nhập" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-file"))).toEqual(["tieu-chi.xlsx", "phieu.xlsx", "cu.xls", "sau.xlsx"]);
    expect(items[0]).toHaveTextContent("Bảng tiêu chí");
    expect(items[1]).toHaveTextContent("Phiếu chấm: 10 trang");
    expect(items[2]).toHaveTextContent("Không đọc được");
    expect(items[2]).toHaveTextContent("Excel 97–2003 (.xls)");
    expect(items[3]).toHaveTextContent("Đang chờ");
    expect(within(list).getAllByRole("progressbar")).toHaveLength(4);
  });

  test("import: a file already imported is replaced only after a confirmation", async () => {
    const session = new FakeSession();
    session.seed({ files: [{ name: "phieu.xlsx", status: "read", kind: { kind: "scoresheets", sheets: 1 } }] });
    const importFiles = jest.spyOn(session, "importFiles").mockResolvedValue();
    renderWith(session, <ImportStep />);
    const file = new File(["x"], "phieu.xlsx");
    fireEvent.change(screen.getByLabelText("Chọn các tệp .xlsx của khối"), { target: { files: [file] } });
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("phieu.xlsx");
    expect(importFiles).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole("button", { name: "Thay thế" }));
    expect(importFiles).toHaveBeenCalledWith([expect.objectContaining({ name: "phieu.xlsx" })]);
  });

  test("check: errors alone first, with the counts; by file and unit, errors first, messages in the pane's language, text from files as text", () => {
    const session = new FakeSession();
    imported(session);
    const { container } = renderWith(session, <CheckStep />);
    const filters = within(screen.getByRole("group", { name: "Lọc lỗi và cảnh báo" })).getAllByRole("button");
    expect(filters.map((b) => b.textContent)).toEqual(["Lỗi (1)", "Cảnh báo (2)", "Tất cả (3)"]);
    expect(filters.map((b) => b.getAttribute("aria-pressed"))).toEqual(["true", "false", "false"]);
    const files = () => screen.getAllByRole("region").filter((s) => s.tagName === "SECTION" && s.hasAttribute("aria-label")).map((s) => s.getAttribute("aria-label"));
    expect(files()).toEqual(["a.xlsx"]);
    expect(cards()).toHaveLength(1);
    fireEvent.click(filters[1]!);
    expect(cards().map((c) => c.textContent)).toEqual([expect.stringContaining("Cảnh báo"), expect.stringContaining("Cảnh báo")]);
    fireEvent.click(filters[2]!);
    expect(files()).toEqual(["a.xlsx", "Cả khối"]);
    const buttons = cards();
    expect(buttons[0]).toHaveTextContent("Lỗi");
    expect(buttons[0]).toHaveTextContent("CTĐ!E14");
    // The officer's message first; the code after it, as small print.
    const text = buttons[0]!.textContent ?? "";
    expect(text.indexOf("Điểm 7 vượt điểm tối đa 5 của tiêu chí I.2")).toBeGreaterThan(-1);
    expect(text.indexOf("SCORE_ABOVE_MAX")).toBeGreaterThan(text.indexOf("Điểm 7 vượt"));
    expect(buttons[1]).toHaveTextContent("Cảnh báo");
    expect(screen.getByRole("heading", { name: "Hội <b>B</b>" })).toBeInTheDocument();
    expect(container.querySelector("b")).toBeNull();
    // A click opens the details in place: where, what it costs; nothing is selected until Đến ô.
    fireEvent.click(buttons[0]!);
    expect(buttons[0]).toHaveAttribute("aria-expanded", "true");
    const details = screen.getByRole("region", { name: "Chi tiết SCORE_ABOVE_MAX" });
    const where = Array.from(details.querySelectorAll("dt")).map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(where).toEqual(["Tệp: a.xlsx", "Trang tính: CTĐ", "Ô: E14", "Đơn vị: Hội A → Hội <b>B</b>", "Tiêu chí: I.2"]);
    expect(details).toHaveTextContent("không được tính khi xếp hạng cho đến khi sửa");
    expect(details).toHaveTextContent("Ô CTĐ!E14 nằm trong tệp a.xlsx");
    expect(session.calls).toEqual([]);
    fireEvent.click(within(details).getByRole("button", { name: "Đến ô" }));
    expect(session.calls).toEqual(["select 1"]);
    expect(session.getState().focus).toEqual({ table: "tdIssues", row: 1 });
    fireEvent.click(buttons[0]!);
    expect(screen.queryByRole("region", { name: "Chi tiết SCORE_ABOVE_MAX" })).toBeNull();
  });

  test("check: the command line's counts on top, and how many scoresheets errors leave out", () => {
    const session = new FakeSession();
    session.seed({
      files: [
        { name: "tieu-chi.xlsx", status: "read" },
        { name: "a.xlsx", status: "read" },
      ],
      outcome: {
        ok: true,
        result: { issues: ISSUES, units: [], sheets: [{ excluded: false }, { excluded: true }, { excluded: false }] as never, unitsInferred: false, criteria: {} as never, tallies: [], templates: [], ownResults: [] },
      },
    });
    renderWith(session, <CheckStep />);
    const summary = screen.getByRole("group", { name: "Đã đọc" });
    const figures = Array.from(summary.querySelectorAll("dt")).map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
    expect(figures).toEqual(["Tệp 2", "Phiếu chấm 3", "Dùng được 2", "Lỗi 1", "Cảnh báo 2"]);
    expect(screen.getByText("1/3 phiếu có lỗi nên không được tính khi xếp hạng cho đến khi sửa và nhập lại.")).toBeInTheDocument();
  });

  test("rank: the button computes; the ranking shows rank, unit, average and self score", () => {
    const session = new FakeSession();
    imported(session);
    renderWith(session, <RankStep />);
    fireEvent.click(screen.getByRole("button", { name: "Tính xếp hạng" }));
    expect(session.calls).toEqual(["rank"]);
    act(() => session.seed({ ranking: RANKING }));
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(within(rows[0]!).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["Hạng", "Đơn vị", "Điểm TB", "Tự chấm"]);
    expect(within(rows[1]!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["1", "Hội Luật gia tỉnh", "92,35", "95,00"]);
    expect(within(rows[2]!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["—", "Hội Người mù tỉnh", "—", "—"]);
  });

  test("nominate: opened, the step proposes at once (no button named like it); the proposals with their award, and a tie called out", () => {
    const session = new FakeSession();
    imported(session);
    renderWith(session, <NominateStep />);
    expect(session.calls).toEqual(["nominate"]);
    expect(screen.queryByRole("button", { name: "Lập danh sách đề nghị" })).toBeNull();
    act(() =>
      session.seed({
      proposals: {
        nominations: [
          { unit: "Hội A", award: "bang-khen-ubnd-tinh", awardName: "Bằng khen của Chủ tịch UBND tỉnh", rank: 3, average: 90.5, tied: true },
          { unit: "Hội B", award: "bang-khen-ubnd-tinh", awardName: "Bằng khen của Chủ tịch UBND tỉnh", rank: 3, average: 90.5, tied: true },
        ],
        issues: [{ severity: "warning", code: "NOMINATION_TIE", params: { award: "Bằng khen của Chủ tịch UBND tỉnh", units: "Hội A, Hội B", rank: 3 } }],
      },
      }),
    );
    expect(screen.getByText(/Hội A, Hội B bằng điểm ở vị trí cuối/)).toBeInTheDocument();
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Bằng điểm");
  });

  test("rank: what the ranking uses is said first; with sheets left out for errors it asks, and Xem lỗi goes to Kiểm tra without ranking", () => {
    const session = new FakeSession();
    withSheets(session, [false, true, false, true]);
    const went: string[] = [];
    renderWith(
      session,
      <StepNavContext.Provider value={(step) => went.push(step)}>
        <RankStep />
      </StepNavContext.Provider>,
    );
    expect(screen.getByTestId("rank-uses")).toHaveTextContent("Xếp hạng dùng 2/4 phiếu chấm. 2 phiếu có lỗi sẽ không được tính");
    fireEvent.click(screen.getByRole("button", { name: "Tính xếp hạng" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("2 phiếu có lỗi sẽ không được tính");
    expect(dialog).toHaveTextContent("Xếp hạng sẽ chỉ dùng 2/4 phiếu chấm.");
    expect(session.calls).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Xem lỗi" }));
    expect(went).toEqual(["check"]);
    expect(session.calls).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Tính xếp hạng" }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Vẫn tính xếp hạng" }));
    expect(session.calls).toEqual(["rank"]);
    // Ranked, the step ends with the next one's action.
    act(() => session.seed({ ranking: RANKING }));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo: Lập danh sách đề nghị" }));
    expect(went).toEqual(["check", "nominate"]);
  });

  test("rank: every sheet usable, no question; step 4 says nothing of incomplete data", () => {
    const session = new FakeSession();
    withSheets(session, [false, false]);
    renderWith(session, <RankStep />);
    expect(screen.getByTestId("rank-uses")).toHaveTextContent("Xếp hạng dùng 2/2 phiếu chấm.");
    fireEvent.click(screen.getByRole("button", { name: "Tính xếp hạng" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(session.calls).toEqual(["rank"]);
  });

  test("nominate: on a ranking with sheets left out, step 4 says it stands on incomplete data", () => {
    const session = new FakeSession();
    withSheets(session, [false, true, true]);
    renderWith(session, <NominateStep />);
    expect(screen.getByTestId("incomplete-data")).toHaveTextContent("Xếp hạng trên dữ liệu chưa đủ");
    expect(screen.getByTestId("incomplete-data")).toHaveTextContent("2/3 phiếu chấm có lỗi không được tính");
  });

  test("nominate: the meeting's form comes before the vote, the vote before Lập hồ sơ", () => {
    const session = new FakeSession();
    imported(session);
    renderWith(session, <NominateStep />);
    const regions = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(regions.filter((r) => ["Thông tin cuộc họp", "Bỏ phiếu suy tôn", "Lập hồ sơ"].includes(r ?? ""))).toEqual(["Thông tin cuộc họp", "Bỏ phiếu suy tôn", "Lập hồ sơ"]);
    // Before the ballot, Tạo phiếu bầu is the primary button, not Kiểm phiếu.
    expect(screen.getByRole("button", { name: "Tạo phiếu bầu" })).toHaveAttribute("data-appearance", "primary");
    expect(screen.getByRole("button", { name: "Kiểm phiếu" })).toHaveAttribute("data-appearance", "secondary");
  });

  test("English when the pane's language is English", () => {
    const session = new FakeSession();
    session.updateSettings({ lang: "en" });
    imported(session);
    renderWith(session, <CheckStep />);
    expect(screen.getByRole("button", { name: "Errors (1)" })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(cards()[0]!);
    expect(cards()[0]).toHaveTextContent("The score 7 is above the maximum 5");
    expect(screen.getByRole("region", { name: "Details of SCORE_ABOVE_MAX" })).toHaveTextContent("Cell CTĐ!E14 is in your file a.xlsx");
  });
});
