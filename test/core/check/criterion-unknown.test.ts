import { criterionUnknown } from "../../../src/core/check/criterion-unknown";
import { at, blank, contextFor, expectIssue, num, rawSheet, resolved, text } from "./helpers";

const context = contextFor();

describe("CRITERION_UNKNOWN", () => {
  test("each scored row matching no criterion, at its score's cell, with its label", () => {
    const sheet = resolved(
      rawSheet({
        unknownRows: [
          { label: "7. Công tác khác", cell: "E20", value: num(2) },
          { label: "VI. Điểm khuyến khích", cell: "E21", value: text("Đạt") },
        ],
      }),
    );
    const issues = criterionUnknown(sheet, context);
    expect(issues).toHaveLength(2);
    expectIssue(issues[0], {
      severity: "error",
      code: "CRITERION_UNKNOWN",
      ...at("E20"),
      params: { label: "7. Công tác khác" },
    });
    expect(issues[1]?.params.label).toBe("VI. Điểm khuyến khích");
  });

  test("a row with a blank score is no scored row", () => {
    const sheet = resolved(rawSheet({ unknownRows: [{ label: "Ghi chú thêm", cell: "E22", value: blank }] }));
    expect(criterionUnknown(sheet, context)).toEqual([]);
  });

  test("none, none", () => {
    expect(criterionUnknown(resolved(), context)).toEqual([]);
  });
});
