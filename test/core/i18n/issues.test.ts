import { issueMessage } from "../../../src/core/i18n/issues";
import { ERROR_CODES, WARNING_CODES, type Issue, type IssueCode } from "../../../src/core/model/issue";

const params: Record<string, string | number> = {
  raw: "Đạt",
  value: 12.5,
  max: 10,
  allowed: "4; 3; 2; 0",
  label: "7. Công tác khác",
  name: "Hoi Luat gja",
  candidates: "Hội Nhà báo tỉnh; Hội Người mù tỉnh",
  suggestions: "Hội Luật gia tỉnh",
  otherFile: "luat-gia-2.xlsx",
  otherSheet: "CTĐ",
  registration: "Cờ Bộ",
  unit: "Hội Luật gia tỉnh",
  awards: "Cờ thi đua của Chính phủ; Bằng khen",
  printed: 15,
  sum: 14.5,
  units: "Hội Luật gia tỉnh, Hội Nhà báo tỉnh",
  award: "Cờ thi đua của UBND tỉnh",
  reason: "xls",
  voter: "Hội Nhà báo tỉnh",
  proposal: "Hội Luật gia tỉnh – Bằng khen của Chủ tịch UBND tỉnh",
  header: "Hội Đông y – Bằng khen",
  proposals: "Hội Luật gia tỉnh – Bằng khen của Chủ tịch UBND tỉnh",
  otherCell: "B12",
  placeholder: "{{chu_tri}}",
  field: "chu_tri",
  // Issue 20: a typo as written (its braces unbalanced, by nature), a package part, a template sheet, links removed.
  fragment: "{ten_khoi}}",
  part: "word/document.xml",
  template: "Biên bản",
  what: "attachedTemplate, INCLUDETEXT",
};

function issue(code: IssueCode, extra: Partial<Issue> = {}): Issue {
  return {
    severity: "error",
    code,
    scorer: "Hội Luật gia tỉnh",
    ratee: "Hội Chữ thập đỏ tỉnh",
    criterion: "I.2.1",
    params,
    ...extra,
  };
}

describe("issue messages", () => {
  test.each([...ERROR_CODES, ...WARNING_CODES])("%s reads fully in Vietnamese and English", (code) => {
    for (const lang of ["vi", "en"] as const) {
      const message = issueMessage(issue(code), lang);
      expect(message.length).toBeGreaterThan(20);
      // A template's placeholders are quoted as the officer writes them, braces and all.
      expect(message.replace(/\{\{[a-z_.]+\}\}/g, "").replace(String(params.fragment), "")).not.toMatch(/[{}]|undefined|—/);
    }
  });

  test("numbers are written as the language writes them", () => {
    expect(issueMessage(issue("SCORE_ABOVE_MAX"), "vi")).toContain("Điểm 12,5 vượt điểm tối đa 10 của tiêu chí I.2.1");
    expect(issueMessage(issue("SCORE_ABOVE_MAX"), "en")).toContain("The score 12.5 is above the maximum 10 of criterion I.2.1");
  });

  test("an unreadable file says why and how to convert it", () => {
    const xls = issue("FILE_UNREADABLE", { params: { reason: "xls" } });
    expect(issueMessage(xls, "vi")).toMatch(/Excel 97–2003 \(\.xls\).*Lưu thành.*\.xlsx/);
    expect(issueMessage({ ...xls, params: { reason: "xls", format: "xlsb" } }, "en")).toContain("(.xlsb) format");
    expect(issueMessage(xls, "en")).toMatch(/Save As.*\.xlsx/);
    const large = issue("FILE_UNREADABLE", { params: { reason: "too-large", sizeMB: 72.5, maxMB: 50 } });
    expect(issueMessage(large, "vi")).toContain("72,5 MB, tối đa 50 MB");
  });

  test("an unknown unit offers the closest names only when there are some", () => {
    expect(issueMessage(issue("UNIT_UNKNOWN"), "vi")).toContain("Có phải là: Hội Luật gia tỉnh?");
    const none = issueMessage(issue("UNIT_UNKNOWN", { params: { name: "Sở XYZ" } }), "en");
    expect(none).toBe("“Sở XYZ” is not a unit of the block's roster. Correct the name in the sheet, or add it to the roster as an alias.");
  });

  test("a missing field shows as a dash rather than 'undefined'", () => {
    expect(issueMessage(issue("SCORESHEET_MISSING", { scorer: undefined }), "en")).toBe(
      "There is no sheet of — scoring Hội Chữ thập đỏ tỉnh. Ask the unit to send it.",
    );
  });
});
