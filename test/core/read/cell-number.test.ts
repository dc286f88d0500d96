import { cellDisplayText, cellNumber, isBlankCell, parseCellNumber } from "../../../src/core/read/cell-number";

describe("parseCellNumber", () => {
  test("numbers are numbers", () => {
    expect(parseCellNumber(9.5)).toEqual({ kind: "number", value: 9.5 });
    expect(parseCellNumber(-2)).toEqual({ kind: "number", value: -2 });
    expect(parseCellNumber(-0)).toEqual({ kind: "number", value: 0 });
  });

  test("numbers typed as text: , or . as the decimal mark, stray spaces", () => {
    expect(parseCellNumber(" 9,5 ")).toEqual({ kind: "number", value: 9.5 });
    expect(parseCellNumber("10.0")).toEqual({ kind: "number", value: 10 });
    expect(parseCellNumber("10")).toEqual({ kind: "number", value: 10 });
    expect(parseCellNumber("\u00a08\u00a0")).toEqual({ kind: "number", value: 8 });
    expect(parseCellNumber("9 , 5")).toEqual({ kind: "number", value: 9.5 });
    expect(parseCellNumber(",5")).toEqual({ kind: "number", value: 0.5 });
    expect(parseCellNumber("+3")).toEqual({ kind: "number", value: 3 });
  });

  test("minus signs: ASCII, Unicode minus, en dash", () => {
    expect(parseCellNumber("-2")).toEqual({ kind: "number", value: -2 });
    expect(parseCellNumber("−2")).toEqual({ kind: "number", value: -2 });
    expect(parseCellNumber("– 2,5")).toEqual({ kind: "number", value: -2.5 });
  });

  test("thousands separators are not read: 1.000,5 and 1 000 are text", () => {
    expect(parseCellNumber("1.000,5")).toEqual({ kind: "text", text: "1.000,5" });
    expect(parseCellNumber("1 000")).toEqual({ kind: "text", text: "1 000" });
    expect(parseCellNumber("1,000")).toEqual({ kind: "number", value: 1 });
  });

  test("blank strings are blank", () => {
    expect(parseCellNumber(null)).toEqual({ kind: "blank" });
    expect(parseCellNumber("")).toEqual({ kind: "blank" });
    expect(parseCellNumber("   ")).toEqual({ kind: "blank" });
    expect(isBlankCell(" \u00a0")).toBe(true);
    expect(isBlankCell(0)).toBe(false);
  });

  test("other text is text", () => {
    expect(parseCellNumber("Đạt")).toEqual({ kind: "text", text: "Đạt" });
    expect(parseCellNumber(" x ")).toEqual({ kind: "text", text: "x" });
    expect(parseCellNumber("-")).toEqual({ kind: "text", text: "-" });
    expect(parseCellNumber("9,5 điểm")).toEqual({ kind: "text", text: "9,5 điểm" });
    expect(parseCellNumber("90%")).toEqual({ kind: "text", text: "90%" });
    expect(parseCellNumber(true)).toEqual({ kind: "text", text: "TRUE" });
    expect(parseCellNumber(new Date(Date.UTC(2026, 4, 9)))).toEqual({ kind: "text", text: "09/05/2026" });
  });

  test("errors are errors", () => {
    expect(parseCellNumber({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(parseCellNumber(Number.NaN)).toEqual({ kind: "error", error: "#NUM!" });
  });

  test("cellNumber and cellDisplayText", () => {
    expect(cellNumber("9,5")).toBe(9.5);
    expect(cellNumber("Đạt")).toBeNull();
    expect(cellDisplayText("  9,5 ")).toBe("9,5");
    expect(cellDisplayText({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellDisplayText(null)).toBe("");
  });
});
