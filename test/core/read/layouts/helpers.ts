/**
 * A block's criteria table and scoresheets built from it, for the layout
 * reader tests.
 */
import type { CellRange, CellValue, Grid } from "../../../../src/core/model/grid";
import { makeGrid } from "../../../../src/core/model/grid";
import { buildCriterionIndex } from "../../../../src/core/read/criteria/criterion-index";
import { readCriteriaTable } from "../../../../src/core/read/criteria/criteria-table";
import type { SheetContext } from "../../../../src/core/read/layouts/layout";
import { ReadCache } from "../../../../src/core/read/read-cache";

/** The official table: id, numbering, text, max. */
export const TABLE: readonly { id: string; number: CellValue; text: string; max: number }[] = [
  { id: "I", number: "I", text: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", max: 30 },
  { id: "I.1", number: 1, text: "Xây dựng kế hoạch thi đua", max: 10 },
  { id: "I.1.1", number: "1.1", text: "Ban hành kế hoạch năm", max: 5 },
  { id: "I.1.2", number: "1.2", text: "Tổ chức triển khai", max: 5 },
  { id: "I.2", number: 2, text: "Chế độ thông tin, báo cáo", max: 20 },
  { id: "I.2.a", number: "a)", text: "Báo cáo 6 tháng", max: 10 },
  { id: "I.2.b", number: "b)", text: "Báo cáo năm", max: 10 },
  { id: "II", number: "II", text: "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", max: 70 },
  { id: "II.1", number: 1, text: "Phát triển hội viên", max: 30 },
  { id: "II.2", number: 2, text: "Hoạt động nhân đạo", max: 40 },
  { id: "III", number: "III", text: "ĐIỂM THƯỞNG", max: 5 },
  { id: "III.1", number: 1, text: "Có mô hình, cách làm mới", max: 5 },
  { id: "IV", number: "IV", text: "ĐIỂM TRỪ", max: -5 },
  { id: "IV.1", number: 1, text: "Chậm gửi báo cáo", max: -5 },
];

export const LEAVES = ["I.1.1", "I.1.2", "I.2.a", "I.2.b", "II.1", "II.2", "III.1", "IV.1"];
export const PARENTS = ["I", "I.1", "I.2", "II", "III", "IV"];

/** A full set of leaf scores, the sum of the normal ones 90, bonus 3, deduction 2. */
export const SCORES: Readonly<Record<string, number>> = {
  "I.1.1": 5,
  "I.1.2": 4,
  "I.2.a": 9,
  "I.2.b": 8,
  "II.1": 28,
  "II.2": 36,
  "III.1": 3,
  "IV.1": 2,
};

/** The sums a sheet prints in its parent rows, for SCORES. */
export const SUBTOTALS: Readonly<Record<string, number>> = { I: 26, "I.1": 9, "I.2": 17, II: 64, III: 3, IV: 2, total: 91 };

/**
 * The table's body: numbering, text, max, then `extra(id)` for each row
 * (`"total"` for the *Tổng cộng* row).
 */
export function body(extra: (id: string) => CellValue[] = () => []): CellValue[][] {
  return [
    ...TABLE.map((r) => [r.number, r.text, r.max, ...extra(r.id)]),
    [null, "Tổng cộng", 100, ...extra("total")],
  ];
}

export const TITLE: CellValue[][] = [
  ["KHỐI CÁC HỘI ĐẶC THÙ", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  ["PHIẾU CHẤM ĐIỂM THI ĐUA NĂM 2026"],
];

export const SIGNATURE: CellValue[][] = [
  [],
  [null, null, null, "Yên Bái, ngày 20 tháng 12 năm 2026"],
  ["NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
  [],
  [],
  ["Nguyễn Văn A", null, 99, 99, 99],
];

let contextCache: SheetContext | null = null;

/** The block's context, read from its own criteria table. */
export function blockContext(scorerFromFileName = "Hội Nhà báo tỉnh"): SheetContext {
  if (!contextCache) {
    const grid = makeGrid("bang-tieu-chi.xlsx", "Tiêu chí", [
      ["BẢNG TIÊU CHÍ CHẤM ĐIỂM"],
      [],
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn"],
      ...body(),
    ]);
    const read = readCriteriaTable(grid);
    if (!read) throw new Error("no criteria table");
    const index = buildCriterionIndex(read.table);
    contextCache = {
      table: read.table,
      criteriaById: index.byId,
      criteriaByText: index.byText,
      scorerFromFileName: "",
      cache: new ReadCache(),
    };
  }
  return { ...contextCache, scorerFromFileName };
}

export function sheet(
  rows: CellValue[][],
  options: { file?: string; sheet?: string; merges?: CellRange[]; hiddenColumns?: number[] } = {},
): Grid {
  return makeGrid(options.file ?? "hoi-nha-bao.xlsx", options.sheet ?? "Sheet1", rows, {
    merges: options.merges ?? [],
    hiddenColumns: new Set(options.hiddenColumns ?? []),
  });
}

/** A score cell's expected parse. */
export const num = (value: number) => ({ kind: "number", value }) as const;
export const blank = { kind: "blank" } as const;
