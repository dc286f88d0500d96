/** @jest-environment jsdom */
/** The preview shows a page as a grid of its cells, chosen in the menu of our sheets. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PreviewSheets } from "../../src/taskpane/app/PreviewSheets";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { SessionContext } from "../../src/taskpane/session/context";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { FORMULA_TEXT, SAMPLE_PAGE } from "../workbook/sample-page";
import { renderWith } from "../support/render-pane";
import { criteriaTable, roster, scoresheet } from "../support/tiny-block";

test("a page written to the preview's workbook shows as a grid, merged title spanning, user text as text", async () => {
  const workbook = new MemoryWorkbook();
  const session = new BlockSession({ sink: workbook, readWorkbook: () => Promise.reject(new Error("unused")), lang: "vi" });
  await workbook.writePages([SAMPLE_PAGE]);
  render(
    <SessionContext.Provider value={session}>
      <PreviewSheets workbook={workbook} />
    </SessionContext.Provider>,
  );
  // The sheet shown is named in the menu of sheets, which a task pane's width holds (issue 22).
  expect(screen.getByRole("combobox", { name: "Trang đang xem" })).toHaveTextContent("Phiếu mẫu");
  const grid = screen.getByRole("region", { name: "Phiếu mẫu" });
  const title = within(grid).getByText("PHIẾU CHẤM ĐIỂM THI ĐUA");
  expect(title).toHaveAttribute("colspan", "4");
  expect(title).toHaveStyle({ fontWeight: "bold", textAlign: "center" });
  expect(within(grid).getByText(FORMULA_TEXT).tagName).toBe("TD");
  expect(within(grid).getByText("29/12/2022")).toBeInTheDocument();
  // The total's cached result, with the cell's two decimals in Vietnamese.
  expect(within(grid).getByText("19,00")).toBeInTheDocument();
});

test("a wide table opens over the whole window, the same rows, and closes back to the pane's box", async () => {
  const workbook = new MemoryWorkbook();
  const read = new Map([
    ["tieu-chi.xlsx", criteriaTable("tieu-chi.xlsx")],
    ["danh-sach.xlsx", roster],
    ["phieu.xlsx", scoresheet("phieu.xlsx", "Luật gia", "Nhà báo", [9, 12])],
  ]);
  const session = new BlockSession({ sink: workbook, readWorkbook: async (_bytes, name) => ({ ok: true, grids: [read.get(name)!] }), lang: "vi" });
  await session.importFiles([...read.keys()].map((name) => ({ name, read: async () => new ArrayBuffer(0) })));
  renderWith(session, <PreviewSheets workbook={workbook} />);
  const box = screen.getByRole("region", { name: screen.getByRole("combobox", { name: "Trang đang xem" }).textContent ?? "" });
  const headers = within(box).getAllByRole("columnheader").map((th) => th.textContent);
  const cells = within(box).getAllByRole("cell").map((td) => td.textContent);
  expect(cells.length).toBeGreaterThan(0);
  expect(screen.queryByRole("dialog")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Xem toàn màn hình" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(headers);
  expect(within(dialog).getAllByRole("cell").map((td) => td.textContent)).toEqual(cells);
  // The pane's own box keeps the one table Đến ô marks; the window's copy carries no table name of its own.
  expect(document.querySelectorAll("table[data-table]")).toHaveLength(1);
  fireEvent.click(within(dialog).getByRole("button", { name: "Đóng" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
});
