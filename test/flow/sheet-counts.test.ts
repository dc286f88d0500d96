/** The scoresheets a ranking uses, counted once for the command's report and the pane (issue 22). */
import { sheetCounts } from "../../src/flow/import";
import { sheets } from "../workbook/sample-result";

describe("sheetCounts", () => {
  test("the sheets left out for errors are not among those used", () => {
    expect(sheetCounts({ sheets })).toEqual({ sheets: 10, used: 9, leftOut: 1 });
  });

  test("a block with every sheet usable leaves none out", () => {
    expect(sheetCounts({ sheets: sheets.filter((s) => !s.excluded) })).toEqual({ sheets: 9, used: 9, leftOut: 0 });
  });
});
