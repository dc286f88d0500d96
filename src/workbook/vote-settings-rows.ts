/**
 * The vote's threshold and rule (SPEC §5.1) as rows of Cài đặt (tdSettings)
 * that read back exactly: the display row ("trên 50% số phiếu") rounds 2/3
 * to 66,7%, which would fail 4 votes of 6 under *từ 2/3 trở lên*.
 */
import type { Lang } from "../core/i18n/lang";
import type { BlockSettings } from "../core/model/block";
import type { VoteRule } from "../core/model/vote";
import { normalizeText } from "../core/text/normalize";
import { fieldByLabel } from "./settings-labels";
import type { OutputCell } from "./sink";

type VoteSettings = Pick<BlockSettings, "voteThreshold" | "voteRule">;

const LABELS: Record<Lang, { readonly threshold: string; readonly rule: string }> = {
  vi: { threshold: "Ngưỡng biểu quyết (tỷ lệ, từ 0 đến 1)", rule: "Cách so với ngưỡng biểu quyết" },
  en: { threshold: "Vote threshold (share, 0 to 1)", rule: "How the vote meets the threshold" },
};

const RULE_WORDS: Record<Lang, Record<VoteRule, string>> = {
  vi: { above: "trên ngưỡng", "at-least": "từ ngưỡng trở lên" },
  en: { above: "above the threshold", "at-least": "at least the threshold" },
};

export function voteSettingsRows(settings: VoteSettings, lang: Lang): OutputCell[][] {
  return [
    [LABELS[lang].threshold, settings.voteThreshold],
    [LABELS[lang].rule, RULE_WORDS[lang][settings.voteRule]],
  ];
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
  const out: { voteThreshold?: number; voteRule?: VoteRule } = {};
  for (const [label, value] of rows) {
    const field = fieldOf(label);
    if (field === "threshold") {
      const share = parseShare(value);
      if (share !== null) out.voteThreshold = share;
    } else if (field === "rule" && typeof value === "string") {
      const rule = parseVoteRule(value);
      if (rule !== null) out.voteRule = rule;
    }
  }
  return out;
}
