import type { Lang } from "../core/i18n/lang";

/**
 * What the command says when it cannot run (exit status 2), in the report's
 * language: the mistake, then what to type instead. Beside report.ts's words,
 * which say what it found once it ran.
 */
const vi = {
  noCommand: "Chưa có lệnh. Gõ check (kiểm tra phiếu chấm), rank (tính điểm, xếp hạng) hoặc scoresheets (tạo phiếu chấm trống).",
  unknownCommand: (command: string, meant?: string) =>
    `Không có lệnh “${command}”.${meant ? ` Có phải ý bạn là ${meant}?` : ""} Các lệnh: check, rank, scoresheets.`,
  unknownOption: (option: string, meant?: string) =>
    `Không có tùy chọn “${option}”.${meant ? ` Có phải ý bạn là --${meant}?` : ""} Xem danh sách tùy chọn bên dưới.`,
  missingValue: (option: string, example: string) => `Tùy chọn --${option} cần một giá trị ngay sau nó, ví dụ: --${option} ${example}`,
  choice: (option: string, value: string, choices: readonly string[], meant?: string) =>
    `--${option} chỉ nhận ${choices.join(" hoặc ")}, không nhận “${value}”.${meant ? ` Có phải ý bạn là --${option} ${meant}?` : ""}`,
  trim: (value: string) => `--trim cần một số nguyên từ 0 trở lên (số điểm cao nhất và thấp nhất bị cắt bỏ), không nhận “${value}”.`,
  noInputs: "Chưa có phiếu chấm: ghi sau lệnh thư mục của khối (ví dụ khoi-2026/) hoặc các tệp .xlsx.",
  rankOnly: (option: string) => `--${option} dùng với lệnh rank, không dùng với check.`,
  templateNeedsDocuments: "--template cần thêm --documents THƯ_MỤC: thư mục ghi các mẫu đã điền.",
  templateKind: (file: string) => `--template nhận tệp .xlsx hoặc .docx, không nhận “${file}”.`,
  outKind: (file: string, fixed: string) =>
    `--out ghi một sổ làm việc Excel .xlsx, nên tên tệp phải có đuôi .xlsx; “${file}” sẽ mở sai (Excel báo định dạng không khớp đuôi tệp). Dùng: --out "${fixed}"`,
  outIsFolder: (target: string) => `--out cần tên một tệp .xlsx, nhưng “${target}” là một thư mục. Ví dụ: --out "${target}/ket-qua.xlsx"`,
  documentsIsFile: (target: string) => `--documents cần một thư mục (để ghi các hồ sơ vào), nhưng “${target}” là một tệp. Ví dụ: --documents ho-so/`,
  jsonIsFolder: (target: string) => `--json cần tên một tệp .json (hoặc - để in ra màn hình), nhưng “${target}” là một thư mục.`,
  notFound: (target: string) => `Không tìm thấy “${target}”. Kiểm tra tên và thư mục (đường dẫn tương đối tính từ thư mục bạn đang đứng).`,
  cannotUse: (target: string, code: string) => `Không đọc hoặc ghi được “${target}” (${code}): kiểm tra quyền truy cập và tệp có đang mở ở chương trình khác không.`,
  noFolderFor: (target: string) => `Không có thư mục để ghi “${target}”. Tạo thư mục đó trước, hoặc chọn chỗ khác.`,
  noXlsx: (where: string, others: readonly string[]) =>
    [
      others.length === 0
        ? `Không có tệp .xlsx nào trong ${where}: Thi đua đọc các sổ làm việc Excel .xlsx (bảng tiêu chí, danh sách đơn vị, phiếu chấm).`
        : `Không có tệp .xlsx nào trong ${where}, chỉ có: ${others.join(", ")}. Thi đua chỉ đọc sổ làm việc Excel .xlsx, không đọc .xls, .ods hay .csv.`,
      "Chuyển sang .xlsx rồi chạy lại:",
      "  • Excel: mở tệp, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx).",
      "  • LibreOffice: soffice --headless --convert-to xlsx TỆP.xls (hoặc mở tệp, Lưu thành… › Excel 2007-365 (.xlsx)).",
    ].join("\n"),
  noCriteria: "Không tìm thấy bảng tiêu chí trong các tệp đã cho (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn). Chỉ rõ tệp bằng --criteria BẢNG_TIÊU_CHÍ.xlsx.",
  unreadableCriteria:
    "Không đọc được bảng tiêu chí (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn trong 20 dòng đầu). Kiểm tra tệp ghi sau --criteria.",
  notJson: (file: string, reason: string) => `${file}: không phải tệp JSON hợp lệ (${reason}). Mở bằng trình soạn thảo văn bản và sửa lại.`,
  scoresheetsNeeds: (option: string, example: string) => `Lệnh scoresheets cần --${option}, ví dụ: --${option} ${example}`,
  stray: (arg: string) => `“${arg}” không thuộc tùy chọn nào: lệnh scoresheets không đọc phiếu chấm, chỉ cần --criteria, --roster và --out.`,
  year: (value: string) => `--year cần một năm, ví dụ 2026, không nhận “${value}”.`,
  deadline: (value: string) => `--deadline cần một ngày, ví dụ 15/12/2026 (ngày/tháng/năm) hoặc 2026-12-15, không nhận “${value}”.`,
  unreadableFile: (file: string, reason: string) => `${file}: không đọc được tệp (${reason}).`,
  notCriteria: (file: string) => `${file}: không đọc được bảng tiêu chí (cần dòng tiêu đề có cột Nội dung và cột Điểm chuẩn trong 20 dòng đầu).`,
  emptyRoster: (file: string) => `${file}: không có đơn vị nào trong danh sách.`,
  wroteScoresheets: (count: number, dir: string) => `Đã tạo ${count} phiếu chấm trong ${dir}:`,
  written: (file: string) => `Đã ghi: ${file}`,
  keptEdited: (kept: string, file: string) =>
    `Giữ nguyên ${kept}: tệp đã được sửa sau lần Thi đua ghi trước (hoặc không do Thi đua ghi); bản mới ghi vào ${file}.`,
};

type Words = typeof vi;

const en: Words = {
  noCommand: "No command given. Type check (check the scoresheets), rank (averages and ranking) or scoresheets (blank scoresheets).",
  unknownCommand: (command, meant) => `There is no command “${command}”.${meant ? ` Did you mean ${meant}?` : ""} Commands: check, rank, scoresheets.`,
  unknownOption: (option, meant) => `There is no option “${option}”.${meant ? ` Did you mean --${meant}?` : ""} The options are listed below.`,
  missingValue: (option, example) => `--${option} needs a value right after it, for example: --${option} ${example}`,
  choice: (option, value, choices, meant) =>
    `--${option} takes ${choices.join(" or ")}, not “${value}”.${meant ? ` Did you mean --${option} ${meant}?` : ""}`,
  trim: (value) => `--trim takes a whole number of 0 or more (how many highest and lowest totals to drop), not “${value}”.`,
  noInputs: "No scoresheets given: put the block's folder (for example khoi-2026/) or its .xlsx files after the command.",
  rankOnly: (option) => `--${option} belongs to \`rank\`, not \`check\`.`,
  templateNeedsDocuments: "--template needs --documents DIR: the folder the filled templates go to.",
  templateKind: (file) => `--template takes a .xlsx or .docx file, not “${file}”.`,
  outKind: (file, fixed) =>
    `--out writes an Excel workbook (.xlsx), so its name must end in .xlsx; “${file}” would not open (Excel reports that the format does not match the extension). Use: --out "${fixed}"`,
  outIsFolder: (target) => `--out needs the name of an .xlsx file, but “${target}” is a folder. For example: --out "${target}/ket-qua.xlsx"`,
  documentsIsFile: (target) => `--documents needs a folder (the documents are written into it), but “${target}” is a file. For example: --documents ho-so/`,
  jsonIsFolder: (target) => `--json needs the name of a .json file (or - for the screen), but “${target}” is a folder.`,
  notFound: (target) => `“${target}” was not found. Check the name and the folder (a relative path starts from the folder you are in).`,
  cannotUse: (target, code) => `“${target}” cannot be read or written (${code}): check the permissions, and that no other program holds the file open.`,
  noFolderFor: (target) => `There is no folder to write “${target}” into. Create it first, or choose another place.`,
  noXlsx: (where, others) =>
    [
      others.length === 0
        ? `There is no .xlsx file in ${where}: Thi đua reads Excel workbooks (.xlsx): the criteria table, the roster, the scoresheets.`
        : `There is no .xlsx file in ${where}, only: ${others.join(", ")}. Thi đua reads only Excel workbooks (.xlsx), not .xls, .ods or .csv.`,
      "Convert them to .xlsx and run again:",
      "  • Excel: open the file, File › Save As › Excel Workbook (.xlsx).",
      "  • LibreOffice: soffice --headless --convert-to xlsx FILE.xls (or open it, Save As… › Excel 2007-365 (.xlsx)).",
    ].join("\n"),
  noCriteria: "No criteria table among the files (it needs a header row with a text column and a max column). Name it with --criteria TABLE.xlsx.",
  unreadableCriteria:
    "The criteria table cannot be read (it needs a header row with a text column and a max column in its first 20 rows). Check the file after --criteria.",
  notJson: (file, reason) => `${file}: not valid JSON (${reason}). Open it in a text editor and correct it.`,
  scoresheetsNeeds: (option, example) => `scoresheets needs --${option}, for example: --${option} ${example}`,
  stray: (arg) => `“${arg}” belongs to no option: scoresheets reads no scoresheets, it needs only --criteria, --roster and --out.`,
  year: (value) => `--year takes a year such as 2026, not “${value}”.`,
  deadline: (value) => `--deadline takes a day such as 15/12/2026 (day/month/year) or 2026-12-15, not “${value}”.`,
  unreadableFile: (file, reason) => `${file}: the file cannot be read (${reason}).`,
  notCriteria: (file) => `${file}: the criteria table cannot be read (it needs a header row with a text column and a max column in its first 20 rows).`,
  emptyRoster: (file) => `${file}: the roster names no unit.`,
  wroteScoresheets: (count, dir) => `Wrote ${count} blank scoresheets to ${dir}:`,
  written: (file) => `Written: ${file}`,
  keptEdited: (kept, file) => `Kept ${kept} as it is: it changed since Thi đua last wrote it (or Thi đua never did); the new one is ${file}.`,
};

export function cliMessages(lang: Lang): Words {
  return lang === "en" ? en : vi;
}
