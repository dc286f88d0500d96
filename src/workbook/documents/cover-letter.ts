import type { PageSheetSpec } from "../ports/page";
import { COLUMNS, documentPage, head, placeholderTable, signature, STYLE } from "./decree-30";
import { PageBuilder } from "./page-builder";
import { DOCUMENT_TABLE_HEADERS } from "./table-headers";

/**
 * *Tờ trình đề nghị khen thưởng*: the cover letter to the provincial
 * emulation council, on the grounds of the law and the block's meeting.
 * Its number is given by the clerk when it is issued.
 */
export function coverLetterTemplate(name: string): PageSheetSpec {
  const page = new PageBuilder(COLUMNS);
  head(page, "Số:        /TTr-KTĐ");
  page.line("TỜ TRÌNH", STYLE.title);
  page.line("Về việc đề nghị khen thưởng thi đua năm {{nam}}", STYLE.subtitle);
  page.gap(8);
  page.line("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh.", STYLE.center());
  page.gap(8);
  page.line("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;", STYLE.indented);
  page.line("Căn cứ kết quả chấm điểm, bình xét thi đua của {{ten_khoi}} tại cuộc họp {{ngay_day_du}} (Biên bản số {{so_van_ban}}),", STYLE.indented);
  page.line(
    "{{ten_khoi}} gồm {{so_don_vi}} đơn vị thành viên. Năm {{nam}}, các đơn vị đã tự chấm điểm và chấm điểm chéo theo bảng tiêu chí của Khối; điểm của mỗi đơn vị là {{phuong_phap}}, tổng hợp từ {{so_phieu}} phiếu chấm chéo hợp lệ. Hội nghị Khối đã bình xét, bỏ phiếu suy tôn các đơn vị có thành tích xuất sắc.",
    STYLE.indented,
  );
  page.line("{{ten_khoi}} kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, đề nghị khen thưởng {{so_de_nghi}} đơn vị, cụ thể như sau:", STYLE.indented);
  page.gap(6);
  placeholderTable(page, DOCUMENT_TABLE_HEADERS.coverLetter, [
    ["{{dong.stt}}", "number", 0, 6],
    ["{{dong.ten_don_vi}}", "text", 6, 29],
    ["{{dong.diem}}", "number", 29, 41],
    ["{{dong.xep_hang}}", "number", 41, 52],
    ["{{dong.danh_hieu}}", "text", 52, 88],
  ]);
  page.line("(Có biên bản họp và danh sách đề nghị kèm theo.)", { ...STYLE.indented, font: { ...STYLE.indented.font, italic: true } });
  page.line("Kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, quyết định./.", STYLE.indented);
  page.gap(12);
  signature(page, false);
  return documentPage(name, page);
}
