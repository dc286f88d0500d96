import type { Lang } from "../core/i18n/lang";

/**
 * TEMPLATE_VALUE_MISSING said to a command-line user: the field of the
 * `--meeting` file, or the option, that gives the value (the pane's message
 * names its forms and buttons instead).
 */
const MEETING_FIELD: Record<string, string> = {
  ten_khoi: "block",
  ngay: "date",
  ngay_day_du: "date",
  nam: "date",
  dia_diem: "place",
  so_van_ban: "documentNumber",
  noi_nhan: "recipients",
  chu_tri: "chair",
  chu_tri_day_du: "chair",
  thu_ky: "secretary",
  thu_ky_day_du: "secretary",
  so_don_vi_co_mat: "present",
  don_vi_co_mat: "present",
  don_vi_vang_mat: "present",
};

const VOTE = new Set(["so_phieu_bau", "de_nghi_khong_dat", "dong.so_phieu", "dong.tong_phieu", "dong.ty_le", "dong.ket_qua"]);
const ROLES = new Set(["truong_khoi", "pho_truong_khoi"]);

export function commandLineTodo(field: string, lang: Lang): string | undefined {
  const vi = lang === "vi";
  const meetingField = MEETING_FIELD[field];
  if (meetingField !== undefined) {
    return vi
      ? `Ghi trường "${meetingField}" trong tệp --meeting (ví dụ hop.json, xem README), rồi chạy lại rank --documents.`
      : `Give the "${meetingField}" field in the --meeting file (for example hop.json, see the README), and run rank --documents again.`;
  }
  if (VOTE.has(field)) {
    return vi
      ? "Điền trang Kết quả bỏ phiếu của tệp rank --out ghi ra, rồi chạy lại với --votes TỆP.xlsx."
      : "Fill in the tally (the Votes sheet of the workbook rank --out writes) and run again with --votes FILE.xlsx.";
  }
  if (ROLES.has(field)) {
    return vi
      ? `Ghi ${field === "truong_khoi" ? "Trưởng khối" : "Phó trưởng khối"} ở cột Vai trò của danh sách đơn vị, rồi chạy lại.`
      : `Mark the ${field === "truong_khoi" ? "leader (Trưởng khối)" : "deputy (Phó trưởng khối)"} in the roster's role column, and run again.`;
  }
  return undefined;
}
