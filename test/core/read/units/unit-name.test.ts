import {
  RATEE_LABELS,
  SCORER_LABELS,
  cleanUnitName,
  nameAfterLabel,
  scorerFromFileName,
} from "../../../../src/core/read/units/unit-name";

describe("scorerFromFileName", () => {
  test.each([
    // the examples of the brief
    ["Phieu cham cheo 2026 - Hoi Luat gia.xlsx", "Hoi Luat gia"],
    ["CTĐ_cham_cheo_nam_2026 (1).xlsx", "CTĐ"],
  ])("%s → %s", (file, scorer) => {
    expect(scorerFromFileName(file)).toBe(scorer);
  });

  test("the extension and the folders go", () => {
    expect(scorerFromFileName("Hội Nhà báo tỉnh.xlsx")).toBe("Hội Nhà báo tỉnh");
    expect(scorerFromFileName("C:\\Users\\vanthu\\Downloads\\Hội Đông y tỉnh.XLSX")).toBe("Hội Đông y tỉnh");
    expect(scorerFromFileName("/tmp/khoi/Hội Khuyến học.xlsm")).toBe("Hội Khuyến học");
  });

  test("what the file is: phiếu chấm (điểm), bảng chấm điểm, chấm chéo, điểm", () => {
    expect(scorerFromFileName("Phiếu chấm điểm - Hội Người mù tỉnh.xlsx")).toBe("Hội Người mù tỉnh");
    expect(scorerFromFileName("Bảng chấm điểm Hội Văn học nghệ thuật.xlsx")).toBe("Hội Văn học nghệ thuật");
    expect(scorerFromFileName("Hội Luật gia chấm chéo.xlsx")).toBe("Hội Luật gia");
    expect(scorerFromFileName("Điểm - Liên minh HTX.xlsx")).toBe("Liên minh HTX");
    expect(scorerFromFileName("Phieu cham diem cheo_Hoi Dong y.xlsx")).toBe("Hoi Dong y");
  });

  test("tự chấm is noise too: the unit scoring itself is still the scorer", () => {
    expect(scorerFromFileName("Hội Luật gia tự chấm.xlsx")).toBe("Hội Luật gia");
  });

  test("years and dates", () => {
    expect(scorerFromFileName("Hội Nhà báo năm 2026.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo 12.11.2026.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo_12-11-2026.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("2026-11-12 Hội Nhà báo.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hoi Nha bao 2025-2026.xlsx")).toBe("Hoi Nha bao");
    expect(scorerFromFileName("Tổng kết 2026 - Hội Khuyến học.xlsx")).toBe("Hội Khuyến học");
  });

  test("versions and copies", () => {
    expect(scorerFromFileName("Hội Nhà báo v2.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo_V3.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo (2).xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo - bản cuối.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo final.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("Hội Nhà báo - Copy (2).xlsx")).toBe("Hội Nhà báo");
  });

  test("separators _ - . become spaces, spaces collapse", () => {
    expect(scorerFromFileName("Hoi_Chu_thap_do__tinh.xlsx")).toBe("Hoi Chu thap do tinh");
    expect(scorerFromFileName("Hội   Nạn nhân chất độc da cam-dioxin.xlsx")).toBe("Hội Nạn nhân chất độc da cam dioxin");
  });

  test("the words keep their letters and case", () => {
    expect(scorerFromFileName("PHIẾU CHẤM - HỘI CỰU THANH NIÊN XUNG PHONG.xlsx")).toBe("HỘI CỰU THANH NIÊN XUNG PHONG");
    expect(scorerFromFileName("Liên hiệp các Hội KH&KT tỉnh.xlsx")).toBe("Liên hiệp các Hội KH&KT tỉnh");
  });

  test("a sorting number in front goes; numbers inside the name stay", () => {
    expect(scorerFromFileName("03 - Hội Nhà báo.xlsx")).toBe("Hội Nhà báo");
    expect(scorerFromFileName("1. CTĐ.xlsx")).toBe("CTĐ");
    expect(scorerFromFileName("Trường THPT số 1 chấm chéo.xlsx")).toBe("Trường THPT số 1");
  });

  test("decomposed (macOS) names come back composed", () => {
    expect(scorerFromFileName("Hội Luật gia.xlsx".normalize("NFD"))).toBe("Hội Luật gia");
  });

  test("nothing left: empty", () => {
    expect(scorerFromFileName("Phiếu chấm chéo năm 2026.xlsx")).toBe("");
  });
});

describe("nameAfterLabel", () => {
  test("the name after the colon, trimmed", () => {
    expect(nameAfterLabel("Đơn vị chấm: Hội Nhà báo tỉnh", SCORER_LABELS)).toBe("Hội Nhà báo tỉnh");
    expect(nameAfterLabel("  Đơn vị chấm điểm :   Hội Luật gia  ", SCORER_LABELS)).toBe("Hội Luật gia");
    expect(nameAfterLabel("Tên đơn vị được chấm: CTĐ", RATEE_LABELS)).toBe("CTĐ");
  });
  test("the label matches without diacritics, in any case", () => {
    expect(nameAfterLabel("DON VI CHAM: Hoi Dong y", SCORER_LABELS)).toBe("Hoi Dong y");
    expect(nameAfterLabel("đơn vị được đánh giá: Hội Khuyến học", RATEE_LABELS)).toBe("Hội Khuyến học");
  });
  test("Đơn vị does not match Đơn vị được chấm: the whole label must be equal", () => {
    expect(nameAfterLabel("Đơn vị được chấm: Hội Luật gia", ["Đơn vị"])).toBeNull();
    expect(nameAfterLabel("Đơn vị được chấm: Hội Luật gia", SCORER_LABELS)).toBeNull();
    expect(nameAfterLabel("Đơn vị: Hội Luật gia", SCORER_LABELS)).toBe("Hội Luật gia");
  });
  test("nothing after the colon: empty, so the caller reads the next cell to the right", () => {
    expect(nameAfterLabel("Đơn vị chấm:", SCORER_LABELS)).toBe("");
    expect(nameAfterLabel("Đơn vị chấm:   ", SCORER_LABELS)).toBe("");
    expect(nameAfterLabel("Đơn vị chấm", SCORER_LABELS)).toBe("");
  });
  test("a blank form's dots are nothing", () => {
    expect(nameAfterLabel("Đơn vị chấm: ……………………", SCORER_LABELS)).toBe("");
    expect(nameAfterLabel("Đơn vị chấm: ......Hội Nhà báo.....", SCORER_LABELS)).toBe("Hội Nhà báo");
  });
  test("the first line after the colon", () => {
    expect(nameAfterLabel("Đơn vị chấm: Hội Nhà báo\nNgười chấm: Nguyễn Văn A", SCORER_LABELS)).toBe("Hội Nhà báo");
    expect(nameAfterLabel("Đơn vị chấm:\nHội Nhà báo", SCORER_LABELS)).toBe("Hội Nhà báo");
  });
  test("a full-width colon", () => {
    expect(nameAfterLabel("Đơn vị chấm： Hội Nhà báo", SCORER_LABELS)).toBe("Hội Nhà báo");
  });
  test("other cells are no label", () => {
    expect(nameAfterLabel("Hội Nhà báo tỉnh", SCORER_LABELS)).toBeNull();
    expect(nameAfterLabel("Ghi chú: không", SCORER_LABELS)).toBeNull();
    expect(nameAfterLabel("", SCORER_LABELS)).toBeNull();
    expect(nameAfterLabel(": Hội Nhà báo", SCORER_LABELS)).toBeNull();
  });
});

describe("cleanUnitName", () => {
  test("whitespace collapses, letters stay, NFC", () => {
    expect(cleanUnitName("  Hội\u00a0Luật\n gia  tỉnh ")).toBe("Hội Luật gia tỉnh");
    expect(cleanUnitName("Hội Nhà báo".normalize("NFD"))).toBe("Hội Nhà báo");
  });
});
