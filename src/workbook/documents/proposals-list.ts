import type { PageSheetSpec } from "../ports/page";
import { COLUMNS, documentPage, head, placeholderTable, signature, STYLE } from "./decree-30";
import { PageBuilder } from "./page-builder";
import { DOCUMENT_TABLE_HEADERS } from "./table-headers";

/**
 * *Danh sách đề nghị khen thưởng*: the list that goes with the minutes and
 * the cover letter: the proposals that passed, with score, rank and votes.
 * Its number is given by the clerk when it is issued, so it is left to fill by hand.
 */
export function proposalsListTemplate(name: string): PageSheetSpec {
  const page = new PageBuilder(COLUMNS);
  head(page, "Số:        /DS-KTĐ");
  page.line("DANH SÁCH", STYLE.title);
  page.line("Đề nghị khen thưởng thi đua năm {{nam}}", STYLE.subtitle);
  page.line("(Kèm theo Biên bản họp bình xét thi đua số {{so_van_ban}} {{ngay_day_du}} của {{ten_khoi}})", STYLE.note);
  page.gap(10);
  placeholderTable(page, DOCUMENT_TABLE_HEADERS.proposals, [
    ["{{dong.stt}}", "number", 0, 6],
    ["{{dong.ten_don_vi}}", "text", 6, 29],
    ["{{dong.diem}}", "number", 29, 41],
    ["{{dong.xep_hang}}", "number", 41, 52],
    ["{{dong.danh_hieu}}", "text", 52, 67],
    ["{{dong.so_phieu}}", "number", 67, 78],
    ["{{dong.ty_le}}", "number", 78, 88],
  ]);
  page.line("Danh sách có {{so_de_nghi}} đơn vị, xếp theo hình thức khen thưởng và thứ hạng; điểm trung bình là {{phuong_phap}}.", STYLE.indented);
  page.gap(12);
  signature(page, false);
  return documentPage(name, page);
}
