/**
 * Reading the open workbook at the bench's L size (64 units, 120 criteria)
 * with realistic Vietnamese text, on the stricter double: each request and
 * each response priced per object path and in UTF-8 bytes, under Excel on
 * the web's 5 MB. One scorer's file of the L block — a sheet per unit, each
 * criterion with its text, the scores and a remark and evidence written out
 * in full — weighs ~7 MB of values and types: a read budgeted in cells
 * (150,000 a request) would send it in one response and fail. Also: a sheet
 * with more merged areas than `getMergedAreasOrNullObject` answers at once.
 */
import { ExcelWorkbookSource } from "../../src/excel/excel-source";
import { leavesOf } from "../fixtures/builder/block-spec";
import { scaleSpec, SCALES } from "../fixtures/builder/scenarios";
import { FakeExcel, LIMIT_BYTES, LIMIT_MERGED_AREAS } from "./fake-excel";

jest.setTimeout(120_000);

const REMARK = "Đơn vị đã triển khai đầy đủ, kịp thời; có sáng kiến được Hội đồng thi đua khen thưởng tỉnh ghi nhận, đề nghị phát huy";
const EVIDENCE = "Báo cáo số 125/BC-UBND ngày 15 tháng 11 năm 2026 về kết quả thực hiện nhiệm vụ chính trị, kèm biên bản kiểm tra của Ban Thi đua – Khen thưởng Sở Nội vụ; Quyết định số 2468/QĐ-UBND; hình ảnh và tài liệu minh chứng lưu tại Văn phòng";

describe("reading the open workbook at the L size, in Vietnamese", () => {
  it("reads every cell, each request and response under 5 MB", async () => {
    const spec = scaleSpec(SCALES.L);
    const leaves = leavesOf(spec.criteria);
    expect([spec.units.length, leaves.length]).toEqual([64, 120]);
    const fake = new FakeExcel({ web: true });
    for (const unit of spec.units) {
      const sheet = fake.addSheet(unit.short);
      ["STT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm chấm", "Nhận xét của đơn vị chấm", "Căn cứ, minh chứng"].forEach((h, c) => sheet.set(0, c, h));
      leaves.forEach((leaf, i) => {
        const r = i + 1;
        sheet.set(r, 0, leaf.id);
        sheet.set(r, 1, leaf.text);
        sheet.set(r, 2, leaf.max);
        sheet.set(r, 3, leaf.max);
        sheet.set(r, 4, Math.max(0, leaf.max - (i % 3) * 0.5));
        sheet.set(r, 5, `${REMARK} (${unit.name})`);
        sheet.set(r, 6, `${EVIDENCE}; ${leaf.text}`);
      });
    }
    const source = new ExcelWorkbookSource("Cụm thi đua Sở Nội vụ.xlsx", { host: fake });
    const grids = await source.readSheets();

    const weight = fake.requests.reduce((sum, r) => sum + r.responseBytes, 0);
    // Heavier than one response may be: it had to be split.
    expect(weight).toBeGreaterThan(LIMIT_BYTES);
    for (const request of fake.requests) {
      expect(request.requestBytes).toBeLessThan(LIMIT_BYTES);
      expect(request.responseBytes).toBeLessThan(LIMIT_BYTES);
    }
    expect(grids).toHaveLength(64);
    for (const [k, unit] of spec.units.entries()) {
      const g = grids[k]!;
      expect(g.sheet).toBe(unit.short);
      expect(g.rowCount).toBe(121);
      expect(g.rows[120]?.[1]).toBe(leaves[119]!.text);
      expect(g.rows[120]?.[5]).toBe(`${REMARK} (${unit.name})`);
    }
  });

  it("reads a sheet with more merged areas than Excel answers at once, apart from its values", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Biểu mẫu gộp ô");
    const count = LIMIT_MERGED_AREAS + 200;
    for (let i = 0; i < count; i++) {
      sheet.set(i, 0, `Dòng ${i + 1}: Khối thi đua các Hội đặc thù`);
      sheet.merges.push(`A${i + 1}:C${i + 1}`);
    }
    // One tall area that any band of rows cuts.
    sheet.set(0, 4, "Ghi chú");
    sheet.merges.push(`E1:E${count}`);
    const [g] = await new ExcelWorkbookSource("x.xlsx", { host: fake }).readSheets();
    expect(g?.merges).toHaveLength(count + 1);
    expect(g?.merges).toContainEqual({ top: 0, left: 4, bottom: count - 1, right: 4 });
    expect(g?.merges).toContainEqual({ top: count - 1, left: 0, bottom: count - 1, right: 2 });
    expect(g?.rows[count - 1]?.[0]).toBe(`Dòng ${count}: Khối thi đua các Hội đặc thù`);
  });
});
