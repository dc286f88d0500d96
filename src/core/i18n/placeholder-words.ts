import type { Lang } from "./lang";

/**
 * For TEMPLATE_VALUE_MISSING: what a placeholder stands for and where the
 * officer gives it in the pane, by the placeholder's name in SPEC §7: the
 * field that exists there (the command line says its own, cli/missing-values.ts).
 */
type Words = { readonly what: string; readonly todo: string };

const MEETING_VI = "Nhập vào Thông tin cuộc họp (bước 4), rồi bấm Lập hồ sơ lại.";
const MEETING_EN = "Enter it in the meeting's details (step 4), then click Make the documents again.";
const VOTE_VI = "Nhập kết quả bỏ phiếu (Kiểm phiếu) rồi lập lại hồ sơ.";
const VOTE_EN = "Record the vote (the tally) and make the documents again.";

/** The placeholders a value of the meeting's form, or of the vote, fills: each says the same where it is missing. */
const DATE = ["ngay", "ngay_day_du"];
const CHAIR = ["chu_tri", "chu_tri_day_du"];
const SECRETARY = ["thu_ky", "thu_ky_day_du"];
const PRESENT = ["so_don_vi_co_mat", "don_vi_co_mat", "don_vi_vang_mat"];
const VOTE = ["so_phieu_bau", "de_nghi_khong_dat", "dong.so_phieu", "dong.tong_phieu", "dong.ty_le", "dong.ket_qua"];

const each = (names: readonly string[], words: Words): Record<string, Words> => Object.fromEntries(names.map((name) => [name, words]));

const vi: Record<string, Words> = {
  ten_khoi: { what: "tên khối thi đua", todo: "Nhập ô Tên khối, cụm thi đua ở Thông tin cuộc họp (bước 4), rồi bấm Lập hồ sơ lại." },
  nam: { what: "năm thi đua", todo: "Nhập ô Năm hoặc Ngày họp ở Thông tin cuộc họp (bước 4), rồi bấm Lập hồ sơ lại." },
  ...each(DATE, { what: "ngày họp", todo: MEETING_VI }),
  dia_diem: { what: "địa điểm", todo: MEETING_VI },
  so_van_ban: { what: "số văn bản", todo: MEETING_VI },
  noi_nhan: { what: "nơi nhận", todo: MEETING_VI },
  ...each(CHAIR, { what: "người chủ trì", todo: MEETING_VI }),
  ...each(SECRETARY, { what: "thư ký", todo: MEETING_VI }),
  ...each(PRESENT, { what: "danh sách đơn vị có mặt", todo: MEETING_VI }),
  truong_khoi: { what: "đơn vị trưởng khối", todo: "Ghi Trưởng khối ở cột Vai trò của danh sách đơn vị, rồi nhập lại." },
  pho_truong_khoi: { what: "đơn vị phó trưởng khối", todo: "Ghi Phó trưởng khối ở cột Vai trò của danh sách đơn vị, rồi nhập lại." },
  ...each(VOTE, { what: "kết quả bỏ phiếu", todo: VOTE_VI }),
};

const en: Record<string, Words> = {
  ten_khoi: { what: "block name", todo: "Fill in the Block's name field of the meeting's details (step 4), then click Make the documents again." },
  nam: { what: "year", todo: "Fill in the Year or the meeting date in the meeting's details (step 4), then click Make the documents again." },
  ...each(DATE, { what: "meeting date", todo: MEETING_EN }),
  dia_diem: { what: "place", todo: MEETING_EN },
  so_van_ban: { what: "document number", todo: MEETING_EN },
  noi_nhan: { what: "recipients", todo: MEETING_EN },
  ...each(CHAIR, { what: "chair", todo: MEETING_EN }),
  ...each(SECRETARY, { what: "secretary", todo: MEETING_EN }),
  ...each(PRESENT, { what: "list of units present", todo: MEETING_EN }),
  truong_khoi: { what: "leader unit", todo: "Mark the leader (Trưởng khối) in the roster's role column and import again." },
  pho_truong_khoi: { what: "deputy unit", todo: "Mark the deputy (Phó trưởng khối) in the roster's role column and import again." },
  ...each(VOTE, { what: "vote result", todo: VOTE_EN }),
};

export function missingValueWords(name: string, lang: Lang): Words {
  const table = lang === "vi" ? vi : en;
  return table[name] ?? { what: lang === "vi" ? "giá trị" : "value", todo: "" };
}
