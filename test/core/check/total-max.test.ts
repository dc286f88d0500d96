import { bonusCap, totalMax } from "../../../src/core/check/total-max";
import { buildTable, standardTable } from "./helpers";

describe("a layout-C total's max", () => {
  test("the standard table: base 24 plus the bonus section's 5", () => {
    const table = standardTable();
    expect(bonusCap(table)).toBe(5);
    expect(totalMax(table)).toBe(29);
  });

  test("sections cap their bonus; sectionless tables sum their bonus criteria; nested bonus is not counted twice", () => {
    const capped = buildTable([
      { id: "I", max: 100 },
      { id: "IV", max: 5, kind: "bonus" },
      { id: "IV.1", max: 3 },
      { id: "IV.1.1", max: 3 },
      { id: "IV.2", max: 4 },
    ]);
    expect(bonusCap(capped)).toBe(5);
    const flat = buildTable([
      { id: "1", max: 100 },
      { id: "2", max: 2, kind: "bonus" },
      { id: "3", max: 1.5, kind: "bonus" },
    ]);
    expect(totalMax(flat)).toBe(103.5);
  });

  test("a bonus section's max printed as -5 is a magnitude", () => {
    const table = buildTable([
      { id: "I", max: 100 },
      { id: "IV", max: -5, kind: "bonus" },
      { id: "IV.1", max: 5 },
    ]);
    expect(totalMax(table)).toBe(105);
  });

  test("unknown: a bonus max nowhere printed, or an empty table", () => {
    expect(
      bonusCap(buildTable([{ id: "I", max: 100 }, { id: "IV", max: null, kind: "bonus" }, { id: "IV.1", max: null }])),
    ).toBeNull();
    expect(totalMax(buildTable([], 0))).toBeNull();
  });

  test("computed once per table", () => {
    const table = standardTable();
    expect(totalMax(table)).toBe(29);
    // The table is immutable; a second call answers from the cache.
    expect(totalMax(table)).toBe(29);
  });
});

describe("a bonus nested thousands deep (a broken table) never overflows the stack", () => {
  test("the chain's one printed max, at its bottom, is the cap", () => {
    const specs = [{ id: "I", max: 100 }];
    let id = "B";
    for (let i = 0; i < 12_000; i++) {
      specs.push({ id, max: i === 11_999 ? 4 : (null as unknown as number), ...(i === 0 ? { kind: "bonus" as const } : {}) });
      id += ".1";
    }
    expect(bonusCap(buildTable(specs))).toBe(4);
  });
});
