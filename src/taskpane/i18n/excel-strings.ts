import type { Lang } from "../../core/i18n/lang";

/**
 * The pane's words about Excel itself (issue 23): a protected workbook or
 * sheet, the undo history our rewrites clear, and the self-check *Kiểm tra
 * Excel này*. Vietnamese first; English mirrors it key by key.
 */
const vi = {
  workbookProtected:
    "Sổ tính đang khóa cấu trúc (Xem lại › Bảo vệ sổ làm việc), nên Thi đua không thêm, đổi tên hay xóa được trang tính nào. Hãy bỏ khóa rồi bấm lại; hoặc tải các hồ sơ về dưới dạng tệp (.xlsx, .docx) ở bước 4.",
  sheetProtected:
    "Trang tính “{sheet}” đang khóa (Xem lại › Bảo vệ trang tính): Thi đua đã điền mẫu này thành trang thường, không giữ định dạng. Bỏ khóa trang mẫu rồi bấm lại để giữ định dạng.",
  undoNote:
    "Lưu ý: Thi đua sẽ xóa và ghi lại các trang của mình; sau đó, nút Hoàn tác (Ctrl+Z) của Excel không quay lại được các thao tác trước thời điểm này.",
  selfCheckTitle: "Kiểm tra Excel này",
  selfCheckWhat:
    "Thử từng loại thao tác Thi đua dùng (đọc, ghi, bảng, gộp ô, khóa trang, kiểm tra dữ liệu, thiết lập trang in, tên, chèn từ tệp) trên một trang tạm rồi xóa trang đó. Kết quả có thể sao chép để gửi cho người hỗ trợ.",
  selfCheckRun: "Kiểm tra",
  selfCheckRunning: "Đang kiểm tra…",
  selfCheckCopy: "Sao chép kết quả",
  selfCheckCopied: "Đã sao chép",
  selfCheckAbsent: "Không có Excel: ngăn tác vụ đang chạy trong trình duyệt (chế độ xem thử), nên không có gì để kiểm tra.",
  selfCheckFailed: "Không chạy được kiểm tra: {detail}",
};

export type ExcelStrings = typeof vi;

const en: ExcelStrings = {
  workbookProtected:
    "The workbook's structure is protected (Review › Protect Workbook), so Thi đua cannot add, rename or delete any sheet. Unprotect it and click again; or download the documents as files (.xlsx, .docx) in step 4.",
  sheetProtected:
    "The sheet “{sheet}” is protected (Review › Protect Sheet): Thi đua filled this template as a plain page, without its formats. Unprotect the template sheet and click again to keep them.",
  undoNote: "Note: Thi đua deletes and rewrites its own sheets; afterwards Excel's Undo (Ctrl+Z) cannot go back past this point.",
  selfCheckTitle: "Check this Excel",
  selfCheckWhat:
    "Tries each kind of call Thi đua makes (read, write, table, merge, protect, validation, page setup, names, insert from a file) in a scratch sheet, then removes it. The result can be copied and sent to support.",
  selfCheckRun: "Check",
  selfCheckRunning: "Checking…",
  selfCheckCopy: "Copy the result",
  selfCheckCopied: "Copied",
  selfCheckAbsent: "Excel is absent: the pane runs in a browser (preview mode), so there is nothing to check.",
  selfCheckFailed: "The check could not run: {detail}",
};

export function excelStringsFor(lang: Lang): ExcelStrings {
  return lang === "en" ? en : vi;
}
