import { gradesFromText } from "../../../../src/core/read/criteria/criteria-grades";

describe("grades stated in a criterion's text", () => {
  test.each([
    ["Chấp hành chế độ thông tin, báo cáo (Tốt: 4 điểm; Khá: 3 điểm; Trung bình: 2 điểm; Yếu: 0 điểm)", [4, 3, 2, 0]],
    ["Chat luong bao cao: tot 4 diem, kha 3 diem, TB 2 diem, yeu 0 diem", [4, 3, 2, 0]],
    ["Xếp loại (Xuất sắc: 5đ; Hoàn thành tốt: 4đ; Không hoàn thành: 0đ)", [5, 4, 0]],
    ["Đánh giá: Đạt 2,5 điểm; Không đạt 0 điểm", [2.5, 0]],
  ])("%s", (text, grades) => {
    expect(gradesFromText(text)).toEqual(grades);
  });

  test.each([
    "Tổ chức tốt các hoạt động của Khối (tối đa 6 điểm)",
    "Có sáng kiến được công nhận: 2 điểm",
    "Xây dựng và ban hành chương trình, kế hoạch công tác năm",
    "Tốt: 4 điểm",
  ])("no grades in: %s", (text) => {
    expect(gradesFromText(text)).toBeNull();
  });
});
