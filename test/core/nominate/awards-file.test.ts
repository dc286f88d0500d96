import { parseAwards } from "../../../src/core/nominate/awards-file";

describe("parseAwards: the block's awards file (SPEC §5)", () => {
  test("a good file: quotas as counts or percentages (a decimal comma too), defaults filled in", () => {
    expect(
      parseAwards([
        { id: " co-tinh ", name: "Cờ thi đua của UBND tỉnh", quota: 2, aliases: ["Cờ tỉnh"], minAverage: 95 },
        { id: "bang-khen", name: "Bằng khen", quota: "12,5 %", requiresRegistration: false },
      ]),
    ).toEqual({
      ok: true,
      awards: [
        { id: "co-tinh", name: "Cờ thi đua của UBND tỉnh", quota: 2, aliases: ["Cờ tỉnh"], minAverage: 95, requiresRegistration: true },
        { id: "bang-khen", name: "Bằng khen", quota: "12.5%", aliases: [], requiresRegistration: false },
      ],
    });
  });

  test("every mistake at once, each with its entry, its field and what is wanted, in Vietnamese and English", () => {
    const parsed = parseAwards([
      { id: "a", quota: "ba mươi" },
      { id: "a", name: "B", quota: 1.5 },
      { id: "c", name: " ", quota: -1, aliases: "Cờ CP", minAverage: "95", requiresRegistration: "có", note: "x" },
    ]);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        'danh hiệu 1 / award 1, "name": cần tên danh hiệu, ví dụ "Bằng khen" / the name is needed, e.g. "Bằng khen"',
        expect.stringMatching(/^danh hiệu 1 \/ award 1, "quota": chỉ tiêu là một số nguyên .* \/ "quota" must be a whole number or a percentage/),
        expect.stringMatching(/^danh hiệu 2 \/ award 2, "quota": /),
        'danh hiệu 2 / award 2, "id": mã "a" bị dùng hai lần / the id "a" is used twice',
        'danh hiệu 3 / award 3, "name": tên danh hiệu đang trống / the name is blank',
        expect.stringMatching(/^danh hiệu 3 \/ award 3, "quota": /),
        expect.stringMatching(/^danh hiệu 3 \/ award 3, "aliases": cần một danh sách tên/),
        expect.stringMatching(/^danh hiệu 3 \/ award 3, "minAverage": cần một số/),
        expect.stringMatching(/^danh hiệu 3 \/ award 3, "requiresRegistration": cần true hoặc false/),
        expect.stringMatching(/^danh hiệu 3 \/ award 3: không biết trường "note"/),
      ]),
    );
    expect(errors).toHaveLength(10);
  });

  test("a file that is no list, or an empty one, says what it must hold", () => {
    expect(parseAwards({ id: "a" })).toEqual({ ok: false, errors: [expect.stringMatching(/^tệp \/ the file: tệp phải là một danh sách danh hiệu/)] });
    expect(parseAwards([])).toEqual({ ok: false, errors: ["tệp / the file: danh sách danh hiệu đang trống / the list of awards is empty"] });
  });
});
