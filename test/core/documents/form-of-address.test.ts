import { personInText, personOf } from "../../../src/core/documents/form-of-address";
import { parseMeeting } from "../../../src/core/documents/meeting-file";
import { documentValues, type DocumentInput } from "../../../src/core/documents/values";
import { LUAT_GIA, sampleDocumentInput } from "../../workbook/sample-result";

describe("a name and its form of address taken apart (SPEC §7)", () => {
  test("the Ông/Bà typed with the name is split off, whatever its case or diacritics", () => {
    expect(personOf("Bà Nguyễn Thị Minh Hòa")).toEqual({ name: "Nguyễn Thị Minh Hòa", title: "bà" });
    expect(personOf("  ÔNG   Trần Văn Sơn ")).toEqual({ name: "Trần Văn Sơn", title: "ông" });
    expect(personOf("ong. Tran Van Son")).toEqual({ name: "Tran Van Son", title: "ông" });
  });

  test("the title given apart wins; a name without one stays a name", () => {
    expect(personOf("Bà Nguyễn Thị Minh Hòa", "ông")).toEqual({ name: "Nguyễn Thị Minh Hòa", title: "ông" });
    expect(personOf("Nguyễn Thị Minh Hòa", "Bà")).toEqual({ name: "Nguyễn Thị Minh Hòa", title: "bà" });
    expect(personOf("Nguyễn Thị Minh Hòa")).toEqual({ name: "Nguyễn Thị Minh Hòa" });
    expect(personOf("  ")).toBeUndefined();
  });

  test("a two-word name whose surname is Ông, and a text that looks like a formula, stay whole", () => {
    expect(personOf("Ông Tùng")).toEqual({ name: "Ông Tùng" });
    expect(personOf("=Ông Trần Văn Sơn")).toEqual({ name: "=Ông Trần Văn Sơn" });
  });

  test("in the body with its title, under the signature the name alone", () => {
    expect(personInText({ name: "Nguyễn Thị Minh Hòa", title: "bà" })).toBe("bà Nguyễn Thị Minh Hòa");
    const input: DocumentInput = sampleDocumentInput({ chair: "Bà Nguyễn Thị Minh Hòa", secretary: "Trần Văn Sơn", secretaryTitle: "Ông", present: [LUAT_GIA] });
    const { block } = documentValues(input);
    expect([block.chu_tri, block.chu_tri_day_du, block.thu_ky, block.thu_ky_day_du]).toEqual([
      { kind: "text", text: "Nguyễn Thị Minh Hòa" },
      { kind: "text", text: "bà Nguyễn Thị Minh Hòa" },
      { kind: "text", text: "Trần Văn Sơn" },
      { kind: "text", text: "ông Trần Văn Sơn" },
    ]);
  });

  test("--meeting takes chairTitle and secretaryTitle", () => {
    const parsed = parseMeeting({ chair: "Nguyễn Thị Minh Hòa", chairTitle: "bà", secretary: "Trần Văn Sơn", secretaryTitle: "ông" });
    expect(parsed).toEqual({ ok: true, meeting: { chair: "Nguyễn Thị Minh Hòa", chairTitle: "bà", secretary: "Trần Văn Sơn", secretaryTitle: "ông" } });
    expect(parseMeeting({ chairTitel: "bà" })).toEqual({ ok: false, errors: [expect.stringContaining("chairTitle")] });
  });
});
