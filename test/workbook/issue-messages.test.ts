/**
 * Kiểm tra says a value missing from the documents where the reader gives
 * it: the pane's field by default, the command line's option when it says
 * so (issue 22: the pane's message names no --meeting file).
 */
import { commandLineTodo } from "../../src/cli/missing-values";
import type { Issue } from "../../src/core/model/issue";
import { resultSheets } from "../../src/workbook/result-sheets";
import { sampleInput } from "./sample-result";

const missing: Issue = { severity: "warning", code: "TEMPLATE_VALUE_MISSING", file: "bien-ban.docx", params: { field: "ten_khoi", placeholder: "{{ten_khoi}}" } };

const messageOf = (sheets: ReturnType<typeof resultSheets>) => {
  const issues = sheets.find((s) => s.table.name === "tdIssues")!;
  return String(issues.table.rows.find((r) => r[1] === "TEMPLATE_VALUE_MISSING")![2]);
};

test("the pane's Kiểm tra points to its field; the command's, to the --meeting file", () => {
  const pane = messageOf(resultSheets(sampleInput({ issues: [missing] }), "vi"));
  expect(pane).toContain("Tên khối, cụm thi đua ở Thông tin cuộc họp (bước 4)");
  expect(pane).not.toContain("--meeting");
  expect(pane).not.toContain("Cài đặt");
  const command = messageOf(resultSheets(sampleInput({ issues: [missing], messages: { missingValueTodo: commandLineTodo } }), "vi"));
  expect(command).toContain("--meeting");
});

test("in English, a plural value reads as English", () => {
  const recipients: Issue = { ...missing, params: { field: "noi_nhan", placeholder: "{{noi_nhan}}" } };
  expect(messageOf(resultSheets(sampleInput({ issues: [recipients] }), "en"))).toMatch(/^The placeholder \{\{noi_nhan\}\} is left blank: no recipients given yet\./);
});
