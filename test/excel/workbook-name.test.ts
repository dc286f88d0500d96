import { workbookNameOf } from "../../src/excel/host";

describe("the open workbook's name, from Office's path or URL", () => {
  test("a local path, a OneDrive URL with escapes and a query, an unsaved workbook", () => {
    expect(workbookNameOf("C:\\Users\\vanthu\\Khối thi đua\\Khoi 2026.xlsx")).toBe("Khoi 2026.xlsx");
    expect(workbookNameOf("https://onedrive.live.com/personal/x/Documents/Kh%E1%BB%91i%202026.xlsx?web=1")).toBe("Khối 2026.xlsx");
    expect(workbookNameOf("/Users/vanthu/Desktop/100%.xlsx")).toBe("100%.xlsx");
    expect(workbookNameOf("")).toBeNull();
    expect(workbookNameOf(undefined)).toBeNull();
  });
});
