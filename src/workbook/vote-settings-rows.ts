/**
 * The vote's threshold and rule (SPEC §5.1) as rows of Cài đặt (tdSettings)
 * that read back exactly: the display row ("trên 50% số phiếu") rounds 2/3
 * to 66,7%, which would fail 4 votes of 6 under *từ 2/3 trở lên*. Who votes
 * (units or delegates) and how many delegates are rows beside them.
 */
import type { Lang } from "../core/i18n/lang";
import type { BlockSettings } from "../core/model/block";
import type { VoteRule, VoterKind } from "../core/model/vote";
import { normalizeText } from "../core/text/normalize";
import { fieldByLabel } from "./settings-labels";
import type { OutputCell } from "./ports/sink";

type VoteSettings = Pick<BlockSettings, "voteThreshold" | "voteRule" | "voters" | "delegates">;

const LABELS: Record<Lang, { readonly threshold: string; readonly rule: string; readonly voters: string; readonly delegates: string }> = {
  vi: { threshold: "Ngưỡng biểu quyết (tỷ lệ, từ 0 đến 1)", rule: "Cách so với ngưỡng biểu quyết", voters: "Người bỏ phiếu", delegates: "Số đại biểu dự họp" },
  en: { threshold: "Vote threshold (share, 0 to 1)", rule: "How the vote meets the threshold", voters: "Who votes", delegates: "Delegates at the meeting" },
};

const VOTER_WORDS: Record<Lang, Record<VoterKind, string>> = {
  vi: { units: "các đơn vị thành viên", delegates: "các đại biểu" },
  en: { units: "the member units", delegates: "the delegates" },
};

const RULE_WORDS: Record<Lang, Record<VoteRule, string>> = {
  vi: { above: "trên ngưỡng", "at-least": "từ ngưỡng trở lên" },
  en: { above: "above the threshold", "at-least": "at least the threshold" },
};

export function voteSettingsRows(settings: VoteSettings, lang: Lang): OutputCell[][] {
  return [
    [LABELS[lang].threshold, settings.voteThreshold],
    [LABELS[lang].rule, RULE_WORDS[lang][settings.voteRule]],
    [LABELS[lang].voters, VOTER_WORDS[lang][settings.voters ?? "units"]],
    ...(settings.voters === "delegates" && settings.delegates != null ? [[LABELS[lang].delegates, settings.delegates]] : []),
  ];
}

/** Who votes from its words in either language, or its code. */
export function parseVoterKind(text: string): VoterKind | null {
  const words = normalizeText(text);
  if (words.includes("dai bieu") || words.includes("delegate")) return "delegates";
  if (words.includes("don vi") || words.includes("unit")) return "units";
  return null;
}

/** A number of delegates: a whole number from 1, typed or kept as text. */
export function parseDelegates(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : null;
}

/** The rule from its words in either language, or its code. */
export function parseVoteRule(text: string): VoteRule | null {
  const words = normalizeText(text);
  if (words === "at least" || words === "at least the threshold" || words.includes("tro len")) return "at-least";
  if (words === "above" || words.startsWith("above ") || words.startsWith("tren") || words.startsWith("qua")) return "above";
  return null;
}

/** A share in (0, 1] from a number or a text such as `0,5`, `50%`, `2/3`. */
export function parseShare(value: unknown): number | null {
  if (typeof value === "number") return value > 0 && value <= 1 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim().replace(",", ".");
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const share = fraction ? Number(fraction[1]) / Number(fraction[2]) : text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  return Number.isFinite(share) && share > 0 && share <= 1 ? share : null;
}

/** What tdSettings's rows (key, value) keep of the vote, whichever language wrote them; a value that does not read is left out. */
export function voteSettingsFromRows(rows: readonly (readonly unknown[])[]): Partial<VoteSettings> {
  const fieldOf = fieldByLabel(LABELS);
  const out: { voteThreshold?: number; voteRule?: VoteRule; voters?: VoterKind; delegates?: number } = {};
  for (const [label, value] of rows) {
    const field = fieldOf(label);
    if (field === "threshold") {
      const share = parseShare(value);
      if (share !== null) out.voteThreshold = share;
    } else if (field === "rule" && typeof value === "string") {
      const rule = parseVoteRule(value);
      if (rule !== null) out.voteRule = rule;
    } else if (field === "voters" && typeof value === "string") {
      const kind = parseVoterKind(value);
      if (kind !== null) out.voters = kind;
    } else if (field === "delegates") {
      const n = parseDelegates(value);
      if (n !== null) out.delegates = n;
    }
  }
  return out;
}
