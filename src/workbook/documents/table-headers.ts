/**
 * The header rows of the built-in documents' tables (SPEC §7). One place, so
 * the documents are written with them and the import knows a folder's
 * documents of ours by them (own-headers.ts; docs/DECISIONS.md, D9) and leaves them
 * out instead of reading them as scoresheets. Vietnamese in every language:
 * the documents are. A no-break space joins the syllables of one word
 * (*đồng ý*, *xếp hạng*), so a narrow column wraps between words and never
 * prints *Tỷ lệ đồng / ý*.
 */
const NB = "\u00a0";
const words = (label: string) => label.replace(/_/g, NB);
export const DOCUMENT_TABLE_HEADERS = {
  /** Danh sách đề nghị: the proposals that passed, with the vote. */
  proposals: ["STT", "Tên đơn_vị", "Điểm trung_bình", "Xếp_hạng", "Hình_thức khen_thưởng đề_nghị", "Số_phiếu đồng_ý", "Tỷ_lệ đồng_ý"].map(words),
  /** Biên bản, its ranking. */
  ranking: ["STT", "Tên đơn_vị", "Điểm trung_bình", "Điểm tự_chấm", "Xếp_hạng"].map(words),
  /** Biên bản, the vote. */
  vote: ["STT", "Tên đơn_vị", "Số_phiếu đồng_ý", "Tổng số_phiếu", "Hình_thức khen_thưởng đề_nghị", "Tỷ_lệ đồng_ý", "Kết_quả"].map(words),
  /** Tờ trình. */
  coverLetter: ["STT", "Tên đơn_vị", "Điểm trung_bình", "Xếp_hạng", "Hình_thức khen_thưởng đề_nghị"].map(words),
};
