import type { Lang } from "../../core/i18n/lang";
import type { SelfCheckId } from "../../excel/self-check";

/**
 * The pane's words about Excel itself (issue 23): a protected workbook or
 * sheet, a print setup Excel refused, the undo history our rewrites clear, and the self-check *Kiểm tra
 * Excel này*. Vietnamese first; English mirrors it key by key.
 */
const vi = {
  workbookProtected:
    "Sổ tính đang khóa cấu trúc (Xem lại › Bảo vệ sổ làm việc), nên Thi đua không thêm, đổi tên hay xóa được trang tính nào. Hãy bỏ khóa rồi bấm lại; hoặc tải các hồ sơ về dưới dạng tệp (.xlsx, .docx) ở bước 4.",
  sheetProtected:
    "Trang tính “{sheet}” đang khóa (Xem lại › Bảo vệ trang tính): Thi đua đã điền mẫu này thành trang thường, không giữ định dạng. Bỏ khóa trang mẫu rồi bấm lại để giữ định dạng.",
  printSetupFailed:
    "Đã ghi các trang {sheets}, nhưng Excel không nhận thiết lập trang in (khổ A4, lề, vừa khổ giấy): các trang này sẽ in theo mặc định của Excel. Hãy đặt lại ở thẻ Bố trí Trang (Page Layout) trước khi in.",
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
  selfCheckHeader: "Thi đua — Kiểm tra Excel này ({when})",
  selfCheckExcel: "Excel: phiên bản {version}, nền tảng {platform}",
  selfCheckUnknown: "không rõ",
  selfCheckSets: "Bộ API hỗ trợ: ExcelApi {sets}",
  selfCheckCellEdit: "Chờ khi đang gõ trong ô (delayForCellEdit): {answer}",
  selfCheckYes: "có",
  selfCheckNo: "không",
  selfCheckOk: "được",
  selfCheckFailedLine: "LỖI — {detail}",
  selfCheckSkipped: "không thử (thiếu {detail})",
  checkNames: {
    "add-sheet": "Thêm trang tính",
    write: "Ghi ô (chữ, số, công thức)",
    read: "Đọc ô",
    table: "Tạo bảng",
    merge: "Gộp ô",
    validation: "Kiểm tra dữ liệu (validation)",
    "page-setup": "Thiết lập trang in",
    names: "Tên (named item)",
    protect: "Khóa / bỏ khóa trang",
    "insert-file": "Chèn trang từ tệp",
    remove: "Xóa trang tạm",
  } as Record<SelfCheckId, string>,
};

export type ExcelStrings = typeof vi;

const en: ExcelStrings = {
  workbookProtected:
    "The workbook's structure is protected (Review › Protect Workbook), so Thi đua cannot add, rename or delete any sheet. Unprotect it and click again; or download the documents as files (.xlsx, .docx) in step 4.",
  sheetProtected:
    "The sheet “{sheet}” is protected (Review › Protect Sheet): Thi đua filled this template as a plain page, without its formats. Unprotect the template sheet and click again to keep them.",
  printSetupFailed:
    "The pages {sheets} are written, but Excel did not accept their print setup (A4, margins, fit to the paper): they print with Excel's defaults. Set it in the Page Layout tab before printing.",
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
  selfCheckHeader: "Thi đua — Check this Excel ({when})",
  selfCheckExcel: "Excel: version {version}, platform {platform}",
  selfCheckUnknown: "unknown",
  selfCheckSets: "API sets supported: ExcelApi {sets}",
  selfCheckCellEdit: "Waits while a cell is being edited (delayForCellEdit): {answer}",
  selfCheckYes: "yes",
  selfCheckNo: "no",
  selfCheckOk: "works",
  selfCheckFailedLine: "FAILED — {detail}",
  selfCheckSkipped: "not tried (needs {detail})",
  checkNames: {
    "add-sheet": "Add a sheet",
    write: "Write cells (text, number, formula)",
    read: "Read cells",
    table: "Create a table",
    merge: "Merge cells",
    validation: "Data validation",
    "page-setup": "Page setup",
    names: "Names (named item)",
    protect: "Protect / unprotect a sheet",
    "insert-file": "Insert a sheet from a file",
    remove: "Remove the scratch sheet",
  },
};

export function excelStringsFor(lang: Lang): ExcelStrings {
  return lang === "en" ? en : vi;
}
