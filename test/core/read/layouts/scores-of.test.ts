import { LAYOUTS, scoresOf } from "../../../../src/core/read/layouts/index";

describe("a layout's abilities are its reader's", () => {
  test("layouts A and B score each criterion; layout C gives a sheet's total only", () => {
    expect(LAYOUTS.map((l) => [l.layout, l.scores])).toEqual([
      ["A", "per-criterion"],
      ["B", "per-criterion"],
      ["C", "total"],
    ]);
    expect(["A", "B", "C"].map((id) => scoresOf(id as "A" | "B" | "C"))).toEqual(["per-criterion", "per-criterion", "total"]);
  });
});
