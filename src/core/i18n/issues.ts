import type { Issue, IssueCode } from "../model/issue";
import type { Lang } from "./lang";
import { missingValueWords } from "./placeholder-words";

/**
 * What each issue says, in the officer's language: what is wrong, then what
 * to do. The place (file, sheet, cell) travels in the issue's own fields and
 * is shown beside the message, so the message does not repeat it.
 *
 * `{name}` is replaced by the issue's field or param of that name; numbers
 * are written the way the language writes them (9,5 in Vietnamese).
 */
type Templates = Record<IssueCode, string>;

const vi: Templates = {
  SCORE_NOT_NUMBER:
    "Điểm “{raw}” không phải là số. Nhập một số (ví dụ 9,5); nếu đơn vị không chấm tiêu chí này, hỏi lại đơn vị {scorer}.",
  SCORE_ABOVE_MAX:
    "Điểm {value} vượt điểm tối đa {max} của tiêu chí {criterion}. Sửa lại điểm trong phiếu của {scorer} chấm {ratee}.",
  SCORE_NEGATIVE: "Điểm {value} là số âm ở tiêu chí {criterion}, không phải điểm trừ. Nhập điểm từ 0 trở lên.",
  SCORE_MISSING: "Tiêu chí {criterion} chưa được chấm (ô trống). Đề nghị {scorer} bổ sung điểm cho {ratee}.",
  GRADE_NOT_ALLOWED:
    "Điểm {value} không thuộc các mức cho phép của tiêu chí {criterion} ({allowed}). Chọn một trong các mức đó.",
  DEDUCTION_ABOVE_MAX:
    "Điểm trừ {value} lớn hơn mức trừ tối đa {max} của tiêu chí {criterion}. Sửa lại điểm trừ.",
  CRITERION_UNKNOWN:
    "Dòng “{label}” có điểm nhưng không khớp tiêu chí nào trong bảng tiêu chí (theo số thứ tự hay nội dung). Kiểm tra phiếu có dùng đúng mẫu của khối không.",
  UNIT_UNKNOWN:
    "Không tìm thấy đơn vị “{name}” trong danh sách đơn vị của khối.{suggestions} Sửa tên trong phiếu hoặc thêm tên gọi khác vào danh sách đơn vị.",
  UNIT_AMBIGUOUS:
    "Tên “{name}” khớp với nhiều đơn vị: {candidates}. Ghi tên đầy đủ của đơn vị trong phiếu.",
  DUPLICATE_SCORESHEET:
    "Có hai phiếu của {scorer} chấm {ratee} (phiếu kia: {otherFile}, trang {otherSheet}). Cả hai tạm không được tính; xóa phiếu thừa rồi nhập lại.",
  LAYOUT_UNRECOGNIZED:
    "Trang tính này không có bảng chấm điểm nào mà Thi đua nhận ra (cần dòng tiêu đề có cột nội dung tiêu chí và cột điểm, hoặc bảng tổng hợp đơn vị × đơn vị chấm).",
  FILE_UNREADABLE: "{reasonText}",
  MAX_MISMATCH:
    "Điểm tối đa in trong phiếu là {printed}, bảng tiêu chí của khối ghi {max} (có thể phiếu dùng mẫu cũ). Thi đua dùng {max}.",
  SUBTOTAL_MISMATCH:
    "Số cộng in trong phiếu là {printed} nhưng tổng các điểm thành phần là {sum}. Thi đua dùng tổng các điểm thành phần; kiểm tra công thức cộng.",
  SELF_SCORE_IN_CROSS:
    "Đơn vị {scorer} tự chấm mình trong phần chấm chéo. Điểm này được coi là điểm tự chấm, không tính vào điểm trung bình.",
  SCORESHEET_MISSING: "Chưa có phiếu của {scorer} chấm {ratee}. Đề nghị đơn vị gửi bổ sung.",
  CRITERIA_MAX_MISMATCH:
    "Tiêu chí {criterion} ghi điểm tối đa {printed} nhưng tổng điểm tối đa các tiêu chí con là {sum}. Kiểm tra lại bảng tiêu chí.",
  NOMINATION_TIE:
    "{units} bằng điểm ở vị trí cuối của chỉ tiêu {award}. Khối cần bỏ phiếu để quyết định.",
  REGISTRATION_UNKNOWN:
    "Đăng ký thi đua “{registration}” của {unit} không khớp danh hiệu nào ({awards}). Sửa lại cột Đăng ký trong danh sách đơn vị; đến khi sửa, đơn vị được coi là chưa đăng ký.",
  VOTE_MARK_UNKNOWN:
    "Ô ghi “{raw}” của {voter} cho đề nghị {proposal} không phải là phiếu hợp lệ; phiếu này không được tính. Ghi Đồng ý (hoặc x, 1, ✓) hay Không đồng ý (hoặc 0, -), rồi kiểm phiếu lại.",
  VOTER_UNKNOWN:
    "Người bỏ phiếu “{voter}” không phải là đơn vị nào trong danh sách của khối, nên dòng này không được tính.{suggestions} Sửa tên đơn vị trong bảng kiểm phiếu rồi kiểm phiếu lại.",
  VOTER_DUPLICATE:
    "{voter} có hai dòng phiếu (dòng kia: {otherFile}, trang {otherSheet}, ô {otherCell}); cả hai tạm không được tính. Xóa dòng thừa rồi kiểm phiếu lại.",
  VOTE_PROPOSAL_UNKNOWN:
    "Cột “{header}” ghi đơn vị không có trong danh sách đề nghị ({proposals}); cột này không được tính. Sửa tên cột cho đúng một đơn vị được đề nghị, hoặc xóa cột.",
  VOTE_BLANK:
    "{voter} chưa ghi phiếu cho đề nghị {proposal} (ô trống): không tính là đồng ý. Nếu đơn vị đã bỏ phiếu, ghi Đồng ý hoặc Không đồng ý vào ô này.",
  VOTE_NOT_CAST:
    "Không người bỏ phiếu nào (trong {blank} dòng được tính) ghi phiếu cho đề nghị {proposal}: phiếu bầu về đề nghị này chưa được ghi nhận, đề nghị được giữ như chưa bỏ phiếu. Ghi Đồng ý hoặc Không đồng ý của từng người bỏ phiếu vào bảng kiểm phiếu, rồi kiểm phiếu lại.",
  VOTE_TALLY_UNRECOGNIZED:
    "Tệp được chọn làm bảng kiểm phiếu nhưng không có bảng kiểm phiếu nào (đã đọc dòng tiêu đề: {rows}). Bảng kiểm phiếu cần, trong 20 dòng đầu, một dòng tiêu đề có cột Đơn vị bỏ phiếu (hoặc Đại biểu) và các cột mang tên đơn vị được đề nghị ({proposals}), hoặc ngược lại: mỗi dòng một đề nghị, mỗi cột một người bỏ phiếu. Chọn đúng tệp kiểm phiếu; xếp hạng, đề nghị và hồ sơ vẫn được lập như chưa bỏ phiếu.",
  VOTER_EXTRA:
    "Dòng phiếu của “{voter}” vượt số đại biểu của cuộc họp ({delegates}); dòng này không được tính. Kiểm tra lại số đại biểu trong Cài đặt (hoặc trường delegates của tệp cuộc họp), hoặc xóa dòng thừa trong bảng kiểm phiếu.",
  MEETING_PRESENT_UNKNOWN:
    "Tên “{name}” trong danh sách đơn vị dự họp {reason}, nên không được tính là có mặt. Chọn đơn vị dự họp trong danh sách của khối (hoặc sửa trường present của tệp cuộc họp cho đúng tên đơn vị).",
  TEMPLATE_PLACEHOLDER_UNKNOWN:
    "Chỗ điền {placeholder} trong mẫu không phải tên nào Thi đua biết, nên được giữ nguyên. Sửa lại tên (ví dụ {example}) theo danh sách chỗ điền trong hướng dẫn.",
  TEMPLATE_SYNTAX:
    "Chỗ điền “{fragment}” trong mẫu thiếu dấu ngoặc mở hoặc đóng (cần viết đủ hai cặp: {example}), nên được giữ nguyên. Sửa lại trong mẫu rồi lập lại hồ sơ; phần còn lại của mẫu vẫn được điền.",
  TEMPLATE_UNSAFE:
    "Mẫu không được dùng vì {reasonText} Lưu lại mẫu dưới dạng tài liệu thường (.docx hoặc .xlsx, không có macro) rồi dùng lại.",
  TEMPLATE_ROW_MIXED:
    "Dòng này có cả chỗ điền danh sách đề nghị (dong.…) và danh sách xếp hạng (xh.…), nên chỉ được điền một lần với đơn vị đầu tiên. Tách thành hai bảng hoặc hai dòng riêng trong mẫu.",
  TEMPLATE_TOO_LARGE:
    "Mẫu {template} khi điền sẽ vượt quá dòng cuối cùng của Excel (dòng 1.048.576), nên không được điền. Bớt các dòng lặp lại trong mẫu hoặc chuyển bảng lên cao hơn.",
  TEMPLATE_EXTERNAL_REMOVED:
    "Mẫu có liên kết ra ngoài tệp ({what}); liên kết đã bị bỏ khỏi bản đã điền để tệp không tải gì từ bên ngoài. Nếu cần nội dung đó, chép thẳng vào mẫu.",
  TEMPLATE_VALUE_MISSING: "Chưa có {what} cho chỗ điền {placeholder}; chỗ đó được để trống. {todo}",
};

const en: Templates = {
  SCORE_NOT_NUMBER:
    "The score “{raw}” is not a number. Enter a number (e.g. 9.5); if the unit did not score this criterion, ask {scorer}.",
  SCORE_ABOVE_MAX:
    "The score {value} is above the maximum {max} of criterion {criterion}. Correct it in {scorer}'s sheet for {ratee}.",
  SCORE_NEGATIVE: "The score {value} of criterion {criterion} is negative but it is not a deduction. Enter 0 or more.",
  SCORE_MISSING: "Criterion {criterion} is not scored (blank cell). Ask {scorer} to score it for {ratee}.",
  GRADE_NOT_ALLOWED:
    "The score {value} is not one of the grades allowed for criterion {criterion} ({allowed}). Choose one of them.",
  DEDUCTION_ABOVE_MAX: "The deduction {value} is larger than the maximum {max} of criterion {criterion}. Correct it.",
  CRITERION_UNKNOWN:
    "The row “{label}” has a score but matches no criterion of the criteria table (by number or text). Check that the sheet uses the block's template.",
  UNIT_UNKNOWN:
    "“{name}” is not a unit of the block's roster.{suggestions} Correct the name in the sheet, or add it to the roster as an alias.",
  UNIT_AMBIGUOUS: "“{name}” matches several units: {candidates}. Write the unit's full name in the sheet.",
  DUPLICATE_SCORESHEET:
    "There are two sheets of {scorer} scoring {ratee} (the other: {otherFile}, sheet {otherSheet}). Neither counts until one is removed and the files imported again.",
  LAYOUT_UNRECOGNIZED:
    "This sheet holds no score table Thi đua recognises (a header row with a criterion text column and a score column, or a totals table of ratees × scorers).",
  FILE_UNREADABLE: "{reasonText}",
  MAX_MISMATCH:
    "The sheet prints a maximum of {printed}; the block's criteria table says {max} (perhaps an old template). Thi đua uses {max}.",
  SUBTOTAL_MISMATCH:
    "The sheet prints {printed} but its parts add up to {sum}. Thi đua uses the sum of the parts; check the sheet's formula.",
  SELF_SCORE_IN_CROSS:
    "{scorer} scored itself among the cross scores. It is taken as its self score and not averaged.",
  SCORESHEET_MISSING: "There is no sheet of {scorer} scoring {ratee}. Ask the unit to send it.",
  CRITERIA_MAX_MISMATCH:
    "Criterion {criterion} has a maximum of {printed} but its sub-criteria add up to {sum}. Check the criteria table.",
  NOMINATION_TIE: "{units} tie at the last place of the quota for {award}. The block must decide by vote.",
  REGISTRATION_UNKNOWN:
    "{unit}'s registration “{registration}” matches no award ({awards}). Correct the roster's registration column; until then the unit counts as not registered.",
  VOTE_MARK_UNKNOWN:
    "The mark “{raw}” of {voter} for the proposal {proposal} is not a valid vote; it is not counted. Write Đồng ý (or x, 1, ✓) or Không đồng ý (or 0, -), then count again.",
  VOTER_UNKNOWN:
    "The voter “{voter}” is not a unit of the block's roster, so its row is not counted.{suggestions} Correct the unit's name in the tally, then count again.",
  VOTER_DUPLICATE:
    "{voter} has two rows of votes (the other: {otherFile}, sheet {otherSheet}, cell {otherCell}); neither counts for now. Delete the extra row, then count again.",
  VOTE_PROPOSAL_UNKNOWN:
    "The column “{header}” names a unit that is not among the proposals ({proposals}); it is not counted. Name one proposed unit in its header, or delete the column.",
  VOTE_BLANK:
    "{voter} left the proposal {proposal} blank: it does not count as agreeing. If the unit voted, write Đồng ý or Không đồng ý in the cell.",
  VOTE_NOT_CAST:
    "None of the voters counted ({blank} rows) marked the proposal {proposal}: the vote on it is not recorded, and the proposal stands as before the vote. Write each voter's Đồng ý or Không đồng ý in the tally, then count again.",
  VOTE_TALLY_UNRECOGNIZED:
    "The file was given as a tally but holds none (header rows read: {rows}). A tally needs, in its first 20 rows, a header row with a voter column (Đơn vị bỏ phiếu, or Đại biểu) and columns naming the proposed units ({proposals}); or the other way round: a row per proposal and a column per voter. Choose the right tally file; the ranking, proposals and documents are made as before the vote.",
  VOTER_EXTRA:
    "The row of “{voter}” is beyond the meeting's number of delegates ({delegates}); it is not counted. Check the number of delegates in Cài đặt (or the meeting file's delegates), or delete the extra row from the tally.",
  MEETING_PRESENT_UNKNOWN:
    "The name “{name}” among the units present {reason}, so it is not counted present. Choose the units present from the block's roster (or correct the meeting file's present to the units' names).",
  TEMPLATE_PLACEHOLDER_UNKNOWN:
    "The template's placeholder {placeholder} names nothing Thi đua knows, so it is left as it is. Correct its name (e.g. {example}) from the list of placeholders in the guide.",
  TEMPLATE_SYNTAX:
    "The placeholder “{fragment}” in the template lacks an opening or closing brace pair (write both: {example}), so it is left as it is. Correct it in the template and make the documents again; the rest of the template is filled.",
  TEMPLATE_UNSAFE:
    "The template is not used because {reasonText} Save it again as a plain document (.docx or .xlsx, without macros) and use it again.",
  TEMPLATE_ROW_MIXED:
    "This row holds both proposal placeholders (dong.…) and ranking placeholders (xh.…), so it is filled once, with the first unit. Split it into two tables or rows in the template.",
  TEMPLATE_TOO_LARGE:
    "Filled, the template {template} would pass Excel's last row (row 1,048,576), so it is not filled. Repeat fewer rows in the template or move the table higher up.",
  TEMPLATE_EXTERNAL_REMOVED:
    "The template links outside the file ({what}); the link is removed from the filled copy so that nothing is loaded from outside. If that content is needed, copy it into the template.",
  TEMPLATE_VALUE_MISSING: "The placeholder {placeholder} is left blank: no {what} given yet. {todo}",
};

/** Why a file could not be read, and what to do, by `params.reason`. */
const unreadable: Record<Lang, Record<string, string>> = {
  vi: {
    xls: "Tệp là định dạng {formatName}, Thi đua chỉ đọc .xlsx. Mở tệp trong Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập lại.",
    encrypted:
      "Tệp được đặt mật khẩu. Mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại.",
    ods: "Tệp là bảng tính OpenDocument (.ods). Mở trong LibreOffice hoặc Excel và lưu dưới dạng .xlsx, rồi nhập lại.",
    csv: "Tệp là văn bản CSV, không phải sổ làm việc Excel. Mở trong Excel và lưu dưới dạng .xlsx, rồi nhập lại.",
    text: "Tệp là văn bản, không phải sổ làm việc Excel. Lưu lại dưới dạng .xlsx trong Excel.",
    "not-spreadsheet": "Tệp không phải là sổ làm việc Excel (.xlsx). Kiểm tra lại tệp đã gửi.",
    corrupt: "Tệp .xlsx bị hỏng hoặc không đầy đủ. Mở tệp trong Excel, lưu lại dưới dạng .xlsx, hoặc xin đơn vị gửi lại.",
    empty: "Tệp trống, không có dữ liệu nào. Xin đơn vị gửi lại tệp đúng.",
    "too-large": "Tệp quá lớn ({sizeMB} MB, tối đa {maxMB} MB). Xóa các trang tính không cần thiết rồi lưu lại.",
    "part-too-large":
      "Tệp không được đọc: phần {part} khi giải nén vượt {max} MB, giới hạn của Thi đua (một phiếu chấm thật chỉ vài chục KB). Tệp có thể bị hỏng hoặc được tạo ra để gây hại. Mở tệp trong Excel, xóa các trang tính và hàng thừa rồi lưu lại, hoặc xin đơn vị gửi lại.",
    "workbook-too-large":
      "Tệp không được đọc: khi giải nén, tệp vượt {max} MB, giới hạn của Thi đua (một tệp phiếu chấm thật chỉ vài MB). Tệp có thể bị hỏng hoặc được tạo ra để gây hại. Mở tệp trong Excel, xóa các trang tính không cần thiết rồi lưu lại, hoặc xin đơn vị gửi lại.",
    "too-many-cells":
      "Tệp không được đọc: có hơn {max} ô có dữ liệu (đến trang {sheet}), giới hạn của Thi đua (một tệp phiếu chấm thật chỉ vài chục nghìn ô). Xóa các hàng, cột thừa rồi lưu lại, hoặc tách thành nhiều tệp.",
    "too-many-rows":
      "Tệp không được đọc: trang {sheet} có hơn {max} hàng, giới hạn của Thi đua (một phiếu chấm thật chỉ vài trăm hàng). Xóa các hàng thừa (kể cả hàng trống đã định dạng) rồi lưu lại.",
    "not-template":
      "Tệp mẫu không phải là tài liệu Word (.docx) hay sổ làm việc Excel (.xlsx) đúng như tên tệp, hoặc bị hỏng, không đầy đủ. Mở mẫu trong Word hoặc Excel, lưu lại đúng định dạng rồi dùng lại; các hồ sơ khác vẫn được lập.",
    "reader-failed":
      "Thi đua gặp lỗi khi đọc tệp này ({detail}); các tệp khác vẫn được đọc. Đây là lỗi của Thi đua: xin gửi tệp cho người phát triển.",
  },
  en: {
    xls: "The file is in the {formatName} format; Thi đua reads .xlsx only. Open it in Excel, choose File › Save As › Excel Workbook (.xlsx), and import it again.",
    encrypted:
      "The file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and import it again.",
    ods: "The file is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as .xlsx, and import it again.",
    csv: "The file is CSV text, not an Excel workbook. Open it in Excel, save it as .xlsx, and import it again.",
    text: "The file is text, not an Excel workbook. Save it as .xlsx in Excel.",
    "not-spreadsheet": "The file is not an Excel workbook (.xlsx). Check the file that was sent.",
    corrupt: "The .xlsx file is damaged or incomplete. Open it in Excel and save it again as .xlsx, or ask the unit to resend it.",
    empty: "The file is empty. Ask the unit to send the right file.",
    "too-large": "The file is too large ({sizeMB} MB, at most {maxMB} MB). Remove the sheets that are not needed and save it again.",
    "part-too-large":
      "The file was not read: its part {part} inflates past {max} MB, Thi đua's limit (a real scoresheet's is a few dozen KB). The file may be damaged or made to do harm. Open it in Excel, delete the extra sheets and rows, and save it again, or ask the unit to resend it.",
    "workbook-too-large":
      "The file was not read: inflated, it passes {max} MB, Thi đua's limit (a real scoresheet file is a few MB). The file may be damaged or made to do harm. Open it in Excel, delete the sheets that are not needed, and save it again, or ask the unit to resend it.",
    "too-many-cells":
      "The file was not read: it holds more than {max} cells with content (reached at sheet {sheet}), Thi đua's limit (a real scoresheet file holds a few tens of thousands). Delete the extra rows and columns and save it again, or split it into several files.",
    "too-many-rows":
      "The file was not read: sheet {sheet} has more than {max} rows, Thi đua's limit (a real scoresheet has a few hundred). Delete the extra rows (formatted empty ones too) and save it again.",
    "not-template":
      "The template is not the Word document (.docx) or Excel workbook (.xlsx) its name says, or it is damaged or incomplete. Open it in Word or Excel, save it again in its format, and use it again; the other documents are made.",
    "reader-failed":
      "Thi đua failed while reading this file ({detail}); the other files were read. This is a fault of Thi đua: please send the file to its developers.",
  },
};

/** Why a template is refused (TEMPLATE_UNSAFE), by `params.reason`. */
const unsafe: Record<Lang, Record<string, string>> = {
  vi: {
    doctype: "phần {part} của tệp có khai báo DOCTYPE, thứ mà Word và Excel không bao giờ ghi (có thể tệp được làm ra để gây hại).",
    macros: "tệp có chứa macro ({part}); Thi đua không dùng mẫu có macro.",
  },
  en: {
    doctype: "its part {part} holds a DOCTYPE declaration, which Word and Excel never write (the file may be made to do harm).",
    macros: "the file holds macros ({part}); Thi đua uses no template with macros.",
  },
};

/** A tally's cell holding a formula that was never computed (a file saved by a program that does not compute): not a blank. */
const uncomputedMark: Record<Lang, string> = {
  vi: "Ô của {voter} cho đề nghị {proposal} chứa công thức chưa được tính (tệp được lưu bởi chương trình không tính công thức), nên không biết phiếu ghi gì; phiếu này không được tính. Mở tệp trong Excel cho công thức được tính rồi lưu lại, hoặc ghi thẳng Đồng ý / Không đồng ý vào ô.",
  en: "The cell of {voter} for the proposal {proposal} holds a formula that was never computed (the file was saved by a program that does not compute), so what the vote says is unknown; it is not counted. Open the file in Excel so the formula is computed and save it, or type Đồng ý / Không đồng ý in the cell.",
};

/** Why a name among the units present is not counted: it names no unit, or a unit already named. */
function presentReason(params: Issue["params"], lang: Lang): string {
  const unit = String(params.unit ?? "");
  if (params.reason === "repeat") return lang === "vi" ? `nhắc lại đơn vị ${unit} đã có trong danh sách` : `names ${unit} a second time`;
  const names = params.suggestions ? String(params.suggestions) : "";
  const hint = names === "" ? "" : lang === "vi" ? ` (có phải là: ${names}?)` : ` (did you mean: ${names}?)`;
  return (lang === "vi" ? "không khớp đơn vị nào của khối" : "matches no unit of the block") + hint;
}

/** The names officers know file formats by, for the `xls` reason's `params.format`. */
const FORMAT_NAMES: Record<string, string> = {
  xls: "Excel 97–2003 (.xls)",
  xlsb: "Excel nhị phân / binary (.xlsb)",
  html: "HTML (.htm, .xls)",
  xml2003: "Excel 2003 XML",
};

/** Up to 6 decimals, the language's decimal mark: 9,5 in Vietnamese (in the issues' messages and our sheets' texts alike). */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === "vi" ? text.replace(".", ",") : text;
}

function fill(template: string, values: Readonly<Record<string, string | number | undefined>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) return "—";
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

/** Where the message is read, when it says what to do: the command line gives values its own way (`--meeting`, `--votes`). */
export interface MessageOptions {
  /** What to do about a TEMPLATE_VALUE_MISSING's field, instead of the pane's way; undefined keeps the pane's. */
  readonly missingValueTodo?: (field: string, lang: Lang) => string | undefined;
}

/** The message of an issue in the given language. */
export function issueMessage(issue: Issue, lang: Lang, options: MessageOptions = {}): string {
  const { params } = issue;
  const values: Record<string, string | number | undefined> = {
    scorer: issue.scorer,
    ratee: issue.ratee,
    criterion: issue.criterion,
    ...params,
  };
  if (issue.code === "FILE_UNREADABLE") {
    const reason = String(params.reason ?? "corrupt");
    values.formatName = FORMAT_NAMES[String(params.format ?? "xls")] ?? FORMAT_NAMES.xls;
    values.reasonText = fill(unreadable[lang][reason] ?? unreadable[lang].corrupt ?? "", values, lang);
  }
  if (issue.code === "TEMPLATE_UNSAFE") values.reasonText = fill(unsafe[lang][String(params.reason ?? "doctype")] ?? unsafe[lang].doctype ?? "", values, lang);
  if (issue.code === "TEMPLATE_VALUE_MISSING") {
    const field = String(params.field ?? "");
    Object.assign(values, missingValueWords(field, lang));
    values.todo = options.missingValueTodo?.(field, lang) ?? values.todo;
  }
  if (issue.code === "TEMPLATE_PLACEHOLDER_UNKNOWN") values.example ??= "{{ten_khoi}}, {{dong.ten_don_vi}}";
  if (issue.code === "TEMPLATE_SYNTAX") values.example ??= "{{ten_khoi}}";
  if (issue.code === "UNIT_UNKNOWN" || issue.code === "VOTER_UNKNOWN") {
    const names = params.suggestions ? String(params.suggestions) : "";
    values.suggestions = names === "" ? "" : lang === "vi" ? ` Có phải là: ${names}?` : ` Did you mean: ${names}?`;
  }
  if (issue.code === "MEETING_PRESENT_UNKNOWN") values.reason = presentReason(params, lang);
  const template = issue.code === "VOTE_MARK_UNKNOWN" && params.reason === "uncomputed-formula" ? uncomputedMark[lang] : (lang === "vi" ? vi : en)[issue.code];
  return fill(template, values, lang);
}
