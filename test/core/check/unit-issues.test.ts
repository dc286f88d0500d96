import { unitIssue } from "../../../src/core/check/unit-issues";
import { issueMessage } from "../../../src/core/i18n/issues";
import { createUnitMatcher, type UnitMatch } from "../../../src/core/read/units/unit-match";
import { CHU_THAP_DO, expectIssue, LUAT_GIA, NHA_BAO, unit } from "./helpers";

const notMatched = (match: UnitMatch) => {
  if (match.kind === "match") throw new Error("expected no match");
  return match;
};

describe("UNIT_UNKNOWN, UNIT_AMBIGUOUS", () => {
  test("unknown, with the closest names as suggestions, at the name's cell", () => {
    const issue = unitIssue(
      "Hoi Luat gja",
      { kind: "unknown", suggestions: [LUAT_GIA, NHA_BAO] },
      { file: "luat-gia.xlsx", sheet: "CTĐ", cell: "C3" },
    );
    expectIssue(issue, {
      severity: "error",
      code: "UNIT_UNKNOWN",
      file: "luat-gia.xlsx",
      sheet: "CTĐ",
      cell: "C3",
      params: { name: "Hoi Luat gja", suggestions: "Hội Luật gia tỉnh; Hội Nhà báo tỉnh" },
    });
    expect(issueMessage(issue, "vi")).toContain("Có phải là: Hội Luật gia tỉnh; Hội Nhà báo tỉnh?");
  });

  test("unknown without suggestions: the message offers none", () => {
    const issue = unitIssue("Sở Xây dựng", { kind: "unknown", suggestions: [] }, { file: "so-xd.xlsx" });
    expectIssue(issue, {
      severity: "error",
      code: "UNIT_UNKNOWN",
      file: "so-xd.xlsx",
      params: { name: "Sở Xây dựng", suggestions: "" },
    });
    expect(issueMessage(issue, "vi")).not.toContain("Có phải là");
  });

  test("ambiguous, with the candidates; the known scorer kept; no cell for a sheet's name", () => {
    const issue = unitIssue(
      "Hội tỉnh",
      { kind: "ambiguous", candidates: [CHU_THAP_DO, NHA_BAO] },
      { file: "luat-gia.xlsx", sheet: "Hội tỉnh", scorer: LUAT_GIA.name },
    );
    expectIssue(issue, {
      severity: "error",
      code: "UNIT_AMBIGUOUS",
      file: "luat-gia.xlsx",
      sheet: "Hội tỉnh",
      scorer: LUAT_GIA.name,
      params: { name: "Hội tỉnh", candidates: "Hội Chữ thập đỏ tỉnh; Hội Nhà báo tỉnh" },
    });
  });

  test("from the matcher's own results", () => {
    const match = createUnitMatcher([LUAT_GIA, CHU_THAP_DO, NHA_BAO, unit("Hội Người mù tỉnh")]);
    const unknown = unitIssue("Sở Tài chính", notMatched(match("Sở Tài chính")), { file: "f.xlsx", sheet: "S" });
    expect(unknown.code).toBe("UNIT_UNKNOWN");
    const ambiguous = unitIssue("Hội", notMatched(match("Hội")), { file: "f.xlsx", sheet: "S", cell: "B2" });
    expect(ambiguous.code).toBe("UNIT_AMBIGUOUS");
    expect(String(ambiguous.params.candidates).split("; ").length).toBeGreaterThan(1);
    for (const issue of [unknown, ambiguous]) expectIssue(issue, { ...issue });
  });
});
