/**
 * The header rows of the built-in documents' tables (SPEC §7). One place, so
 * the documents are written with them and the import knows a folder's
 * documents of ours by them (own-headers.ts; docs/DECISIONS.md, D9) and leaves them
 * out instead of reading them as scoresheets. Vietnamese in every language:
 * the documents are.
 */
export const DOCUMENT_TABLE_HEADERS = {
  /** Danh sách đề nghị: the proposals that passed, with the vote. */
  proposals: ["STT", "Tên đơn vị", "Điểm trung bình", "Xếp hạng", "Hình thức khen thưởng đề nghị", "Số phiếu đồng ý", "Tỷ lệ đồng ý"],
  /** Biên bản, its ranking. */
  ranking: ["STT", "Tên đơn vị", "Điểm trung bình", "Điểm tự chấm", "Xếp hạng"],
  /** Biên bản, the vote. */
  vote: ["STT", "Tên đơn vị", "Số phiếu đồng ý", "Tổng số phiếu", "Hình thức khen thưởng đề nghị", "Tỷ lệ đồng ý", "Kết quả"],
  /** Tờ trình. */
  coverLetter: ["STT", "Tên đơn vị", "Điểm trung bình", "Xếp hạng", "Hình thức khen thưởng đề nghị"],
} as const;
