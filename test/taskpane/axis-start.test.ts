import { axisStart } from "../../src/taskpane/components/axis-start";

describe("the averages chart's axis start", () => {
  test("a block scored 87–93 starts a little below its lowest average, on a round number, so 87.67 and 92.39 differ", () => {
    expect(axisStart([92.39, 90.1, 87.67])).toBe(86);
  });

  test("averages close together start on a round tenth, never on a floating-point remainder", () => {
    expect(axisStart([90.31, 90.52, 90.44])).toBe(90.2);
  });

  test("from zero when the averages are alike, near zero, or missing", () => {
    expect(axisStart([91, 91])).toBe(0);
    expect(axisStart([5, 100])).toBe(0);
    expect(axisStart([])).toBe(0);
  });
});
