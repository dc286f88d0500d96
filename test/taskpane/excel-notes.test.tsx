/** @jest-environment jsdom */
/**
 * The pane's words for what Excel did not do although the pages are there
 * (a refused print setup, a protected template sheet), and the undo note
 * on a reopened workbook before this session has written anything.
 */
import { screen } from "@testing-library/react";
import { ExcelNotes } from "../../src/taskpane/app/ExcelNotes";
import { UndoNote } from "../../src/taskpane/app/UndoNote";
import { BlockSession } from "../../src/taskpane/session/block-session";
import type { SessionState } from "../../src/taskpane/session/session-state";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { renderWith } from "../support/render-pane";

/** A session whose state a test sets as the slices would (their own tests show how it gets there). */
class Shown extends BlockSession {
  show(patch: Partial<SessionState>): this {
    this.set(patch);
    return this;
  }
}

function session(lang: "vi" | "en") {
  const workbook = new MemoryWorkbook();
  return new Shown({ sink: workbook, pageSink: workbook, readWorkbook, lang });
}

const documents = (protectedTemplates: readonly string[]) => ({ ids: [], sheets: [], issues: [], plainTemplates: [], protectedTemplates, from: [] });

describe("what Excel did not do, said after the write", () => {
  test.each([
    ["vi", /Đã ghi các trang Biên bản, Phiếu bầu.*không nhận thiết lập trang in.*Bố trí Trang \(Page Layout\)/],
    ["en", /The pages Biên bản, Phiếu bầu are written.*did not accept their print setup.*Page Layout tab/],
  ] as const)("a refused print setup names the pages and says where to set it (%s)", (lang, said) => {
    renderWith(session(lang).show({ printSetupFailed: ["Biên bản", "Phiếu bầu"] }), <ExcelNotes />);
    expect(screen.getByText(said)).toBeInTheDocument();
  });

  test.each([
    ["vi", /Trang tính “Mẫu biên bản” đang khóa.*Bỏ khóa trang mẫu/],
    ["en", /The sheet “Mẫu biên bản” is protected.*Unprotect the template sheet/],
  ] as const)("a protected template sheet is named (%s)", (lang, said) => {
    renderWith(session(lang).show({ documents: documents(["Mẫu biên bản"]) }), <ExcelNotes />);
    expect(screen.getByText(said)).toBeInTheDocument();
  });

  test("nothing refused, nothing protected: nothing said", () => {
    const { container } = renderWith(session("vi").show({ documents: documents([]) }), <ExcelNotes />);
    expect(container.textContent).toBe("");
  });
});

describe("the undo note", () => {
  test("a reopened workbook holding our sheets gets it before the session's first write", () => {
    renderWith(session("vi").show({ ourSheetsFound: true }), <UndoNote inExcel />);
    expect(screen.getByRole("note")).toHaveTextContent(/Hoàn tác \(Ctrl\+Z\)/);
  });

  test("a workbook without our sheets, before any write: none; outside Excel: none", () => {
    const { container } = renderWith(session("vi"), <UndoNote inExcel />);
    expect(container.textContent).toBe("");
    const preview = renderWith(session("vi").show({ ourSheetsFound: true }), <UndoNote inExcel={false} />);
    expect(preview.container.textContent).toBe("");
  });
});
