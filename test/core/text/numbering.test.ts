import { isBullet, parseNumbering, romanValue, splitLeadingNumbering } from "../../../src/core/text/numbering";

const level = (raw: Parameters<typeof parseNumbering>[0]) => parseNumbering(raw)?.level ?? null;
const key = (raw: Parameters<typeof parseNumbering>[0]) => parseNumbering(raw)?.key ?? null;

describe("parseNumbering", () => {
  test("upper-case Roman numerals are sections, with or without . or )", () => {
    for (const raw of ["I", "II.", "IV)", "V", "IX", "XII.", " III "]) expect(level(raw)).toBe("section");
    expect(parseNumbering("IV)")).toMatchObject({ level: "section", key: "IV", value: 4, printed: "IV)" });
    expect(romanValue("XIV")).toBe(14);
  });

  test("whole numbers are criteria, as text or as number cells", () => {
    for (const raw of ["1", "2.", "2)", "(2)", "10", 2, 12]) expect(level(raw)).toBe("criterion");
    expect(parseNumbering("2)")).toMatchObject({ key: "2", parts: [2], printed: "2)" });
    expect(parseNumbering(2)).toMatchObject({ key: "2", printed: "2" });
    expect(parseNumbering("02")).toMatchObject({ key: "2" });
  });

  test("dotted numbers are sub-criteria with their parts", () => {
    expect(parseNumbering("1.1")).toMatchObject({ level: "subcriterion", key: "1.1", parts: [1, 1] });
    expect(parseNumbering("2.3.1")).toMatchObject({ level: "subcriterion", key: "2.3.1", parts: [2, 3, 1] });
    expect(parseNumbering("1.1.")).toMatchObject({ level: "subcriterion", key: "1.1" });
    expect(parseNumbering("1.10")).toMatchObject({ key: "1.10", parts: [1, 10] });
  });

  test("a number cell is read by its string form: 1.10 typed as a number is 1.1 (documented ambiguity)", () => {
    expect(parseNumbering(1.1)).toMatchObject({ level: "subcriterion", key: "1.1" });
    expect(parseNumbering(1.1)).toEqual(parseNumbering(1.1)); // Excel's 1.10 is this very number
    expect(parseNumbering(2.3)).toMatchObject({ key: "2.3", parts: [2, 3] });
    expect(parseNumbering(0)).toBeNull();
    expect(parseNumbering(-1)).toBeNull();
  });

  test("a Roman prefix (I.2, II.2.1) is kept apart from the number", () => {
    expect(parseNumbering("I.2")).toMatchObject({ level: "criterion", key: "2", sectionPrefix: "I" });
    expect(parseNumbering("II.2.1")).toMatchObject({ level: "subcriterion", key: "2.1", sectionPrefix: "II" });
  });

  test("single letters are items, đ included", () => {
    for (const raw of ["a", "a)", "a.", "b)", "(c)", "đ)", "e"]) expect(level(raw)).toBe("item");
    expect(parseNumbering("đ)")).toMatchObject({ key: "đ", letter: "đ", uppercase: false });
    expect(parseNumbering("B.")).toMatchObject({ level: "item", key: "b", uppercase: true });
    expect(parseNumbering("C")).toMatchObject({ level: "item" }); // C is no section: sections use I, V, X only
  });

  test("lower case is never a section: i) and ii) are items", () => {
    expect(parseNumbering("i)")).toMatchObject({ level: "item", key: "i" });
    expect(parseNumbering("ii)")).toMatchObject({ level: "item", key: "ii" });
    expect(parseNumbering("iv.")).toMatchObject({ level: "item", key: "iv" });
    expect(level("I")).toBe("section");
  });

  test("bullets and other text are no numbering", () => {
    for (const raw of ["-", "+", "*", "•", "–", "", "  ", "Nội dung", "1a", "a1", "(2", null, true, { error: "#REF!" }, new Date(0)])
      expect(parseNumbering(raw)).toBeNull();
    expect(isBullet("-")).toBe(true);
    expect(isBullet(" + ")).toBe(true);
    expect(isBullet("a")).toBe(false);
  });

  test("key is the id segment", () => {
    expect(key("II.")).toBe("II");
    expect(key("3)")).toBe("3");
    expect(key("A)")).toBe("a");
  });
});

describe("splitLeadingNumbering", () => {
  test("cuts a numbering off the start of a text", () => {
    expect(splitLeadingNumbering("a) Tổ chức hội nghị")).toMatchObject({ numbering: { level: "item", key: "a" }, rest: "Tổ chức hội nghị" });
    expect(splitLeadingNumbering("I. CÔNG TÁC CHỈ ĐẠO")).toMatchObject({ numbering: { level: "section", key: "I" }, rest: "CÔNG TÁC CHỈ ĐẠO" });
    expect(splitLeadingNumbering("2.1 Thực hiện")).toMatchObject({ numbering: { key: "2.1" }, rest: "Thực hiện" });
    expect(splitLeadingNumbering("3. Báo cáo")).toMatchObject({ numbering: { level: "criterion", key: "3" } });
  });

  test("an ordinary first word is no numbering", () => {
    expect(splitLeadingNumbering("Tốt: 4 điểm")).toBeNull();
    expect(splitLeadingNumbering("A Lưới")).toBeNull();
    expect(splitLeadingNumbering("Công tác khác")).toBeNull();
    expect(splitLeadingNumbering("1 lần")).toBeNull();
  });
});
