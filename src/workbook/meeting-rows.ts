/**
 * The meeting's details (SPEC §7) as rows of Cài đặt (tdSettings), so a
 * re-run or a reopened workbook keeps them, and read back from those rows.
 * A list (units present, recipients) is one cell, an entry a line.
 */
import type { MeetingDetails } from "../core/documents/meeting";
import type { Lang } from "../core/i18n/lang";
import { fieldByLabel } from "./settings-labels";
import type { OutputCell } from "./ports/sink";

/** Who votes and how many delegates are the vote's settings (vote-settings-rows.ts), not rows of the meeting. */
type Field = Exclude<keyof MeetingDetails, "voters" | "delegates">;

const LABELS: Record<Lang, Record<Field, string>> = {
  vi: { block: "Tên khối (cuộc họp)", year: "Năm thi đua (cuộc họp)", date: "Ngày họp", place: "Địa điểm họp", chair: "Chủ trì cuộc họp", chairTitle: "Danh xưng người chủ trì (ông/bà)", secretary: "Thư ký cuộc họp", secretaryTitle: "Danh xưng thư ký (ông/bà)", present: "Đơn vị có mặt", documentNumber: "Số biên bản", recipients: "Nơi nhận" },
  en: { block: "Block name (meeting)", year: "Emulation year (meeting)", date: "Meeting date", place: "Meeting place", chair: "Meeting chair", chairTitle: "Chair's form of address (ông/bà)", secretary: "Meeting secretary", secretaryTitle: "Secretary's form of address (ông/bà)", present: "Units present", documentNumber: "Minutes number", recipients: "Recipients" },
};

const FIELDS: readonly Field[] = ["block", "year", "date", "place", "chair", "chairTitle", "secretary", "secretaryTitle", "present", "documentNumber", "recipients"];

/** The rows to append to tdSettings; none for a meeting not entered yet. */
export function meetingSettingsRows(meeting: MeetingDetails | undefined, lang: Lang): OutputCell[][] {
  if (!meeting) return [];
  return FIELDS.flatMap((field) => {
    const value = meeting[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === "") return [];
    return [[LABELS[lang][field], Array.isArray(value) ? value.join("\n") : (value as string | number)]];
  });
}

/** The meeting back from tdSettings's rows (key, value), whichever language wrote them. */
export function meetingFromSettingsRows(rows: readonly (readonly unknown[])[]): MeetingDetails {
  const fieldOf = fieldByLabel(LABELS);
  const meeting: Record<string, unknown> = {};
  for (const [key, value] of rows) {
    const field = fieldOf(key);
    if (!field || value === null || value === undefined || value === "") continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    if (field === "year") {
      // A year typed over by hand into something else is not kept.
      const year = Number(text.trim());
      if (Number.isInteger(year) && year > 1900) meeting.year = year;
      continue;
    }
    meeting[field] = field === "present" || field === "recipients" ? text.split("\n").map((s) => s.trim()).filter(Boolean) : text.trim();
  }
  return meeting as MeetingDetails;
}
