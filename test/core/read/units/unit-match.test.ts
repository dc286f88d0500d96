import type { Unit } from "../../../../src/core/model/unit";
import { createUnitMatcher, matchUnit, type UnitMatch } from "../../../../src/core/read/units/unit-match";

const unit = (name: string, aliases: string[] = []): Unit => ({ name, aliases });

/** A block of 11: the province's special associations. */
const BLOCK: Unit[] = [
  unit("Hội Chữ thập đỏ tỉnh", ["CTĐ"]),
  unit("Hội Luật gia tỉnh"),
  unit("Hội Nhà báo tỉnh"),
  unit("Hội Văn học nghệ thuật tỉnh", ["VHNT"]),
  unit("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
  unit("Hội Người mù tỉnh"),
  unit("Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
  unit("Hội Đông y tỉnh"),
  unit("Hội Khuyến học tỉnh"),
  unit("Hội Cựu thanh niên xung phong tỉnh"),
  unit("Liên minh Hợp tác xã tỉnh"),
];

const match = createUnitMatcher(BLOCK);

/** The matched unit's name and step, or a description of what else happened. */
function describe_(result: UnitMatch): string {
  switch (result.kind) {
    case "match":
      return `${result.unit.name} by ${result.by}`;
    case "ambiguous":
      return `ambiguous: ${result.candidates.map((u) => u.name).join(" | ")}`;
    case "unknown":
      return `unknown: ${result.suggestions.map((u) => u.name).join(" | ")}`;
  }
}

const is = (candidate: string) => describe_(match(candidate));

describe("step 1: normalised full name", () => {
  test("the roster's spelling", () => {
    expect(is("Hội Luật gia tỉnh")).toBe("Hội Luật gia tỉnh by name");
  });
  test("without diacritics, in capitals, with extra spaces", () => {
    expect(is("HOI LUAT GIA TINH")).toBe("Hội Luật gia tỉnh by name");
    expect(is("  hoi   chu thap do tinh ")).toBe("Hội Chữ thập đỏ tỉnh by name");
    expect(is("Hội Đông Y Tỉnh")).toBe("Hội Đông y tỉnh by name");
  });
  test("punctuation separates words (da cam/dioxin is da cam dioxin)", () => {
    expect(is("Hội Nạn nhân chất độc da cam - dioxin tỉnh")).toBe("Hội Nạn nhân chất độc da cam/dioxin tỉnh by name");
  });
  test("decomposed Unicode (macOS) is the same name", () => {
    expect(is("Hội Nhà báo tỉnh".normalize("NFD"))).toBe("Hội Nhà báo tỉnh by name");
  });
  test("two roster units of one name are ambiguous", () => {
    const twice = [unit("Hội Luật gia tỉnh"), unit("HỘI LUẬT GIA TỈNH")];
    expect(matchUnit("Hội Luật gia tỉnh", twice).kind).toBe("ambiguous");
  });
});

describe("step 2: alias", () => {
  test("an alias as written, in lower case, and with dots", () => {
    expect(is("CTĐ")).toBe("Hội Chữ thập đỏ tỉnh by alias");
    expect(is("ctd")).toBe("Hội Chữ thập đỏ tỉnh by alias");
    expect(is("C.T.Đ")).toBe("Hội Chữ thập đỏ tỉnh by alias");
    expect(is("vhnt")).toBe("Hội Văn học nghệ thuật tỉnh by alias");
  });
  test("one alias on two units is ambiguous", () => {
    const units = [unit("Hội Luật gia tỉnh", ["HLG"]), unit("Hội Làm vườn tỉnh", ["HLG"])];
    expect(matchUnit("HLG", units).kind).toBe("ambiguous");
  });
  test("the name wins over another unit's alias", () => {
    const units = [unit("Hội Luật gia tỉnh", ["Hội Nhà báo"]), unit("Hội Nhà báo")];
    expect(describe_(matchUnit("Hội Nhà báo", units))).toBe("Hội Nhà báo by name");
  });
});

describe("step 3: words in order", () => {
  test("the candidate's words inside a roster name (Luật gia → Hội Luật gia tỉnh)", () => {
    expect(is("Luật gia")).toBe("Hội Luật gia tỉnh by words");
    expect(is("Hội Nhà báo")).toBe("Hội Nhà báo tỉnh by words");
    expect(is("Nguoi mu")).toBe("Hội Người mù tỉnh by words");
    expect(is("Hội Nạn nhân da cam")).toBe("Hội Nạn nhân chất độc da cam/dioxin tỉnh by words");
  });
  test("words need not be adjacent", () => {
    expect(is("Liên hiệp Hội Kỹ thuật")).toBe("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh by words");
  });
  test("a roster name inside the candidate: the province added", () => {
    expect(is("Hội Luật gia tỉnh Yên Bái")).toBe("Hội Luật gia tỉnh by words");
    expect(is("HOI NHA BAO TINH YEN BAI")).toBe("Hội Nhà báo tỉnh by words");
  });
  test("the province without tỉnh: compared once more without the generic words", () => {
    expect(is("Hội Luật gia Yên Bái")).toBe("Hội Luật gia tỉnh by words");
  });
  test("an alias inside the candidate", () => {
    expect(is("Hội VHNT tỉnh")).toBe("Hội Văn học nghệ thuật tỉnh by words");
  });
  test("a sheet name cut by Excel at 31 characters, mid-word", () => {
    const cut = "Hội Nạn nhân chất độc da cam/dioxin tỉnh".slice(0, 31);
    expect(cut).toBe("Hội Nạn nhân chất độc da cam/di");
    expect(is(cut)).toBe("Hội Nạn nhân chất độc da cam/dioxin tỉnh by words");
    expect(is("Liên hiệp các Hội Khoa học và K")).toBe("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh by words");
  });
  test("a short candidate's last word must be whole", () => {
    expect(match("Luật g").kind).toBe("unknown");
  });
  test("words out of order do not match", () => {
    expect(match("Gia Luật").kind).not.toBe("match");
  });
  test("two units containing the candidate's words are ambiguous", () => {
    expect(is("Học")).toBe(
      "ambiguous: Hội Văn học nghệ thuật tỉnh | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | Hội Khuyến học tỉnh",
    );
    expect(is("Liên")).toBe("ambiguous: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | Liên minh Hợp tác xã tỉnh");
  });
  test("a candidate holding two roster names is ambiguous", () => {
    expect(match("Hội Luật gia tỉnh và Hội Nhà báo tỉnh").kind).toBe("ambiguous");
  });
});

describe("generic words never match on their own", () => {
  test("Hội tỉnh is ambiguous between the units that contain it, not a match", () => {
    const result = match("Hội tỉnh");
    expect(result.kind).toBe("ambiguous");
    if (result.kind === "ambiguous") expect(result.candidates).toHaveLength(10);
  });
  test("Hội alone, and tỉnh alone, are no match", () => {
    expect(match("Hội").kind).toBe("ambiguous");
    expect(match("tỉnh").kind).toBe("ambiguous");
    expect(match("Sở").kind).toBe("unknown");
  });
  test("a generic-only candidate contained by one unit is unknown, that unit suggested", () => {
    const units = [unit("Hội Luật gia tỉnh"), unit("Sở Tư pháp")];
    const result = matchUnit("Hội", units);
    expect(result).toEqual({ kind: "unknown", suggestions: [units[0]] });
  });
  test("a roster alias made only of generic words is not looked for in candidates", () => {
    const units = [unit("Hội Luật gia tỉnh", ["Hội"]), unit("Hội Nhà báo tỉnh")];
    expect(describe_(matchUnit("Hội Nhà báo Yên Bái", units))).toBe("Hội Nhà báo tỉnh by words");
  });
});

describe("step 4: initials", () => {
  test("initials once the generic words are dropped (CTĐ → Hội Chữ thập đỏ tỉnh)", () => {
    const noAliases = BLOCK.map((u) => unit(u.name));
    expect(describe_(matchUnit("CTĐ", noAliases))).toBe("Hội Chữ thập đỏ tỉnh by initials");
    expect(describe_(matchUnit("ctd", noAliases))).toBe("Hội Chữ thập đỏ tỉnh by initials");
    expect(describe_(matchUnit("C.T.Đ", noAliases))).toBe("Hội Chữ thập đỏ tỉnh by initials");
    expect(describe_(matchUnit("Hội CTĐ", noAliases))).toBe("Hội Chữ thập đỏ tỉnh by initials");
  });
  test("initials of all words but tỉnh (HLG), and of all words", () => {
    expect(is("HLG")).toBe("Hội Luật gia tỉnh by initials");
    expect(is("LMHTXT")).toBe("Liên minh Hợp tác xã tỉnh by initials");
  });
  test("thành phố is one generic word pair", () => {
    const units = [unit("Hội Chữ thập đỏ thành phố"), unit("Hội Luật gia thành phố")];
    expect(describe_(matchUnit("CTĐ", units))).toBe("Hội Chữ thập đỏ thành phố by initials");
  });
  test("words mixed with initials", () => {
    expect(is("Liên hiệp các Hội KH&KT tỉnh")).toBe("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh by initials");
    expect(is("Hội Cựu TNXP")).toBe("Hội Cựu thanh niên xung phong tỉnh by initials");
    expect(is("Liên minh HTX")).toBe("Liên minh Hợp tác xã tỉnh by initials");
    expect(is("Hội Nạn nhân CĐDC")).toBe("Hội Nạn nhân chất độc da cam/dioxin tỉnh by initials");
  });
  test("the same initials for two units are ambiguous", () => {
    const units = [unit("Hội Nhà báo tỉnh"), unit("Hội Nông dân Bắc tỉnh")];
    const result = matchUnit("NB", [units[0]!, unit("Hội Nghề biển tỉnh")]);
    expect(result.kind).toBe("ambiguous");
    expect(matchUnit("NB", units).kind).toBe("match");
  });
});

describe("unknown", () => {
  test("an empty candidate is unknown with no suggestion", () => {
    expect(match("")).toEqual({ kind: "unknown", suggestions: [] });
    expect(match("  - ")).toEqual({ kind: "unknown", suggestions: [] });
  });
  test("a typo suggests the closest names, the closest first", () => {
    const result = match("Hoi Luat gja");
    expect(result.kind).toBe("unknown");
    if (result.kind === "unknown") expect(result.suggestions[0]?.name).toBe("Hội Luật gia tỉnh");
  });
  test("a typo in a long name", () => {
    const result = match("Hội Khuyen hoc tinh Yen Bai x");
    // "x" is no roster word, but the rest is contained: still words.
    expect(result.kind).toBe("match");
    const typo = match("Hoi Khuyen hcc");
    expect(typo.kind === "unknown" && typo.suggestions[0]?.name).toBe("Hội Khuyến học tỉnh");
  });
  test("at most three suggestions, only reasonably close ones", () => {
    const result = match("Hội Cựu chiến binh tỉnh");
    expect(result.kind).toBe("unknown");
    if (result.kind === "unknown") {
      expect(result.suggestions.length).toBeLessThanOrEqual(3);
      expect(result.suggestions.map((u) => u.name)).not.toContain("Hội Đông y tỉnh");
    }
  });
  test("column headers that are no unit suggest nothing", () => {
    for (const header of ["Ghi chú", "Tự chấm", "Điểm chuẩn", "Trung bình", "Xếp hạng", "Sheet1", "2026"]) {
      expect(match(header)).toEqual({ kind: "unknown", suggestions: [] });
    }
  });
});

describe("matcher", () => {
  test("matchUnit is the matcher made on the spot", () => {
    expect(matchUnit("CTĐ", BLOCK)).toEqual(match("CTĐ"));
  });
  test("each call returns its own arrays", () => {
    const a = match("Học");
    if (a.kind === "ambiguous") a.candidates.length = 0;
    const b = match("Học");
    expect(b.kind === "ambiguous" && b.candidates).toHaveLength(3);
  });
  test("an empty roster matches nothing", () => {
    expect(matchUnit("Hội Luật gia", [])).toEqual({ kind: "unknown", suggestions: [] });
  });
  test("60 units, 5,000 calls of 300 distinct names that match nothing: fast (results are remembered)", () => {
    const units = Array.from({ length: 60 }, (_, i) => unit(`Hội số ${i} Khoa học chuyên ngành ${i * 7} tỉnh`, [`H${i}`]));
    const matcher = createUnitMatcher(units);
    const started = Date.now();
    for (let i = 0; i < 5000; i++) matcher(`Cột ${i % 300} không phải đơn vị gì cả`);
    // ~0.4 s under jest on one core; the bound leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe("a broken roster or sheet never makes matching throw", () => {
  // A cell holding a pasted paragraph, a column of aliases run together: not names, but they must not crash the import.
  const paragraph = Array.from({ length: 40_000 }, (_, i) => `tu${i % 7}`).join(" ");

  test("a roster name of 40 000 words: other names are still matched, or unknown", () => {
    const match = createUnitMatcher([unit(paragraph), ...BLOCK]);
    expect(match("Hội Zzz Yyy").kind).toBe("unknown");
    expect(match("Luật gia")).toMatchObject({ kind: "match", unit: { name: "Hội Luật gia tỉnh" } });
  });

  test("a candidate of 40 000 words against such a roster name, and against the block", () => {
    // It holds the paragraph's words in order: step 3 finds that unit.
    expect(createUnitMatcher([unit(paragraph), ...BLOCK])(`${paragraph} x`)).toMatchObject({ kind: "match", by: "words" });
    expect(createUnitMatcher(BLOCK)(`zz ${paragraph}`).kind).toBe("unknown");
  });

  test("a unit with 200 000 aliases", () => {
    const aliases = Array.from({ length: 200_000 }, (_, i) => `al${i}`);
    expect(createUnitMatcher([unit("Hội Luật gia tỉnh", aliases)])("Hội Zzz Yyy").kind).toBe("unknown");
  });
});
