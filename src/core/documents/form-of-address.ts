import { normalizeText } from "../text/normalize";

/**
 * A person named in the meeting's details, taken apart (SPEC §7): the full
 * name that stands under a signature, and the form of address (*ông*, *bà*)
 * that belongs in the body only (*Chủ trì: bà Nguyễn Thị Minh Hòa*). An
 * officer often types *Bà Nguyễn Thị Minh Hòa* in the name's field: the
 * leading Ông/Bà is split off the same way, so the signature never prints it.
 */
export interface Person {
  /** The full name alone, as signed. */
  readonly name: string;
  /** `ông` or `bà` (lower case, as it stands inside a sentence); absent when none was given. */
  readonly title?: string;
}

/** The forms of address split off a typed name, by their normalised spelling. */
const TITLES: Readonly<Record<string, string>> = { ong: "ông", ba: "bà" };

/**
 * `"Bà Nguyễn Thị Minh Hòa"` → `{ name: "Nguyễn Thị Minh Hòa", title: "bà" }`.
 * The title given apart (`chairTitle`) wins over one typed in the name. A
 * leading Ông/Bà is split off only when at least two words follow it,
 * so a two-word name whose surname is *Ông* stays whole.
 */
export function personOf(typed: string | undefined, givenTitle?: string): Person | undefined {
  const words = (typed ?? "").trim().split(/\s+/).filter(Boolean);
  const title = titleOf(givenTitle);
  const first = words[0];
  const bare = first?.replace(/[.:,]+$/, "") ?? "";
  // Letters only: `=Ông …` is a text that looks like a formula, kept whole as typed.
  const typedTitle = words.length >= 3 && /^\p{L}+$/u.test(bare) ? TITLES[normalizeText(bare)] : undefined;
  // The rest as typed: only the leading title is taken off, the name's own characters are not re-spaced.
  const whole = (typed ?? "").trim();
  const name = typedTitle ? whole.slice((first as string).length).trimStart() : whole;
  if (name === "") return undefined;
  const chosen = title ?? typedTitle;
  return chosen ? { name, title: chosen } : { name };
}

/** A form of address typed apart (`Bà`, `ba`, ` ông `) in the lower case it takes inside a sentence; other words kept as typed. */
function titleOf(given: string | undefined): string | undefined {
  const trimmed = given?.trim().replace(/[.:,]+$/, "");
  if (!trimmed) return undefined;
  return TITLES[normalizeText(trimmed)] ?? trimmed.toLocaleLowerCase("vi");
}

/** The person as the body names them: `bà Nguyễn Thị Minh Hòa`, or the name alone without a title. */
export function personInText(person: Person): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}
