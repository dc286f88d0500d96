import type { Lang } from "../../core/i18n/lang";

/** Every label of the pane, Vietnamese first; English mirrors it key by key. */
const vi = {
  appTitle: "Thi đua – Chấm điểm & Bình xét",
  appSubtitle: "Tổng hợp phiếu chấm chéo, xếp hạng và đề nghị khen thưởng",
  stepsLabel: "Các bước",
  previewTitle: "Chế độ xem thử",
  previewBody:
    "Không tìm thấy Excel: ngăn tác vụ đang chạy trong trình duyệt. Dữ liệu chỉ được xử lý trên máy này.",
  loading: "Đang khởi động…",
  notYet: "Bước này sẽ có trong phiên bản tới.",
  importTitle: "Nhập phiếu chấm",
  importWhat:
    "Chọn hoặc kéo thả cùng lúc các tệp .xlsx của khối: bảng tiêu chí, danh sách đơn vị và phiếu chấm của từng đơn vị. Thi đua tự nhận ra từng loại tệp theo nội dung, đọc từng phiếu và ghi lại ô nguồn của mỗi điểm.",
  checkTitle: "Kiểm tra",
  checkWhat:
    "Liệt kê các lỗi và cảnh báo theo tệp và đơn vị, lỗi trước: điểm vượt điểm chuẩn, điểm nhập dạng chữ, thiếu phiếu, phiếu trùng, tên đơn vị không khớp… Mỗi lỗi chỉ rõ tệp, trang tính, ô và cách sửa.",
  rankTitle: "Tính xếp hạng",
  rankWhat:
    "Tính điểm trung bình chấm chéo của từng đơn vị (không tính điểm tự chấm), xếp hạng và ghi trang Tổng hợp kèm biểu đồ; mỗi con số truy được về ô nguồn.",
  nominateTitle: "Lập danh sách đề nghị",
  nominateWhat:
    "Đề xuất đơn vị cho Cờ thi đua của Chính phủ, Cờ thi đua của UBND tỉnh và Bằng khen theo thứ hạng, đăng ký thi đua và chỉ tiêu của khối; ghi trang Đề nghị.",
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: "Thi đua – Emulation scoring & awards",
  appSubtitle: "Consolidate cross-scores, rank units and propose awards",
  stepsLabel: "Steps",
  previewTitle: "Preview mode",
  previewBody: "Excel was not found: the pane is running in a browser. Data is processed on this machine only.",
  loading: "Starting…",
  notYet: "This step arrives in a coming version.",
  importTitle: "Import scoresheets",
  importWhat:
    "Pick or drop the block's .xlsx files at once: the criteria table, the roster and each unit's scoresheets. Thi đua tells them apart by content, reads every sheet and records the source cell of every score.",
  checkTitle: "Check",
  checkWhat:
    "Lists errors and warnings by file and unit, errors first: scores above the maximum, scores typed as text, missing or duplicate sheets, unknown unit names… Each names the file, sheet and cell, and how to fix it.",
  rankTitle: "Compute ranking",
  rankWhat:
    "Computes each unit's cross-score average (self scores excluded), ranks the units and writes the Summary sheet with a chart; every number traces back to its source cell.",
  nominateTitle: "Prepare nominations",
  nominateWhat:
    "Proposes units for the Government flag, the provincial flag and the certificates of merit by rank, registration and the block's quotas; writes the Nominations sheet.",
};

export function stringsFor(lang: Lang): Strings {
  return lang === "vi" ? vi : en;
}
