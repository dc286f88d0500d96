import type { PassedOver, PassedOverReason } from "../model/passed-over";
import type { Lang } from "./lang";

/** The reasons of SPEC §5 (*Why not proposed*) in words, as the pane, *Đề nghị* and the minutes say them. */
const WORDS: Record<Lang, Record<PassedOverReason, string>> = {
  vi: {
    "not-registered": "không đăng ký thi đua",
    "registered-lower": "chỉ đăng ký hình thức thấp hơn",
    "below-minimum": "điểm trung bình dưới mức tối thiểu",
    "proposed-higher": "đã được đề nghị hình thức cao hơn",
    "vote-failed": "không đạt số phiếu cần thiết",
  },
  en: {
    "not-registered": "registered for no award",
    "registered-lower": "registered only for a lower award",
    "below-minimum": "average below the award's minimum",
    "proposed-higher": "already proposed for a higher award",
    "vote-failed": "its proposal did not pass the vote",
  },
};

export function reasonWords(reason: PassedOverReason, lang: Lang): string {
  return WORDS[lang][reason];
}

/** `Sở Tư pháp (hạng 1): không đăng ký thi đua` — one unit passed over, for a list under the award. */
export function passedOverLine(entry: PassedOver, lang: Lang): string {
  return lang === "vi" ? `${entry.unit} (hạng ${entry.rank}): ${reasonWords(entry.reason, "vi")}` : `${entry.unit} (rank ${entry.rank}): ${reasonWords(entry.reason, "en")}`;
}

/**
 * The minutes' sentence for one better-ranked unit passed over (SPEC §5):
 * *Sở Tư pháp (xếp hạng 1) không được đề nghị Cờ thi đua của Chính phủ vì không đăng ký thi đua.*
 */
export function passedOverSentence(entry: PassedOver, lang: Lang = "vi"): string {
  return lang === "vi"
    ? `${entry.unit} (xếp hạng ${entry.rank}) không được đề nghị ${entry.awardName} vì ${reasonWords(entry.reason, "vi")}.`
    : `${entry.unit} (rank ${entry.rank}) is not proposed for ${entry.awardName}: ${reasonWords(entry.reason, "en")}.`;
}
