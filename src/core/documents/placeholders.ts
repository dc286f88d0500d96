import { normalizeText } from "../text/normalize";

/**
 * The placeholders of SPEC §7, by their names in the contract. A template
 * writes them `{{ten_khoi}}`, `{{ Tên khối }}` or `{{DONG.TEN_DON_VI}}`
 * alike: names are matched as §2 matches labels (case, spaces, diacritics
 * and punctuation aside), by `placeholderKey`.
 */
export const BLOCK_PLACEHOLDERS = [
  "ten_khoi",
  "nam",
  "ngay",
  "ngay_day_du",
  "dia_diem",
  "so_van_ban",
  "noi_nhan",
  "truong_khoi",
  "pho_truong_khoi",
  "chu_tri",
  "thu_ky",
  "so_don_vi",
  "so_don_vi_co_mat",
  "don_vi_co_mat",
  "so_phieu",
  "phuong_phap",
  "nguong_bieu_quyet",
  "so_de_nghi",
  // Ours beyond §7: the units away, as minutes name them; for the minutes' vote, the valid ballots and the proposals it turned down.
  "don_vi_vang_mat",
  "so_phieu_bau",
  "de_nghi_khong_dat",
  // The chair and the secretary as the body names them, with their ông/bà (chu_tri, thu_ky: the name alone, as signed).
  "chu_tri_day_du",
  "thu_ky_day_du",
  // Why each better-ranked unit was not proposed (SPEC §5), a sentence each, for the minutes.
  "ly_do_khong_de_nghi",
] as const;

/** *Dòng*: one row per proposal, award then rank. */
export const PROPOSAL_PLACEHOLDERS = [
  "dong.stt",
  "dong.ten_don_vi",
  "dong.diem",
  "dong.xep_hang",
  "dong.danh_hieu",
  "dong.so_phieu",
  "dong.tong_phieu",
  "dong.ty_le",
  "dong.ket_qua",
] as const;

/** *Xếp hạng*: one row per ranked unit. */
export const RANKING_PLACEHOLDERS = ["xh.stt", "xh.ten_don_vi", "xh.diem", "xh.xep_hang", "xh.tu_cham"] as const;

export type BlockPlaceholder = (typeof BLOCK_PLACEHOLDERS)[number];
export type ProposalPlaceholder = (typeof PROPOSAL_PLACEHOLDERS)[number];
export type RankingPlaceholder = (typeof RANKING_PLACEHOLDERS)[number];
export type PlaceholderName = BlockPlaceholder | ProposalPlaceholder | RankingPlaceholder;

/** Which repeating table a row placeholder belongs to. */
export type RowKind = "dong" | "xh";

/** `{{ Dòng.Tên đơn vị }}` and `dong.ten_don_vi` → `dongtendonvi`. */
export function placeholderKey(name: string): string {
  return normalizeText(name).replace(/ /g, "");
}

const BY_KEY: ReadonlyMap<string, PlaceholderName> = new Map(
  [...BLOCK_PLACEHOLDERS, ...PROPOSAL_PLACEHOLDERS, ...RANKING_PLACEHOLDERS].map((name) => [placeholderKey(name), name]),
);

/** The contract's name a template's spelling means, or undefined when it names none. */
export function resolvePlaceholder(written: string): PlaceholderName | undefined {
  return BY_KEY.get(placeholderKey(written));
}

export function rowKindOf(name: PlaceholderName): RowKind | null {
  return name.startsWith("dong.") ? "dong" : name.startsWith("xh.") ? "xh" : null;
}

/**
 * One `{{…}}` in a text: where it stands, what it says inside the braces,
 * the contract's name it means, and whether it asks for capitals. `{{ten_khoi
 * | in_hoa}}` (*in hoa*: capitals) is our one addition to SPEC §7, for the
 * issuing body that Decree 30 prints in capitals: Excel has no capitals style.
 */
export interface PlaceholderToken {
  readonly start: number;
  readonly end: number;
  /** The whole `{{…}}` as written, left visible when it names nothing. */
  readonly raw: string;
  readonly written: string;
  readonly name: PlaceholderName | undefined;
  readonly upper: boolean;
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const UPPER = new Set(["inhoa", "hoa", "upper"]);

/**
 * What a placeholder's name and filters may be written with: letters (with
 * their diacritics), digits, spaces, `_` and `.`. Other templating syntaxes'
 * marks (`@` raw XML, `#` loops, `^` inverted sections, `-w:p` paragraph
 * loops, `/` ends) make the placeholder unknown, never a shortcut to a known
 * one: SPEC §7 gives them no meaning.
 */
const PLAIN = /^[\p{L}\p{M}\p{N}_. ]*$/u;

export function placeholderTokens(text: string, resolve: (written: string) => PlaceholderName | undefined = resolvePlaceholder): PlaceholderToken[] {
  if (!text.includes("{{")) return [];
  const tokens: PlaceholderToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const inner = m[1] ?? "";
    // Most placeholders have no filter: read without splitting (a long template holds hundreds of thousands).
    if (!inner.includes("|")) {
      const written = inner.trim();
      const known = resolve(written);
      tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], written, name: known !== undefined && PLAIN.test(written) ? known : undefined, upper: false });
      continue;
    }
    const [written = "", ...filters] = inner.split("|").map((part) => part.trim());
    const upper = filters.some((f) => UPPER.has(placeholderKey(f)));
    const unknownFilter = filters.some((f) => !UPPER.has(placeholderKey(f)) || !PLAIN.test(f));
    const name = unknownFilter || !PLAIN.test(written) ? undefined : resolve(written);
    tokens.push({ start: m.index, end: m.index + m[0].length, raw: m[0], written: inner.trim(), name, upper });
  }
  return tokens;
}

/** A brace pair that neither opens nor closes a placeholder: `{{ten_khoi`, `{ten_khoi}}`, the `{{a` of `{{a{{b}}`. */
export interface BraceTypo {
  readonly start: number;
  /** A few words around it, as the officer will find them in the template. */
  readonly fragment: string;
}

/** The typos of a text (TEMPLATE_SYNTAX): what is left of `{{` and `}}` once its placeholders are taken out, one per text. */
export function braceTypos(text: string): BraceTypo[] {
  if (!text.includes("{{") && !text.includes("}}")) return [];
  // The first `{{` or `}}` outside every placeholder: one within the text between two (a brace beside a placeholder pairs with nothing).
  let at = -1;
  let after = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); at < 0; m = TOKEN.exec(text)) {
    const gap = text.slice(after, m ? m.index : text.length);
    const open = gap.indexOf("{{");
    const close = gap.indexOf("}}");
    if (open >= 0 || close >= 0) at = after + (open < 0 ? close : close < 0 ? open : Math.min(open, close));
    if (!m) break;
    after = m.index + m[0].length;
  }
  if (at < 0) return [];
  // The typo's word, as written: `{ten_khoi}}`, `{{dia_diem`, `{{a{{b}}`.
  let from = at;
  while (from > 0 && at - from < 40 && !/\s/.test(text[from - 1] ?? "")) from--;
  let to = at + 2;
  while (to < text.length && to - at < 40 && !/\s/.test(text[to] ?? "")) to++;
  return [{ start: at, fragment: text.slice(from, to) }];
}
