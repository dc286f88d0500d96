import { missingScoresheets } from "../../../src/core/check/scoresheet-missing";
import type { Unit } from "../../../src/core/model/unit";
import { blank, CHU_THAP_DO, expectIssue, LUAT_GIA, NHA_BAO, num, rawSheet, resolved, text, totalSheet, unit } from "./helpers";

const ROSTER: Unit[] = [LUAT_GIA, CHU_THAP_DO, NHA_BAO];

describe("SCORESHEET_MISSING", () => {
  test("one warning per missing pair, in roster order, with scorer and ratee only", () => {
    const sheets = [
      resolved(), // Luật gia → Chữ thập đỏ
      resolved(rawSheet(), { ratee: NHA_BAO }),
      resolved(rawSheet({ scores: [{ criterionId: "I.1", cell: "E9", value: text("Đạt") }] }), { scorer: CHU_THAP_DO, ratee: LUAT_GIA }), // invalid, still given
      resolved(rawSheet({ kind: "self" }), { scorer: NHA_BAO, kind: "self" }), // a self score gives no cross pair
    ];
    const issues = missingScoresheets(sheets, ROSTER);
    expect(issues.map((i) => [i.scorer, i.ratee])).toEqual([
      [CHU_THAP_DO.name, NHA_BAO.name],
      [NHA_BAO.name, LUAT_GIA.name],
      [NHA_BAO.name, CHU_THAP_DO.name],
    ]);
    expectIssue(issues[0], {
      severity: "warning",
      code: "SCORESHEET_MISSING",
      scorer: CHU_THAP_DO.name,
      ratee: NHA_BAO.name,
      params: {},
    });
  });

  test("every pair given: nothing missing; self pairs are never missing", () => {
    const sheets = ROSTER.flatMap((scorer) =>
      ROSTER.filter((ratee) => ratee !== scorer).map((ratee) => resolved(rawSheet(), { scorer, ratee })),
    );
    expect(missingScoresheets(sheets, ROSTER)).toEqual([]);
  });

  test("layout C: a total given (even as text) counts, a blank cell does not", () => {
    const sheets = [
      resolved(totalSheet(num(90))),
      resolved(totalSheet(text("vắng")), { ratee: NHA_BAO }),
      resolved(totalSheet(blank), { scorer: CHU_THAP_DO, ratee: LUAT_GIA }),
    ];
    const missing = missingScoresheets(sheets, ROSTER).map((i) => `${i.scorer} → ${i.ratee}`);
    expect(missing).toContain(`${CHU_THAP_DO.name} → ${LUAT_GIA.name}`);
    expect(missing).not.toContain(`${LUAT_GIA.name} → ${CHU_THAP_DO.name}`);
    expect(missing).not.toContain(`${LUAT_GIA.name} → ${NHA_BAO.name}`);
  });

  describe("at 64 units", () => {
    const units = Array.from({ length: 64 }, (_, i) => unit(`Đơn vị số ${i + 1}`));

    test("nothing given: 64 × 63 pairs, fast", () => {
      const started = Date.now();
      const issues = missingScoresheets([], units);
      expect(issues).toHaveLength(64 * 63);
      expect(Date.now() - started).toBeLessThan(500);
    });

    test("all but two pairs given: those two, fast", () => {
      const sheets = units.flatMap((scorer, i) =>
        units
          .filter((ratee, j) => i !== j && !(i === 5 && j === 9) && !(i === 63 && j === 0))
          .map((ratee) => resolved(rawSheet(), { scorer, ratee })),
      );
      expect(sheets).toHaveLength(64 * 63 - 2);
      const started = Date.now();
      const issues = missingScoresheets(sheets, units);
      expect(Date.now() - started).toBeLessThan(500);
      expect(issues.map((i) => [i.scorer, i.ratee])).toEqual([
        ["Đơn vị số 6", "Đơn vị số 10"],
        ["Đơn vị số 64", "Đơn vị số 1"],
      ]);
    });
  });
});
