import { readMark } from "../../../src/core/vote/marks";

describe("readMark (SPEC §5.1's marks, matched as §2 matches labels)", () => {
  test.each(["Đồng ý", "ĐỒNG Ý", "dong y", "  Đồng   ý ", "Nhất trí", "nhat tri", "Có", "co", "x", "X", "1", "✓", "✔", 1, true])("%p agrees", (value) => {
    expect(readMark(value)).toBe("for");
  });
  test.each(["Không đồng ý", "KHONG DONG Y", "Không nhất trí", "Không", "khong", "0", "-", "–", 0, false])("%p disagrees", (value) => {
    expect(readMark(value)).toBe("against");
  });
  test.each([null, "", "   ", "\u00a0"])("%p is blank", (value) => {
    expect(readMark(value)).toBe("blank");
  });
  test.each(["Đạt", "v", "2", 2, 0.5, "Đồng ý?!x", "Đồng ý?", "Đồng ý.", "Đồng ý (có ý kiến)", "x x", "- -", "Có mặt", { error: "#N/A" }, new Date(2026, 0, 1)])("%p is no mark", (value) => {
    expect(readMark(value)).toBe("unknown");
  });
});
