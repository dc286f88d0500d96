import { parseAllowedValues } from "../../../../src/core/read/criteria/allowed-values";
import { gradesFromText } from "../../../../src/core/read/criteria/criteria-grades";

describe("grades stated in a criterion's text", () => {
  test.each([
    ["Chấp hành chế độ thông tin, báo cáo (Tốt: 4 điểm; Khá: 3 điểm; Trung bình: 2 điểm; Yếu: 0 điểm)", [4, 3, 2, 0]],
    ["Chat luong bao cao: tot 4 diem, kha 3 diem, TB 2 diem, yeu 0 diem", [4, 3, 2, 0]],
    ["Xếp loại (Xuất sắc: 5đ; Hoàn thành tốt: 4đ; Không hoàn thành: 0đ)", [5, 4, 0]],
    ["Đánh giá: Đạt 2,5 điểm; Không đạt 0 điểm", [2.5, 0]],
    // SPEC §2.2's own way: names and points, no colon, no điểm, in brackets or after the statement.
    ["Chấp hành chế độ báo cáo (Tốt 4 / Khá 3 / TB 2 / Yếu 0)", [4, 3, 2, 0]],
    ["Chấp hành chế độ báo cáo: Tốt 4 / Khá 3 / TB 2 / Yếu 0", [4, 3, 2, 0]],
    ["Chấp hành chế độ báo cáo\nTốt 4\nKhá 3\nYếu 0", [4, 3, 0]],
    ["Tham gia đầy đủ (Tốt: 4 điểm; Khá: 3 điểm; Yếu: 0 điểm)", [4, 3, 0]],
    ["Báo cáo đúng hạn, đầy đủ [Tốt 4đ, Khá 3đ, Yếu 0đ]", [4, 3, 0]],
    ["Gửi báo cáo: Đúng hạn 2; Chậm 1; Không gửi 0 điểm", [2, 1, 0]],
  ])("%s", (text, grades) => {
    expect(gradesFromText(text)).toEqual(grades);
  });

  test.each([
    "Tổ chức tốt các hoạt động của Khối (tối đa 6 điểm)",
    "Có sáng kiến được công nhận: 2 điểm",
    "Xây dựng và ban hành chương trình, kế hoạch công tác năm",
    "Tốt: 4 điểm",
    "Thực hiện Nghị quyết 12, Chỉ thị 05 của Tỉnh ủy",
    "Tổ chức 3 hội nghị; tham gia 2 đợt tập huấn",
  ])("no grades in: %s", (text) => {
    expect(gradesFromText(text)).toBeNull();
  });
});

describe("levels in a levels column (Mức đánh giá): their points, whatever their names", () => {
  test.each([
    ["Mức 1: 4 điểm; Mức 2: 3 điểm; Mức 3: 0 điểm", [4, 3, 0]],
    ["Tốt 4 / Khá 3 / TB 2 / Yếu 0", [4, 3, 2, 0]],
    ["Loại A 6\nLoại B 4\nLoại C 0", [6, 4, 0]],
  ])("%s", (text, levels) => {
    expect(parseAllowedValues(text)).toEqual(levels);
  });
});
