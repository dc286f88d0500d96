/**
 * Registrations (*đăng ký thi đua / đăng ký danh hiệu*, SPEC §5): the award a
 * unit registered for at the start of the year, as the roster writes it,
 * matched to the block's awards; and eligibility, which follows from it.
 */
import type { Award } from "../model/award";
import { isSubsequence, words } from "../text/normalize";

export type RegistrationMatch =
  | { kind: "none" }
  | { kind: "award"; award: Award; index: number }
  | { kind: "unknown"; text: string };

/** What officers write for "registered for nothing", normalised. */
const NOTHING: ReadonlySet<string> = new Set(["khong", "khong dang ky", "chua dang ky", "khong dk", "chua dk"]);


/** The award's name, id and aliases as word lists (an id's hyphens separate words). */
function formsOf(award: Award): string[][] {
  return [award.name, award.id, ...award.aliases].map(words).filter((f) => f.length > 0);
}

/**
 * The award a registration names, among `awards` (highest first):
 *
 * 1. Blank (or only punctuation, or *Không*, *Không đăng ký*, *Chưa đăng
 *    ký*) → `none`.
 * 2. Equality, normalised as in SPEC §2 (case, diacritics, punctuation and
 *    spacing), with the award's name, its id (*co-thi-dua-chinh-phu* reads
 *    *co thi dua chinh phu*) or one of its aliases. Should two awards share
 *    a spelling (a settings mistake), the higher one wins.
 * 3. Else containment, only when it points at a single award: the
 *    registration's words contain one of an award's forms in order (*Đăng ký
 *    Cờ thi đua của Chính phủ năm 2026*, *Bằng khen của UBND tỉnh* ⊇
 *    *Bằng khen*), or an award's form contains the registration's words in
 *    order (*Chính phủ* ⊆ *Cờ thi đua của Chính phủ*). Words need not be
 *    adjacent. A registration both ways vague (*Cờ thi đua*, *UBND tỉnh*:
 *    two awards) is `unknown`.
 * 4. Anything else → `unknown`, with the text as written, to be reported.
 */
export function matchRegistration(registration: string | undefined, awards: readonly Award[]): RegistrationMatch {
  const list = words(registration ?? "");
  if (list.length === 0 || NOTHING.has(list.join(" "))) return { kind: "none" };
  const key = list.join("");
  const forms = awards.map(formsOf);

  const equal = forms.findIndex((fs) => fs.some((f) => f.join("") === key));
  if (equal >= 0) return { kind: "award", award: awards[equal]!, index: equal };

  const containing = forms
    .map((fs, index) => ({ index, hit: fs.some((f) => isSubsequence(f, list) || isSubsequence(list, f)) }))
    .filter((x) => x.hit);
  if (containing.length === 1) {
    const index = containing[0]!.index;
    return { kind: "award", award: awards[index]!, index };
  }
  return { kind: "unknown", text: (registration ?? "").trim() };
}

/**
 * A unit may be proposed for the award at `awardIndex` when it registered
 * for that award or a higher one (awards are listed highest first, so a
 * lower index is higher). No registration (`null`/`undefined`) is eligible
 * for nothing; whether an award requires registration at all
 * (`Award.requiresRegistration`) is the caller's question.
 */
export function isEligible(registrationIndex: number | null | undefined, awardIndex: number): boolean {
  return registrationIndex != null && registrationIndex >= 0 && registrationIndex <= awardIndex;
}

/** The award index a registration match gives, for `isEligible`. */
export function registrationIndex(match: RegistrationMatch): number | null {
  return match.kind === "award" ? match.index : null;
}
