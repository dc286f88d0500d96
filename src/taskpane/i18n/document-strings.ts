import type { Lang } from "../../core/i18n/lang";

/** The labels of step 4's documents (Thông tin cuộc họp, Lập hồ sơ), Vietnamese first. */
const vi = {
  meetingTitle: "Thông tin cuộc họp",
  meetingWhat:
    "Điền trước khi bỏ phiếu: các đơn vị được đánh dấu có mặt là các đơn vị bỏ phiếu. Những thông tin này được điền vào phiếu bầu, biên bản, danh sách đề nghị và tờ trình, và được giữ lại cho lần sau.",
  block: "Tên khối, cụm thi đua",
  year: "Năm",
  missingValues: "Hồ sơ còn để trống: {what}. {todo}",
  date: "Ngày họp",
  place: "Địa điểm",
  chair: "Chủ trì",
  chairTitle: "Danh xưng của người chủ trì",
  secretary: "Thư ký",
  secretaryTitle: "Danh xưng của thư ký",
  titleHint: "Ghi trong nội dung biên bản (Chủ trì: bà …); dưới chữ ký chỉ ghi họ và tên. Nếu đã gõ Ông/Bà trước tên, phần mềm tự tách ra.",
  noTitle: "(không ghi)",
  documentNumber: "Số biên bản (ví dụ 12/BB-KTĐ)",
  recipients: "Nơi nhận (mỗi dòng một nơi)",
  present: "Đơn vị có mặt",
  make: "Lập hồ sơ",
  making: "Đang lập hồ sơ…",
  needProposals: "Lập danh sách đề nghị trước, rồi lập hồ sơ.",
  written: "Đã ghi các trang: {sheets}.",
  plainTemplates:
    "Các trang {sheets} được điền nhưng không giữ được định dạng của mẫu (phông chữ, khung, độ rộng cột…): Excel này không sao chép được trang mẫu (cần bản Excel mới hơn), hoặc sổ tính đã có một trang trùng tên với trang mẫu. Hãy cập nhật Excel hoặc đổi tên trang đó, rồi lập hồ sơ lại.",
  download: "Tải {kind}",
  // The button's name for a screen reader: its visible words first, then which document.
  downloadNamed: "Tải {kind}: {document}",
  downloadHint: "Trong Excel, tệp tải về có thể bị chặn (nhất là trên Mac): các văn bản đã có trong sổ tính, in hoặc sao chép từ đó.",
  names: { "danh-sach-de-nghi": "Danh sách đề nghị khen thưởng", "bien-ban-hop-binh-xet": "Biên bản họp bình xét thi đua", "to-trinh": "Tờ trình đề nghị khen thưởng" },
};

type DocumentStrings = typeof vi;

const en: DocumentStrings = {
  meetingTitle: "Meeting details",
  meetingWhat:
    "Fill these in before the vote: the units ticked present are the voters. They go into the ballot, the minutes, the list of proposals and the cover letter, and are kept for the next time.",
  block: "Block's name",
  year: "Year",
  missingValues: "Left blank in the documents: {what}. {todo}",
  date: "Meeting date",
  place: "Place",
  chair: "Chair",
  chairTitle: "Chair's form of address",
  secretary: "Secretary",
  secretaryTitle: "Secretary's form of address",
  titleHint: "Written in the minutes' body (Chủ trì: bà …); under the signature only the full name. An Ông/Bà typed before the name is split off.",
  noTitle: "(none)",
  documentNumber: "Minutes number (e.g. 12/BB-KTĐ)",
  recipients: "Recipients (one a line)",
  present: "Units present",
  make: "Make the documents",
  making: "Making the documents…",
  needProposals: "Prepare the nominations first, then make the documents.",
  written: "Sheets written: {sheets}.",
  plainTemplates:
    "The sheets {sheets} are filled without the template's formats (fonts, borders, column widths…): this Excel cannot copy the template's sheet (it needs a newer Excel), or the workbook already has a sheet named like the template's. Update Excel or rename that sheet, then make the documents again.",
  download: "Download {kind}",
  downloadNamed: "Download {kind}: {document}",
  downloadHint: "Inside Excel a download may be blocked (on a Mac especially): the documents are in the workbook, to print or copy from there.",
  names: { "danh-sach-de-nghi": "List of proposals", "bien-ban-hop-binh-xet": "Minutes of the meeting", "to-trinh": "Cover letter" },
};

export function documentStrings(lang: Lang): DocumentStrings {
  return lang === "vi" ? vi : en;
}
