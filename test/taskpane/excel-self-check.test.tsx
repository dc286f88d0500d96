/** @jest-environment jsdom */
/**
 * *Kiểm tra Excel này* under Cài đặt: in the preview it says Excel is
 * absent and offers nothing to run; on the double it runs and shows a text
 * to copy, one line per check, Excel's own words for a refusal.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { ExcelSelfCheck } from "../../src/taskpane/app/ExcelSelfCheck";
import { SettingsDrawer } from "../../src/taskpane/app/SettingsDrawer";
import { BlockSession } from "../../src/taskpane/session/block-session";
import { MemoryWorkbook } from "../../src/xlsx/memory-workbook";
import { readWorkbook } from "../../src/xlsx/read/read-workbook";
import { FakeExcel } from "../excel/fake-excel";
import { renderWith } from "../support/render-pane";

jest.setTimeout(30_000);

Object.assign(globalThis, { TextDecoder, TextEncoder });

function session(lang: "vi" | "en" = "vi") {
  const workbook = new MemoryWorkbook();
  return new BlockSession({ sink: workbook, pageSink: workbook, readWorkbook, lang, keptSettings: workbook, keptTally: workbook });
}

describe("Kiểm tra Excel này", () => {
  test("in the preview, under Cài đặt, it says Excel is absent and runs nothing", () => {
    renderWith(session(), <SettingsDrawer open onClose={() => undefined} />);
    expect(screen.getByRole("heading", { name: "Kiểm tra Excel này" })).toBeInTheDocument();
    expect(screen.getByText(/Không có Excel/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Kiểm tra" })).toBeNull();
  });

  test("on the double it runs and shows what worked, with what failed in Excel's words", async () => {
    const fake = new FakeExcel({ apiVersion: 8 });
    fake.addSheet("Số liệu của tôi");
    fake.workbook.structureProtected = true;
    renderWith(session(), <ExcelSelfCheck host={fake} />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const box = (await screen.findByRole("textbox")) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toMatch(/Thêm trang tính: LỖI — GeneralException/));
    expect(box.value).toMatch(/Bộ API hỗ trợ: ExcelApi 1\.1–1\.8/);
    expect(box.value).toMatch(/Thiết lập trang in: không thử/);
    expect(box.value).toMatch(/Xóa trang tạm: được/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Số liệu của tôi"]);
    expect(screen.getByRole("button", { name: "Sao chép kết quả" })).toBeInTheDocument();
  });
});
