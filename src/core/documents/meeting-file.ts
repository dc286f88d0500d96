import { z } from "zod";
import type { MeetingDetails } from "./meeting";

/**
 * `--meeting FILE.json` (SPEC §7), checked so that every mistake is listed
 * with its field and what to write instead, in Vietnamese then English.
 */
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "ngày viết dạng YYYY-MM-DD, ví dụ 2022-12-29 / a date as YYYY-MM-DD, e.g. 2022-12-29" })
  .refine((text) => isCalendarDay(text), { message: "không có ngày này trong lịch / no such day in the calendar" });

const text = z.string({ message: "cần một chuỗi chữ / text expected" }).trim();
const names = z.array(text, { message: "cần một danh sách tên, ví dụ [\"Hội Luật gia tỉnh\"] / a list of names expected" });

const schema = z
  .object({
    block: text.optional(),
    date: isoDay.optional(),
    place: text.optional(),
    chair: text.optional(),
    chairTitle: text.optional(),
    secretary: text.optional(),
    secretaryTitle: text.optional(),
    present: names.optional(),
    voters: z.enum(["units", "delegates"], { message: 'ghi "units" (các đơn vị bỏ phiếu) hoặc "delegates" (đại biểu bỏ phiếu) / "units" or "delegates"' }).optional(),
    delegates: z
      .number({ message: "cần một số nguyên dương, ví dụ 25 / a whole number expected, e.g. 25" })
      .int({ message: "cần một số nguyên dương, ví dụ 25 / a whole number expected, e.g. 25" })
      .positive({ message: "cần một số nguyên dương, ví dụ 25 / a whole number expected, e.g. 25" })
      .max(100000, { message: "quá lớn / too large" })
      .optional(),
    documentNumber: text.optional(),
    recipients: names.optional(),
  })
  .strict();

export type MeetingParse = { ok: true; meeting: MeetingDetails } | { ok: false; errors: string[] };

export function parseMeeting(json: unknown): MeetingParse {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, errors: ['tệp phải là một đối tượng JSON như {"date": "2022-12-29", "place": "Yên Bái"} / the file must hold one JSON object'] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        if (issue.code === "unrecognized_keys") {
          return `không biết trường ${issue.keys.map((k) => `"${k}"`).join(", ")}; các trường là block, date, place, chair, chairTitle, secretary, secretaryTitle, present, voters, delegates, documentNumber, recipients / unknown field(s)`;
        }
        const field = issue.path.map(String).join(".") || "(tệp)";
        return `${field}: ${issue.message}`;
      }),
    };
  }
  const meeting: { -readonly [K in keyof MeetingDetails]: MeetingDetails[K] } = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value === undefined || value === "") continue;
    (meeting as Record<string, unknown>)[key] = Array.isArray(value) ? value.filter((v) => v !== "") : value;
  }
  return { ok: true, meeting };
}

function isCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
