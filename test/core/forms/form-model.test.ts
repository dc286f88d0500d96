import { formWorkbooks } from "../../../src/core/forms/form-model";
import { formFileNames } from "../../../src/core/forms/file-names";
import type { CriteriaTable, Criterion } from "../../../src/core/model/criteria";

const at = { file: "t.xlsx", sheet: "Tiêu chí", cell: "B1" };
function c(id: string, parentId: string | null, max: number | null, kind: Criterion["kind"], isLeaf: boolean, extra: Partial<Criterion> = {}): Criterion {
  return { id, level: parentId === null ? "section" : "criterion", parentId, number: id.split(".").pop() as string, text: `Tiêu chí ${id}`, maxPoints: max, kind, allowedValues: null, isLeaf, source: at, ...extra };
}
const TABLE: CriteriaTable = {
  base: 20,
  source: at,
  criteria: [
    c("I", null, 10, "normal", false),
    c("I.1", "I", 6, "normal", true),
    c("I.2", "I", 4, "normal", true, { allowedValues: [4, 2, 0] }),
    c("II", null, 10, "normal", true),
    c("III", null, 5, "bonus", false),
    c("III.1", "III", 3, "bonus", true),
    c("III.2", "III", 3, "bonus", true),
    c("IV", null, 5, "deduction", false, { maxPrintedNegative: true }),
    c("IV.1", "IV", 5, "deduction", true, { maxPrintedNegative: true }),
  ],
};
const UNITS = [{ name: "Hội A", aliases: [] }, { name: "Hội B", aliases: ["B"], role: "leader" as const }];

describe("formWorkbooks", () => {
  const [a] = formWorkbooks(TABLE, UNITS, { blockName: "Khối", year: 2026 });

  it("gives each unit a sheet per other unit and its self sheet, the leader to send it back to", () => {
    expect(a?.sheets.map((s) => [s.kind, s.ratee.name])).toEqual([["cross", "Hội B"], ["self", "Hội A"]]);
    expect(a?.leader?.name).toBe("Hội B");
    expect(a?.fileName).toBe("Phieu cham - Hội A.xlsx");
  });

  it("lets each leaf take what the table allows: 0…max, the graded list, −max…0 for a deduction printed below zero", () => {
    const entries = Object.fromEntries((a?.sheets[0]?.rows ?? []).map((r) => [r.criterion.id, r.entry]));
    expect(entries).toEqual({
      I: null,
      "I.1": { kind: "decimal", min: 0, max: 6 },
      "I.2": { kind: "list", values: [4, 2, 0] },
      II: { kind: "decimal", min: 0, max: 10 },
      III: null,
      "III.1": { kind: "decimal", min: 0, max: 3 },
      "III.2": { kind: "decimal", min: 0, max: 3 },
      IV: null,
      "IV.1": { kind: "decimal", min: -5, max: 0 },
    });
    expect(a?.sheets[0]?.rows.find((r) => r.criterion.id === "IV")?.printedMax).toBe(-5);
    expect(a?.sheets[0]?.rows.find((r) => r.criterion.id === "I")?.children).toEqual(["I.1", "I.2"]);
  });

  it("totals as SPEC §4: the normal sections, the bonus capped, the deduction's magnitude capped and taken away", () => {
    expect(a?.sheets[0]?.total).toEqual({
      base: 20,
      terms: [
        { ids: ["I", "II"], sign: 1, cap: null, magnitude: false },
        { ids: ["III"], sign: 1, cap: 5, magnitude: false },
        { ids: ["IV"], sign: -1, cap: 5, magnitude: true },
      ],
    });
  });

  it("refuses a roster without units", () => {
    expect(() => formWorkbooks(TABLE, [], { blockName: "", year: null })).toThrow(/no unit/);
  });
});

describe("formFileNames", () => {
  it("keeps names every file system takes, unique regardless of case", () => {
    expect(formFileNames(["Hội Nạn nhân chất độc da cam/dioxin tỉnh", 'Sở "A": B?', "hội x", "Hội X", "Hội X. "])).toEqual([
      "Phieu cham - Hội Nạn nhân chất độc da cam dioxin tỉnh.xlsx",
      "Phieu cham - Sở A B.xlsx",
      "Phieu cham - hội x.xlsx",
      "Phieu cham - Hội X (2).xlsx",
      "Phieu cham - Hội X (3).xlsx",
    ]);
  });
});
