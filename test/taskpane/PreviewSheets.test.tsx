/** @jest-environment jsdom */
/** The preview shows a page as a grid of its cells, chosen in the menu of our sheets. */
import { render, screen, within } from "@testing-library/react";
import { PreviewSheets } from "../../src/taskpane/app/PreviewSheets";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { SessionContext } from "../../src/taskpane/session/context";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { FORMULA_TEXT, SAMPLE_PAGE } from "../workbook/sample-page";

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
