import { DEFAULT_AWARDS } from "../../../src/core/model/defaults";
import type { Award } from "../../../src/core/model/award";
import {
  isEligible,
  matchRegistration,
  registrationIndex,
  type RegistrationMatch,
} from "../../../src/core/nominate/registration";

/** The matched award's id, `none`, or `unknown: text`. */
function which(match: RegistrationMatch): string {
  switch (match.kind) {
    case "none":
      return "none";
    case "award":
      return match.award.id;
    case "unknown":
      return `unknown: ${match.text}`;
  }
}

const reg = (text: string | undefined) => which(matchRegistration(text, DEFAULT_AWARDS));

describe("matchRegistration", () => {
  test("blank is none", () => {
    expect(reg(undefined)).toBe("none");
    expect(reg("")).toBe("none");
    expect(reg("   ")).toBe("none");
    expect(reg("-")).toBe("none");
  });

  test("Không / Không đăng ký / Chưa đăng ký are none", () => {
    expect(reg("Không")).toBe("none");
    expect(reg("Không đăng ký")).toBe("none");
    expect(reg("chua dang ky")).toBe("none");
  });

  test("equality with the award's name, normalised", () => {
    expect(reg("Cờ thi đua của Chính phủ")).toBe("co-thi-dua-chinh-phu");
    expect(reg("CỜ THI ĐUA CỦA CHÍNH PHỦ")).toBe("co-thi-dua-chinh-phu");
    expect(reg("Co thi dua cua UBND tinh")).toBe("co-thi-dua-ubnd-tinh");
    expect(reg("Bằng khen của Chủ tịch UBND tỉnh.")).toBe("bang-khen-ubnd-tinh");
  });

  test("equality with the award's id", () => {
    expect(reg("co-thi-dua-chinh-phu")).toBe("co-thi-dua-chinh-phu");
    expect(reg("co thi dua chinh phu")).toBe("co-thi-dua-chinh-phu");
  });

  test("equality with an alias: the defaults' short names", () => {
    expect(reg("Cờ CP")).toBe("co-thi-dua-chinh-phu");
    expect(reg("cờ chính phủ")).toBe("co-thi-dua-chinh-phu");
    expect(reg("Cờ thi đua UBND tỉnh")).toBe("co-thi-dua-ubnd-tinh");
    expect(reg("Cờ tỉnh")).toBe("co-thi-dua-ubnd-tinh");
    expect(reg("Cờ UBND")).toBe("co-thi-dua-ubnd-tinh");
    expect(reg("Bằng khen")).toBe("bang-khen-ubnd-tinh");
    expect(reg("bang khen ubnd tinh")).toBe("bang-khen-ubnd-tinh");
  });

  test("the index is the award's place, highest first", () => {
    expect(matchRegistration("Bằng khen", DEFAULT_AWARDS)).toEqual({
      kind: "award",
      award: DEFAULT_AWARDS[2],
      index: 2,
    });
  });

  test("containment fallback: the registration holds an award's name or alias in order", () => {
    expect(reg("Đăng ký Cờ thi đua của Chính phủ năm 2026")).toBe("co-thi-dua-chinh-phu");
    expect(reg("Bằng khen của UBND tỉnh")).toBe("bang-khen-ubnd-tinh");
    expect(reg("ĐK Cờ CP")).toBe("co-thi-dua-chinh-phu");
  });

  test("containment fallback: an award's name holds the registration's words in order", () => {
    expect(reg("Chính phủ")).toBe("co-thi-dua-chinh-phu");
    expect(reg("Bằng khen Chủ tịch tỉnh")).toBe("bang-khen-ubnd-tinh");
  });

  test("containment pointing at two awards is unknown", () => {
    expect(reg("Cờ thi đua")).toBe("unknown: Cờ thi đua");
    expect(reg("UBND tỉnh")).toBe("unknown: UBND tỉnh");
  });

  test("no award: unknown, with the text as written", () => {
    expect(reg("  Giấy khen của Sở ")).toBe("unknown: Giấy khen của Sở");
    expect(reg("Tập thể lao động xuất sắc")).toBe("unknown: Tập thể lao động xuất sắc");
  });

  test("awards from a block's settings", () => {
    const awards: Award[] = [
      { id: "co-thi-dua-bo", name: "Cờ thi đua của Bộ Nội vụ", quota: 2, aliases: ["Cờ Bộ"], requiresRegistration: true },
      { id: "bang-khen-bo", name: "Bằng khen của Bộ trưởng Bộ Nội vụ", quota: "30%", aliases: [], requiresRegistration: true },
    ];
    expect(which(matchRegistration("Cờ Bộ", awards))).toBe("co-thi-dua-bo");
    expect(which(matchRegistration("Bằng khen Bộ trưởng", awards))).toBe("bang-khen-bo");
    expect(which(matchRegistration("Cờ thi đua của Chính phủ", awards))).toBe("unknown: Cờ thi đua của Chính phủ");
  });

  test("two awards of one spelling: the higher wins", () => {
    const awards: Award[] = [
      { id: "a", name: "Cờ thi đua", quota: 1, aliases: [], requiresRegistration: true },
      { id: "b", name: "Bằng khen", quota: 1, aliases: ["Cờ thi đua"], requiresRegistration: true },
    ];
    expect(which(matchRegistration("co thi dua", awards))).toBe("a");
  });
});

describe("isEligible", () => {
  test("registered for that award or a higher one", () => {
    expect(isEligible(0, 0)).toBe(true);
    expect(isEligible(0, 2)).toBe(true);
    expect(isEligible(1, 2)).toBe(true);
    expect(isEligible(2, 2)).toBe(true);
  });
  test("registered for a lower award only: not eligible for a higher one", () => {
    expect(isEligible(2, 0)).toBe(false);
    expect(isEligible(1, 0)).toBe(false);
  });
  test("no registration: eligible for nothing", () => {
    expect(isEligible(null, 2)).toBe(false);
    expect(isEligible(undefined, 2)).toBe(false);
    expect(isEligible(registrationIndex(matchRegistration("", DEFAULT_AWARDS)), 2)).toBe(false);
    expect(isEligible(registrationIndex(matchRegistration("Giấy khen", DEFAULT_AWARDS)), 2)).toBe(false);
    expect(isEligible(registrationIndex(matchRegistration("Cờ CP", DEFAULT_AWARDS)), 1)).toBe(true);
  });
});
