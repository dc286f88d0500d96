import type { PageSheetSpec } from "../ports/page";
import { COLUMNS, documentPage, head, placeholderTable, signature, STYLE } from "./decree-30";
import { PageBuilder } from "./page-builder";
import { DOCUMENT_TABLE_HEADERS } from "./table-headers";

/**
 * *Biên bản họp bình xét thi đua*: the minutes as a block's read — who met,
 * where and when, who chaired and kept them, the method of scoring, the
 * table of averages and ranks, the vote and the proposals, the signatures.
 */
export function minutesTemplate(name: string): PageSheetSpec {
  const page = new PageBuilder(COLUMNS);
  head(page, "Số: {{so_van_ban}}");
  page.line("BIÊN BẢN", STYLE.title);
  page.line("Họp bình xét, suy tôn thi đua năm {{nam}}", STYLE.subtitle);
  page.gap(10);
  page.line("Vào {{ngay_day_du}}, tại {{dia_diem}}, {{ten_khoi}} tổ chức họp bình xét, suy tôn các danh hiệu thi đua năm {{nam}}.", STYLE.indented);
  page.line("I. THÀNH PHẦN", STYLE.heading);
  page.line("- Chủ trì: {{chu_tri_day_du}}, đại diện đơn vị Trưởng khối ({{truong_khoi}}).", STYLE.indented);
  page.line("- Thư ký: {{thu_ky_day_du}}.", STYLE.indented);
  page.line("- Đơn vị dự họp: {{so_don_vi_co_mat}}/{{so_don_vi}} đơn vị thành viên của Khối: {{don_vi_co_mat}}.", STYLE.indented);
  page.line("- Đơn vị vắng mặt: {{don_vi_vang_mat}}.", STYLE.indented);
  page.line("II. NỘI DUNG", STYLE.heading);
  page.line(
    "1. Kết quả chấm điểm. Căn cứ bảng tiêu chí chấm điểm thi đua năm {{nam}} của Khối, các đơn vị thành viên đã tự chấm điểm và chấm điểm chéo lẫn nhau; đơn vị Trưởng khối đã tổng hợp {{so_phieu}} phiếu chấm chéo hợp lệ. Điểm của mỗi đơn vị là {{phuong_phap}}. Kết quả như sau:",
    STYLE.indented,
  );
  placeholderTable(page, DOCUMENT_TABLE_HEADERS.ranking, [
    ["{{xh.stt}}", "number", 0, 6],
    ["{{xh.ten_don_vi}}", "text", 6, 29],
    ["{{xh.diem}}", "number", 29, 48],
    ["{{xh.tu_cham}}", "number", 48, 67],
    ["{{xh.xep_hang}}", "number", 67, 88],
  ]);
  page.line(
    "2. Bỏ phiếu suy tôn. Căn cứ kết quả xếp hạng và đăng ký thi đua của các đơn vị, Hội nghị đã bỏ phiếu suy tôn các đơn vị đề nghị khen thưởng; số phiếu hợp lệ: {{so_phieu_bau}} phiếu; đơn vị được đề nghị khi có số phiếu đồng ý {{nguong_bieu_quyet}}. Kết quả như sau:",
    STYLE.indented,
  );
  placeholderTable(page, DOCUMENT_TABLE_HEADERS.vote, [
    ["{{dong.stt}}", "number", 0, 6],
    ["{{dong.ten_don_vi}}", "text", 6, 29],
    ["{{dong.so_phieu}}", "number", 29, 41],
    ["{{dong.tong_phieu}}", "number", 41, 52],
    ["{{dong.danh_hieu}}", "text", 52, 67],
    ["{{dong.ty_le}}", "number", 67, 78],
    ["{{dong.ket_qua}}", "number", 78, 88],
  ]);
  page.line("Đề nghị không đạt số phiếu cần thiết: {{de_nghi_khong_dat}}.", STYLE.indented);
  // Why each better-ranked unit is not proposed (SPEC §5): a reviewer asks it first.
  // Left-aligned: a sentence a line, and a justified line that ends in a break would spread its words over the width.
  page.line("{{ly_do_khong_de_nghi}}", { ...STYLE.text, horizontal: "left" });
  page.line(
    "3. Hội nghị thống nhất đề nghị khen thưởng {{so_de_nghi}} đơn vị như danh sách trên và giao đơn vị Trưởng khối hoàn thiện hồ sơ, trình cấp có thẩm quyền xem xét, quyết định.",
    STYLE.indented,
  );
  page.line("Biên bản kết thúc cùng ngày, đã được đọc lại trước Hội nghị và các đại biểu dự họp nhất trí thông qua./.", STYLE.indented);
  page.gap(12);
  signature(page, true);
  return documentPage(name, page);
}
