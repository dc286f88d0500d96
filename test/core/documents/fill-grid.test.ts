import { makeGrid } from "../../../src/core/model/grid";
import { fillGrid } from "../../../src/core/documents/fill-grid";
import { documentValues, type DocumentInput } from "../../../src/core/documents/values";
import { viLongDate, viNumber, viPercent } from "../../../src/core/documents/format";
import { issueMessage } from "../../../src/core/i18n/issues";
import { LUAT_GIA, sampleInput, sampleDocumentInput } from "../../workbook/sample-result";

const result = sampleInput();
const base: DocumentInput = sampleDocumentInput({ date: "2022-12-29", place: "Yên Bái", chair: "Ông Nguyễn Văn An", present: [LUAT_GIA, "Hội Nhà báo tỉnh"] });

describe("Vietnamese forms", () => {
  test("numbers, percentages and the date line of Decree 30", () => {
    expect([viNumber(97.4425, 2), viNumber(1250, 0), viNumber(-6.555, 1)]).toEqual(["97,44", "1.250", "-6,6"]);
    expect([viPercent(2 / 3), viPercent(0.5), viPercent(1)]).toEqual(["66,7%", "50%", "100%"]);
    expect([viLongDate("2022-12-29"), viLongDate("2023-01-05"), viLongDate("2023-03-09")]).toEqual([
      "ngày 29 tháng 12 năm 2022",
      "ngày 05 tháng 01 năm 2023",
      "ngày 09 tháng 3 năm 2023",
    ]);
  });
});

describe("fillGrid", () => {
  const template = makeGrid(
    "mau.xlsx",
    "Biên bản",
    [
      ["{{ Tên khối | in hoa }}", null, "Số: {{so_van_ban}}"],
      ["{{dia_diem}}, {{ngay_day_du}}", null, "{{ngay}}"],
      ["STT", "Đơn vị", "Điểm", "Danh hiệu", "Phiếu"],
      ["{{dong.stt}}", "{{DONG.TEN_DON_VI}}", "{{dong.diem}}", "{{dòng.danh_hiệu}}", "{{dong.so_phieu}}"],
      ["Cộng: {{so_de_nghi}} đơn vị, {{khong_co}}", null, 7],
      ["{{xh.xep_hang}}", "{{xh.ten_don_vi}}", "Điểm {{xh.diem}}"],
      ["Chủ trì: {{chu_tri}}", "Thư ký: {{thu_ky}}"],
    ],
    { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 3, left: 3, bottom: 3, right: 4 }, { top: 4, left: 0, bottom: 4, right: 1 }, { top: 5, left: 2, bottom: 6, right: 2 }] },
  );

  test("repeats the rows, moves the rows below with their merges, keeps a lone value's type", () => {
    const values = documentValues(base);
    const plan = fillGrid(template, values);
    const n = result.nominations.length;
    const ranked = result.ranking!.units.filter((u) => u.rank !== null).length;
    // C6 (`Điểm {{xh.diem}}`) is merged down over row 7: the block of rows 6–7 repeats as a whole (SPEC §7, issue 20).
    expect(plan.rowSources).toEqual([0, 1, 2, ...Array(n).fill(3), 4, ...Array.from({ length: ranked }, () => [5, 6]).flat()]);
    const at = (row: number, column: number) => plan.cells.find((c) => c.row === row && c.column === column);
    expect(at(0, 0)?.value).toBe("KHỐI CÁC HỘI ĐẶC THÙ");
    expect(at(1, 0)?.value).toBe("Yên Bái, ngày 29 tháng 12 năm 2022");
    expect(at(1, 2)).toEqual({ row: 1, column: 2, value: { date: "2022-12-29" }, numberFormat: "dd/mm/yyyy" });
    result.nominations.forEach((nomination, i) => {
      expect(at(3 + i, 0)).toMatchObject({ value: i + 1, numberFormat: "0" });
      expect(at(3 + i, 1)?.value).toBe(nomination.unit);
      expect(at(3 + i, 2)).toMatchObject({ value: nomination.average, numberFormat: "0.00" });
      expect(at(3 + i, 4)?.value).toBeNull();
    });
    const after = 3 + n;
    expect(at(after, 0)?.value).toBe(`Cộng: ${n} đơn vị, {{khong_co}}`);
    expect(at(after, 2)).toBeUndefined();
    const first = result.ranking!.units[0]!;
    expect(at(after + 1, 2)?.value).toBe(`Điểm ${viNumber(first.average!, 2)}`);
    expect(at(after + 2, 1)?.value).toBe("Thư ký: ");
    expect(at(after + 3, 2)?.value).toBe(`Điểm ${viNumber(result.ranking!.units[1]!.average!, 2)}`);
    expect(plan.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      ...Array.from({ length: n }, (_, i) => ({ top: 3 + i, left: 3, bottom: 3 + i, right: 4 })),
      { top: after, left: 0, bottom: after, right: 1 },
      ...Array.from({ length: ranked }, (_, i) => ({ top: after + 1 + 2 * i, left: 2, bottom: after + 2 + 2 * i, right: 2 })),
    ]);
    expect(plan.issues.map((i) => [i.code, i.cell, i.params.placeholder])).toEqual([
      ["TEMPLATE_VALUE_MISSING", "C1", "{{so_van_ban}}"],
      ["TEMPLATE_VALUE_MISSING", "E4", "{{dong.so_phieu}}"],
      ["TEMPLATE_PLACEHOLDER_UNKNOWN", "A5", "{{khong_co}}"],
      ["TEMPLATE_VALUE_MISSING", "B7", "{{thu_ky}}"],
    ]);
    expect(issueMessage(plan.issues[3]!, "vi")).toBe(
      "Chưa có thư ký cho chỗ điền {{thu_ky}}; chỗ đó được để trống. Nhập vào Thông tin cuộc họp (bước 4), rồi bấm Lập hồ sơ lại.",
    );
  });

  test("with the vote, only passed proposals are listed, with their votes", () => {
    const [passed, failed] = result.nominations;
    const votes = [
      { unit: passed!.unit, award: passed!.award, votesFor: 6, voters: 9 },
      { unit: failed!.unit, award: failed!.award, votesFor: 4, voters: 9 },
    ];
    const values = documentValues({ ...base, votes });
    expect(values.dong.map((d) => d["dong.ten_don_vi"])).toEqual(
      result.nominations.filter((n) => n !== failed).map((n) => ({ kind: "text", text: n.unit })),
    );
    expect(values.dong[0]).toMatchObject({
      "dong.so_phieu": { kind: "number", value: 6 },
      "dong.tong_phieu": { kind: "number", value: 9 },
      "dong.ty_le": { kind: "percent", value: 6 / 9 },
      "dong.ket_qua": { kind: "text", text: "Đạt" },
    });
    expect(values.block.so_de_nghi).toEqual({ kind: "number", value: result.nominations.length - 1, decimals: 0 });
  });

  test("blank rows of a sparse grid are kept", () => {
    const rows: (string | null)[][] = [];
    rows[0] = ["{{ten_khoi}}"];
    rows[3] = ["{{dong.stt}}"];
    const plan = fillGrid(makeGrid("mau.xlsx", "T", rows), documentValues(base));
    expect(plan.rowSources).toEqual([0, 1, 2, ...result.nominations.map(() => 3)]);
  });

  test("no proposal: the row goes, and the merges below move up", () => {
    const plan = fillGrid(template, documentValues({ ...base, nominations: [] }));
    expect(plan.rowSources.slice(0, 4)).toEqual([0, 1, 2, 4]);
    // The template's rows the plan covers, the removed one among them: a sink deletes it from its copy of the template.
    expect(plan.templateRows).toBe(7);
    expect(plan.merges).toContainEqual({ top: 3, left: 0, bottom: 3, right: 1 });
  });
});

describe("fillGrid on templates that go wrong (issue 20)", () => {
  const values = documentValues(base);

  test("a typo in braces is TEMPLATE_SYNTAX at its cell; a row mixing dong. and xh. is TEMPLATE_ROW_MIXED, filled once", () => {
    const plan = fillGrid(makeGrid("m.xlsx", "Mẫu", [["{ten_khoi}} năm {{nam}}", "{{dia_diem"], ["{{dong.ten_don_vi}}", "{{xh.ten_don_vi}}"]]), values);
    expect(plan.rowSources).toEqual([0, 1]);
    expect(plan.cells.map((c) => [c.row, c.column, c.value])).toEqual([
      [0, 0, "{ten_khoi}} năm 2025"],
      [1, 0, result.nominations[0]!.unit],
      [1, 1, result.ranking!.units[0]!.unit],
    ]);
    expect(plan.issues.map((i) => [i.code, i.sheet, i.cell, i.params.fragment ?? ""])).toEqual([
      ["TEMPLATE_SYNTAX", "Mẫu", "A1", "{ten_khoi}}"],
      ["TEMPLATE_SYNTAX", "Mẫu", "B1", "{{dia_diem"],
      ["TEMPLATE_ROW_MIXED", "Mẫu", "A2", ""],
    ]);
  });

  test("{{@x}}, {{#x}}, {{^x}} name nothing: left as written, reported", () => {
    const plan = fillGrid(makeGrid("m.xlsx", "Mẫu", [["{{@chu_tri}} {{#nam}} {{^nam}} {{chu_tri}}"]]), values);
    // chu_tri is the name as signed: the Ông typed before it is the body's, not the placeholder's (SPEC §7).
    expect(plan.cells[0]?.value).toBe("{{@chu_tri}} {{#nam}} {{^nam}} Nguyễn Văn An");
    expect(plan.issues.map((i) => i.params.placeholder)).toEqual(["{{@chu_tri}}", "{{#nam}}", "{{^nam}}"]);
  });

  test("a fill past Excel's last row is TEMPLATE_TOO_LARGE and writes nothing", () => {
    const rows: (string | null)[][] = [];
    rows[2] = ["{{dong.ten_don_vi}}"];
    rows[1_048_575] = ["cuối"];
    const plan = fillGrid(makeGrid("m.xlsx", "Mẫu", rows), values);
    expect(result.nominations.length).toBeGreaterThan(1);
    expect([plan.tooLarge, plan.rowSources.length, plan.cells.length, plan.issues.map((i) => i.code)]).toEqual([true, 0, 0, ["TEMPLATE_TOO_LARGE"]]);
    expect(issueMessage(plan.issues[0]!, "vi")).toContain("1.048.576");
    const fits = fillGrid(makeGrid("m.xlsx", "Mẫu", [["{{dong.ten_don_vi}}"], ["cuối"]]), values);
    expect(fits.tooLarge).toBeUndefined();
  });

  test("a row placeholder in a cell merged down over three rows repeats the whole block; merges outside stretch", () => {
    const grid = makeGrid(
      "m.xlsx",
      "Mẫu",
      [["STT", "Đơn vị", "Ghi chú"], ["{{dong.stt}}", "{{dong.ten_don_vi}}", "a"], [null, "Điểm {{dong.diem}}", "b"], [null, null, "c"], ["Cộng"]],
      { merges: [{ top: 1, left: 0, bottom: 3, right: 0 }, { top: 0, left: 2, bottom: 0, right: 3 }] },
    );
    const plan = fillGrid(grid, values);
    const n = result.nominations.length;
    expect(plan.rowSources).toEqual([0, ...Array.from({ length: n }, () => [1, 2, 3]).flat(), 4]);
    expect(plan.merges).toEqual([...Array.from({ length: n }, (_, i) => ({ top: 1 + 3 * i, left: 0, bottom: 3 + 3 * i, right: 0 })), { top: 0, left: 2, bottom: 0, right: 3 }]);
    result.nominations.forEach((nomination, i) => {
      expect(plan.cells.find((c) => c.row === 1 + 3 * i && c.column === 1)?.value).toBe(nomination.unit);
      expect(plan.cells.find((c) => c.row === 2 + 3 * i && c.column === 1)?.value).toBe(`Điểm ${viNumber(nomination.average, 2)}`);
    });
  });
});

describe("values are fit for XML (issue 20)", () => {
  test("C0 controls but tab and line breaks, U+FFFE/U+FFFF and lone surrogates are dropped from the meeting's fields; the rest is kept", () => {
    const values = documentValues({ ...base, meeting: { ...base.meeting, chair: "Nguyễn\u0007 <w:t>&\uFFFE Hòa\ud800", place: "Yên\u0001 Bái\tA\nB 😀\udc00" } });
    const text = (v: (typeof values.block)["chu_tri"]) => (v.kind === "text" ? v.text : v.kind);
    expect([text(values.block.chu_tri), text(values.block.dia_diem)]).toEqual(["Nguyễn <w:t>& Hòa", "Yên Bái\tA\nB 😀"]);
  });
});
