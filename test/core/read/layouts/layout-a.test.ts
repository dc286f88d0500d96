import type { CellValue } from "../../../../src/core/model/grid";
import { layoutA } from "../../../../src/core/read/layouts/layout-a";
import { layoutB } from "../../../../src/core/read/layouts/layout-b";
import type { RawScoresheet } from "../../../../src/core/read/layouts/layout";
import { blank, blockContext, body, LEAVES, num, SCORES, sheet, SIGNATURE, SUBTOTALS, TABLE, TITLE } from "./helpers";

/** Leaf scores in one extra column, parents' subtotals and the total as a sheet's SUM formulas would show them. */
const scored = (id: string): CellValue[] => [SCORES[id] ?? SUBTOTALS[id] ?? null];

function readA(rows: CellValue[][], options: Parameters<typeof sheet>[1] = {}, fileScorer?: string): RawScoresheet[] {
  const result = layoutA.read(sheet(rows, options), blockContext(fileScorer));
  if (!result) throw new Error("not layout A");
  return result;
}

function only(rows: CellValue[][], options: Parameters<typeof sheet>[1] = {}, fileScorer?: string): RawScoresheet {
  const result = readA(rows, options, fileScorer);
  expect(result).toHaveLength(1);
  return result[0]!;
}

// Rows: 0-2 title, 3 scorer, 4 ratee, 5 blank, 6 header, 7… body (I at 7, total at 21).
const HEADER = ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm", "Ghi chú"];
function crossSheet(): CellValue[][] {
  return [
    ...TITLE,
    ["Đơn vị chấm: Hội Nhà báo tỉnh"],
    ["Đơn vị được chấm: Hội Luật gia tỉnh"],
    [],
    HEADER,
    ...body(scored),
    ...SIGNATURE,
  ];
}

describe("layout A: a cross sheet", () => {
  test("reads every leaf, the printed subtotals, the total, the maxima and the names", () => {
    const result = only(crossSheet(), { sheet: "Luật gia" });
    expect(result).toMatchObject({
      layout: "A",
      file: "hoi-nha-bao.xlsx",
      sheet: "Luật gia",
      scorer: { text: "Hội Nhà báo tỉnh", from: "cell", cell: "A4" },
      ratee: { text: "Hội Luật gia tỉnh", from: "cell", cell: "A5" },
      kind: "cross",
      column: "D",
      absentLeaves: [],
      unknownRows: [],
    });
    expect(result.scores).toEqual(
      LEAVES.map((id) => ({ criterionId: id, cell: `D${8 + TABLE.findIndex((r) => r.id === id)}`, value: num(SCORES[id]!) })),
    );
    expect(result.printedSubtotals).toEqual([
      { criterionId: "I", cell: "D8", value: 26 },
      { criterionId: "I.1", cell: "D9", value: 9 },
      { criterionId: "I.2", cell: "D12", value: 17 },
      { criterionId: "II", cell: "D15", value: 64 },
      { criterionId: "III", cell: "D18", value: 3 },
      { criterionId: "IV", cell: "D20", value: 2 },
      { criterionId: null, cell: "D22", value: 91 },
    ]);
    expect(result.printedMaxima).toEqual([
      ...TABLE.map((r, i) => ({ criterionId: r.id, cell: `C${8 + i}`, value: r.max })),
      { criterionId: null, cell: "C22", value: 100 },
    ]);
    // The deduction's max is kept as printed.
    expect(result.printedMaxima.find((m) => m.criterionId === "IV.1")?.value).toBe(-5);
  });

  test("the ratee's name in the next non-empty cell to the right", () => {
    const rows = crossSheet();
    rows[4] = ["Đơn vị được chấm:", null, "Hội Luật gia tỉnh"];
    expect(only(rows).ratee).toEqual({ text: "Hội Luật gia tỉnh", from: "cell", cell: "C5" });
  });

  test("the ratee from the sheet's name, the scorer from the file's name", () => {
    const rows = [...TITLE, [], HEADER, ...body(scored)];
    const result = only(rows, { sheet: "Luật gia" }, "Hội Nhà báo");
    expect(result.ratee).toEqual({ text: "Luật gia", from: "sheet-name" });
    expect(result.scorer).toEqual({ text: "Hội Nhà báo", from: "file-name" });
  });

  test.each(["Tự chấm", "TỰ ĐÁNH GIÁ", "Điểm tự chấm 2026"])(
    "a tab named %s with no ratee above its Điểm chấm column: the scorer's self sheet",
    (tab) => {
      const rows = [["Đơn vị chấm: Hội Nhà báo tỉnh"], [], HEADER, ...body(scored)];
      expect(only(rows, { sheet: tab })).toMatchObject({ kind: "self", ratee: null, column: "D" });
    },
  );

  test("a tab named Tự chấm under a ratee label stays that ratee's cross sheet (the label names the ratee)", () => {
    expect(only(crossSheet(), { sheet: "Tự chấm" })).toMatchObject({ kind: "cross", ratee: { text: "Hội Luật gia tỉnh" } });
  });

  test("the sheet's name loses the noise a file name would: Phiếu chấm CTĐ 2026 → CTĐ", () => {
    const rows = [HEADER, ...body(scored)];
    expect(only(rows, { sheet: "Phiếu chấm CTĐ 2026" }).ratee).toEqual({ text: "CTĐ", from: "sheet-name" });
  });

  test("the scorer from Đơn vị chấm with its name to the right, the ratee label in the same row", () => {
    const rows = [
      ["Đơn vị chấm:", "Hội Nhà báo tỉnh", null, "Đơn vị được chấm:", "Hội Chữ thập đỏ tỉnh"],
      [],
      HEADER,
      ...body(scored),
    ];
    const result = only(rows);
    expect(result.scorer).toEqual({ text: "Hội Nhà báo tỉnh", from: "cell", cell: "B1" });
    expect(result.ratee).toEqual({ text: "Hội Chữ thập đỏ tỉnh", from: "cell", cell: "E1" });
  });

  test.each(["Điểm chấm", "Điểm khối chấm", "Điểm cụm chấm", "Điểm chấm chéo", "Điểm đánh giá", "Điểm thẩm định", "DIEM CHAM CHEO:", "Khối chấm"])(
    "the cross label %s",
    (label) => {
      const rows = [["TT", "Nội dung tiêu chí", "Điểm chuẩn", label], ...body(scored)];
      const result = only(rows, { sheet: "CTĐ" });
      expect(result.kind).toBe("cross");
      expect(result.ratee).toEqual({ text: "CTĐ", from: "sheet-name" });
      expect(result.scores).toHaveLength(LEAVES.length);
    },
  );
});

describe("layout A: a self sheet", () => {
  test.each(["Điểm tự chấm", "Tự chấm", "Tự đánh giá"])("%s scores the scorer itself: ratee null", (label) => {
    const rows = [
      ["Đơn vị chấm: Hội Nhà báo tỉnh"],
      ["Đơn vị được chấm: Hội Nhà báo tỉnh"],
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", label],
      ...body(scored),
    ];
    const result = only(rows);
    expect(result).toMatchObject({ kind: "self", ratee: null, column: "D" });
    expect(result.scores.map((s) => s.value)).toEqual(LEAVES.map((id) => num(SCORES[id]!)));
  });
});

describe("layout A: the template's two-row header Điểm over Tối đa | Tự chấm | Khối chấm", () => {
  // Rows: 0 ratee, 1 header, 2 sub-header, 3… body (I at 3, total at 17).
  const merges = [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 4 },
    { top: 1, left: 5, bottom: 2, right: 5 },
  ];
  function template(self: (id: string) => CellValue, cross: (id: string) => CellValue): CellValue[][] {
    return [
      ["Tên đơn vị được chấm: Hội Luật gia tỉnh"],
      ["TT", "Nội dung tiêu chí", "Điểm", null, null, "Ghi chú"],
      [null, null, "Tối đa", "Tự chấm", "Khối chấm", null],
      ...TABLE.map((r) => [r.number, r.text, r.max, self(r.id), cross(r.id), null]),
      [null, "Tổng cộng", 100, self("total"), cross("total"), null],
    ];
  }
  const none = () => null;
  const score = (id: string) => SCORES[id] ?? null;
  const zeroSums = (id: string) => (SCORES[id] === undefined ? 0 : null); // a blank column's SUM formulas

  test("Khối chấm filled, Tự chấm blank: the cross sheet", () => {
    const result = readA(template(zeroSums, score), { merges });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ kind: "cross", column: "E", ratee: { text: "Hội Luật gia tỉnh", cell: "A1" } });
    expect(result[0]!.scores[0]).toEqual({ criterionId: "I.1.1", cell: "E6", value: num(5) });
  });

  test("Tự chấm filled, Khối chấm blank but for its SUM formulas: the self sheet", () => {
    const result = readA(template(score, zeroSums), { merges });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ kind: "self", column: "D", ratee: null });
  });

  test("both filled: the cross sheet, then the self sheet", () => {
    const result = readA(template(score, score), { merges });
    expect(result.map((r) => [r.kind, r.column, r.ratee?.text ?? null])).toEqual([
      ["cross", "E", "Hội Luật gia tỉnh"],
      ["self", "D", null],
    ]);
  });

  test("both blank: the cross column, every score blank", () => {
    const result = readA(template(none, none), { merges });
    expect(result).toHaveLength(1);
    expect(result[0]!.kind).toBe("cross");
    expect(result[0]!.scores.every((s) => s.value.kind === "blank")).toBe(true);
    expect(result[0]!.printedSubtotals).toEqual([]);
  });

  test("the printed maxima come from the Tối đa column", () => {
    const result = readA(template(none, score), { merges });
    expect(result[0]!.printedMaxima[0]).toEqual({ criterionId: "I", cell: "C4", value: 30 });
  });
});

describe("layout A: cells", () => {
  test("numbers typed as text, formulas' cached results, text and errors, blank bonus and deduction leaves", () => {
    const values: Record<string, CellValue> = {
      "I.1.1": " 4,5 ",
      "I.1.2": "5.0",
      "I.2.a": 9.75, // =SUM(...) cached
      "I.2.b": "Đạt",
      "II.1": { error: "#REF!" },
      "II.2": null,
      "III.1": null,
      "IV.1": "-2",
    };
    const rows = [HEADER, ...body((id) => [values[id] ?? null])];
    expect(only(rows).scores.map((s) => [s.criterionId, s.value])).toEqual([
      ["I.1.1", num(4.5)],
      ["I.1.2", num(5)],
      ["I.2.a", num(9.75)],
      ["I.2.b", { kind: "text", text: "Đạt" }],
      ["II.1", { kind: "error", error: "#REF!" }],
      ["II.2", blank],
      ["III.1", blank],
      ["IV.1", num(-2)],
    ]);
  });

  test("a parent's subtotal typed as text is read; a blank or text one is not reported", () => {
    const rows = [HEADER, ...body((id) => [id === "I" ? "26" : id === "II" ? "x" : (SCORES[id] ?? null)])];
    expect(only(rows).printedSubtotals).toEqual([{ criterionId: "I", cell: "D2", value: 26 }]);
  });

  test("an outdated template: a printed max that differs is reported as printed", () => {
    const rows = [HEADER, ...body(scored)];
    rows[3] = ["1.1", "Ban hành kế hoạch năm", 6, 5]; // I.1.1 (row 4): 6 where the table says 5
    rows[2] = [1, "Xây dựng kế hoạch thi đua", "11 điểm", 9];
    const maxima = only(rows).printedMaxima;
    expect(maxima.find((m) => m.criterionId === "I.1.1")).toEqual({ criterionId: "I.1.1", cell: "C4", value: 6 });
    expect(maxima.find((m) => m.criterionId === "I.1")).toEqual({ criterionId: "I.1", cell: "C3", value: 11 });
  });

  test("a blank max is not reported", () => {
    const rows = [HEADER, ...body(scored)];
    rows[3] = ["1.1", "Ban hành kế hoạch năm", null, 5];
    const result = only(rows);
    expect(result.printedMaxima.some((m) => m.criterionId === "I.1.1")).toBe(false);
    expect(result.scores[0]).toEqual({ criterionId: "I.1.1", cell: "D4", value: num(5) });
  });
});

describe("layout A: rows", () => {
  test("an extra scored row is unknown; an extra heading without a score is ignored", () => {
    const rows = [HEADER, ...body(scored)];
    rows.splice(7, 0, [3, "Công tác phối hợp", 5, 4]); // after I.2.b
    rows.splice(2, 0, [null, "(Các nội dung dưới đây chấm theo báo cáo)"]);
    const result = only(rows);
    expect(result.unknownRows).toEqual([{ label: "3 Công tác phối hợp", cell: "D9", value: num(4) }]);
    expect(result.scores.map((s) => s.criterionId)).toEqual(LEAVES);
  });

  test("a scored row with text but no numbering and no max is unknown too", () => {
    const rows = [HEADER, ...body(scored)];
    rows.splice(10, 0, [null, "Điểm cộng thêm của khối", null, "2"]); // inside section II
    expect(only(rows).unknownRows).toEqual([{ label: "Điểm cộng thêm của khối", cell: "D11", value: num(2) }]);
  });

  test("a row whose numbering differs is matched by its text", () => {
    const rows = [HEADER, ...body(scored)];
    rows[6] = ["2.1", "Báo cáo 6 tháng", 10, 9]; // was a)
    rows[7] = ["2.2", "Báo cáo năm", 10, 8]; // was b)
    const result = only(rows);
    expect(result.scores.map((s) => s.criterionId)).toEqual(LEAVES);
    expect(result.unknownRows).toEqual([]);
    expect(result.absentLeaves).toEqual([]);
  });

  test("a row inserted and the rest renumbered: each row keeps its own criterion", () => {
    const rows = [HEADER, ...body(scored)];
    // Section II: 1 Công tác mới (new), 2 Phát triển hội viên, 3 Hoạt động nhân đạo.
    rows.splice(9, 2, [1, "Công tác mới", 10, 7], [2, "Phát triển hội viên", 30, 28], [3, "Hoạt động nhân đạo", 40, 36]);
    const result = only(rows);
    expect(result.scores.find((s) => s.criterionId === "II.1")).toEqual({ criterionId: "II.1", cell: "D11", value: num(28) });
    expect(result.scores.find((s) => s.criterionId === "II.2")).toEqual({ criterionId: "II.2", cell: "D12", value: num(36) });
    expect(result.unknownRows).toEqual([{ label: "1 Công tác mới", cell: "D10", value: num(7) }]);
  });

  test("reworded rows with the same numbering are matched by id", () => {
    const rows = [HEADER, ...body(scored)];
    rows[3] = ["1.1", "Ban hành kế hoạch thi đua năm 2026", 5, 5];
    expect(only(rows).scores[0]).toEqual({ criterionId: "I.1.1", cell: "D4", value: num(5) });
  });

  test("a leaf missing from the sheet is absent", () => {
    const rows = [HEADER, ...body(scored)];
    rows.splice(7, 1); // b) Báo cáo năm
    const result = only(rows);
    expect(result.absentLeaves).toEqual(["I.2.b"]);
    expect(result.scores.map((s) => s.criterionId)).toEqual(LEAVES.filter((id) => id !== "I.2.b"));
  });

  test("a hidden Ghi chú column is ignored, numbers and all", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Ghi chú", "Điểm chấm"],
      ...body((id) => [SCORES[id] === undefined ? null : 1, SCORES[id] ?? null]),
    ];
    const result = only(rows, { hiddenColumns: [3] });
    expect(result.column).toBe("E");
    expect(result.scores[0]!.value).toEqual(num(5));
  });

  test("a hidden column of last year's scores (Kết quả 2025) is ignored and keeps the sheet layout A", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Kết quả 2025", "Điểm chấm"],
      ...body((id) => [SCORES[id] === undefined ? null : 1, SCORES[id] ?? null]),
    ];
    expect(only(rows, { hiddenColumns: [3] }).column).toBe("E");
    expect(layoutB.read(sheet(rows, { hiddenColumns: [3] }), blockContext())).toBeNull();
  });

  test("a hidden column under an unknown label does not make a matrix of a Khối chấm sheet", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm lần 1", "Khối chấm"],
      ...body((id) => [SCORES[id] ?? null, SCORES[id] ?? null]),
    ];
    expect(only(rows, { hiddenColumns: [3] }).column).toBe("E");
    expect(layoutB.read(sheet(rows, { hiddenColumns: [3] }), blockContext())).toBeNull();
  });

  test("a second score label holding 200 000 years (a pasted column of them) is read like any dated label", () => {
    const years = `Điểm chấm ${Array.from({ length: 200_000 }, () => "2025").join(" ")}`;
    const rows = crossSheet().map((row, r) => (r === 6 ? [...row, years] : row));
    expect(only(rows).column).toBe("D");
  });

  test("a score label with a year: Điểm chấm năm 2026", () => {
    const rows = [["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm 2025", "Điểm chấm năm 2026"], ...body((id) => [1, SCORES[id] ?? null])];
    expect(only(rows)).toMatchObject({ column: "E", kind: "cross" });
  });

  test("a signature block under the table is not read", () => {
    const result = only(crossSheet());
    expect(result.unknownRows).toEqual([]);
    expect(result.scores).toHaveLength(LEAVES.length);
    expect(result.printedSubtotals.filter((p) => p.criterionId === null)).toEqual([
      { criterionId: null, cell: "D22", value: 91 },
    ]);
  });

  test("a title and column numbers under the header", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm"],
      ["(1)", "(2)", "(3)", "(4)"],
      ...body(scored),
    ];
    expect(only(rows).scores[0]).toEqual({ criterionId: "I.1.1", cell: "D5", value: num(5) });
  });
});

describe("layout A: not this layout", () => {
  test("no score column", () => {
    expect(layoutA.read(sheet([["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Ghi chú"], ...body()]), blockContext())).toBeNull();
  });

  test("another table, no row of which is the block's", () => {
    const rows: CellValue[][] = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm chấm"],
      ["I", "HOẠT ĐỘNG KHÁC", 50, 40],
      [1, "Một việc khác", 50, 40],
    ];
    expect(layoutA.read(sheet(rows), blockContext())).toBeNull();
  });

  test("a matrix is left to layout B", () => {
    const rows = [["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Tự chấm", "CTĐ", "Luật gia"], ...body((id) => [1, 2, 3].map(() => SCORES[id] ?? null))];
    expect(layoutA.read(sheet(rows), blockContext())).toBeNull();
    expect(layoutB.read(sheet(rows), blockContext())).toHaveLength(3);
  });

  test("a Khối chấm sheet with an extra labelled column holding no number stays layout A", () => {
    const rows = [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn", "Khối chấm", "Người kiểm tra"],
      ...body((id) => [SCORES[id] ?? null, SCORES[id] === undefined ? null : "đã xem"]),
    ];
    expect(only(rows).column).toBe("D");
    expect(layoutB.read(sheet(rows), blockContext())).toBeNull();
  });
});
