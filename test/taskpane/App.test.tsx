/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/app/App";
import type { Host } from "../../src/taskpane/app/host";

const preview: Host = { kind: "preview", lang: "vi", dark: false };

/** The tabs are exactly these, in this order (by accessible name: Fluent renders a hidden copy of each label). */
function expectTabs(names: string[]) {
  const tabs = screen.getAllByRole("tab");
  expect(tabs).toHaveLength(names.length);
  names.forEach((name, i) => expect(tabs[i]).toBe(screen.getByRole("tab", { name })));
}

describe("task pane", () => {
  test("shows the four steps in Vietnamese, in the officer's order", () => {
    render(<App host={preview} />);
    expectTabs(["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"]);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Thi đua – Chấm điểm & Bình xét");
  });

  test("starts on the import step and says plainly what it will do", () => {
    render(<App host={preview} />);
    expect(screen.getByRole("tab", { name: "1. Nhập phiếu chấm" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Nhập phiếu chấm");
    expect(screen.getByText(/bảng tiêu chí, danh sách đơn vị và phiếu chấm/)).toBeInTheDocument();
    expect(screen.getByLabelText("Chọn các tệp .xlsx của khối")).toHaveAttribute("multiple");
    expect(screen.getByRole("button", { name: "Dùng bộ mẫu" })).toBeInTheDocument();
  });

  test("each step opens its own panel", () => {
    render(<App host={preview} />);
    fireEvent.click(screen.getByRole("tab", { name: "3. Tính xếp hạng" }));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Tính xếp hạng");
    expect(screen.getByText(/không tính điểm tự chấm/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("tab", { name: "4. Lập danh sách đề nghị" }));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Lập danh sách đề nghị");
  });

  test("the browser app names itself and says the data stays on this computer; inside Excel it does not", () => {
    const { unmount } = render(<App host={preview} />);
    expect(screen.getByRole("status")).toHaveTextContent("Thi đua trên trình duyệt");
    expect(screen.getByRole("status")).toHaveTextContent("dữ liệu chỉ ở trên máy tính này");
    expect(document.body.textContent).not.toMatch(/xem thử|preview/i);
    unmount();
    render(<App host={{ kind: "excel", lang: "vi", dark: false }} />);
    expect(screen.queryByText("Thi đua trên trình duyệt")).not.toBeInTheDocument();
  });

  test("in an Excel without ExcelApi 1.8 it says which Excel is needed and offers the results as downloads", () => {
    render(<App host={{ kind: "excel", lang: "vi", dark: false, support: { writeSheets: false, readThisWorkbook: false, excelApi: "1.7" } }} />);
    expect(screen.getByText("Excel này chưa ghi được kết quả vào sổ tính")).toBeInTheDocument();
    expect(document.body.textContent).toContain("cần ExcelApi 1.8 (Excel 2021, Excel 2024, Microsoft 365 hoặc Excel trên web)");
    expect(document.body.textContent).toContain("Excel này có ExcelApi 1.7");
    // The steps are all there; the results go to the browser app's in-memory workbook, whose sheets are downloaded.
    expectTabs(["1. Nhập phiếu chấm", "2. Kiểm tra", "3. Tính xếp hạng", "4. Lập danh sách đề nghị"]);
  });

  test("in an Excel with ExcelApi 1.8 nothing is said and the results go into the workbook", () => {
    render(<App host={{ kind: "excel", lang: "vi", dark: false, support: { writeSheets: true, readThisWorkbook: true, excelApi: "1.17" } }} />);
    expect(screen.queryByText("Excel này chưa ghi được kết quả vào sổ tính")).not.toBeInTheDocument();
  });

  test("speaks English when Office's language is not Vietnamese", () => {
    render(<App host={{ kind: "excel", lang: "en", dark: false }} />);
    expectTabs(["1. Import scoresheets", "2. Check", "3. Compute ranking", "4. Prepare nominations"]);
  });
});
