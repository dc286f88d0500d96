import { gradeNotAllowed } from "../../../src/core/check/grade-not-allowed";
import { makeGrid } from "../../../src/core/model/grid";
import { readCriteriaTable } from "../../../src/core/read/criteria/criteria-table";
import { at, blank, buildTable, contextFor, expectIssue, num, rawSheet, resolved, scoreCell, scores, text } from "./helpers";

const context = contextFor();
const check = (values: Parameters<typeof scores>[0]) => gradeNotAllowed(resolved(rawSheet({ scores: scores(values) })), context);

describe("GRADE_NOT_ALLOWED", () => {
  test("each allowed grade is fine", () => {
    for (const grade of [4, 3, 2, 0]) expect(check({ "I.3": num(grade) })).toEqual([]);
  });

  test("a value between grades, at the cell, with the grades listed", () => {
    const issues = check({ "I.3": num(2.5) });
    expect(issues).toHaveLength(1);
    expectIssue(issues[0], {
      severity: "error",
      code: "GRADE_NOT_ALLOWED",
      ...at(scoreCell("I.3"), "I.3"),
      params: { value: 2.5, allowed: "4; 3; 2; 0" },
    });
    expect(check({ "I.3": num(1) })).toHaveLength(1);
  });

  test("within floating-point noise of a grade is that grade", () => {
    expect(check({ "I.3": num(3 + 1e-10) })).toEqual([]);
    expect(check({ "I.3": num(3 + 1e-6) })).toHaveLength(1);
  });

  test("criteria without grades take any value", () => {
    expect(check({ "I.1": num(7.3), "I.2.1": num(0.25) })).toEqual([]);
  });

  test("blank and text are other rules' business; so is a value out of range", () => {
    expect(check({ "I.3": blank })).toEqual([]);
    expect(check({ "I.3": text("Tốt") })).toEqual([]);
    expect(check({ "I.3": num(5) })).toEqual([]); // SCORE_ABOVE_MAX
    expect(check({ "I.3": num(-1) })).toEqual([]); // SCORE_NEGATIVE
  });

  test("a graded deduction compares its magnitude", () => {
    const table = buildTable([
      { id: "I", max: 10 },
      { id: "I.1", max: 10 },
      { id: "V", max: 5, kind: "deduction" },
      { id: "V.1", max: 5, allowed: [0, 2, 5] },
    ]);
    const sheet = (value: number) =>
      resolved(rawSheet({ scores: [{ criterionId: "V.1", cell: "E18", value: num(value) }] }));
    expect(gradeNotAllowed(sheet(-2), contextFor(table))).toEqual([]);
    expect(gradeNotAllowed(sheet(5), contextFor(table))).toEqual([]);
    const issues = gradeNotAllowed(sheet(-3), contextFor(table));
    expectIssue(issues[0], {
      severity: "error",
      code: "GRADE_NOT_ALLOWED",
      ...at("E18", "V.1"),
      params: { value: 3, allowed: "0; 2; 5" },
    });
  });

  test("levels written as SPEC §2.2 writes them, in the criterion's text, refuse a score between them (issue 17)", () => {
    const read = readCriteriaTable(
      makeGrid("bang-tieu-chi.xlsx", "Tiêu chí", [
        ["TT", "Nội dung tiêu chí", "Điểm chuẩn"],
        ["I", "Công tác chung", 10],
        [1, "Chấp hành chế độ báo cáo (Tốt 4 / Khá 3 / TB 2 / Yếu 0)", 4],
        [2, "Tổ chức hoạt động", 6],
      ]),
    );
    if (!read) throw new Error("no table");
    expect(read.table.criteria.find((c) => c.id === "I.1")?.allowedValues).toEqual([4, 3, 2, 0]);
    const sheet = (value: number) => resolved(rawSheet({ scores: [{ criterionId: "I.1", cell: "D3", value: num(value) }] }));
    expect(gradeNotAllowed(sheet(3), contextFor(read.table))).toEqual([]);
    expectIssue(gradeNotAllowed(sheet(3.5), contextFor(read.table))[0], {
      severity: "error",
      code: "GRADE_NOT_ALLOWED",
      ...at("D3", "I.1"),
      params: { value: 3.5, allowed: "4; 3; 2; 0" },
    });
  });
});
