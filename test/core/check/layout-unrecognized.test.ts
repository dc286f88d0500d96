import { layoutUnrecognized } from "../../../src/core/check/layout-unrecognized";
import { expectIssue } from "./helpers";

describe("LAYOUT_UNRECOGNIZED", () => {
  test("beside usable sheets: a warning, no cell", () => {
    expectIssue(layoutUnrecognized("luat-gia.xlsx", "Hướng dẫn", true), {
      severity: "warning",
      code: "LAYOUT_UNRECOGNIZED",
      file: "luat-gia.xlsx",
      sheet: "Hướng dẫn",
      params: {},
    });
  });

  test("in a workbook with no usable sheet: an error", () => {
    expectIssue(layoutUnrecognized("ghi-chu.xlsx", "Sheet1", false), {
      severity: "error",
      code: "LAYOUT_UNRECOGNIZED",
      file: "ghi-chu.xlsx",
      sheet: "Sheet1",
      params: {},
    });
  });
});
