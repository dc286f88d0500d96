/**
 * Matching the unit names scorers write (sheet names, column headers, labels,
 * file names) to the roster (SPEC §2.3). Scorers abbreviate, drop
 * diacritics, add the province, write initials; the matcher accepts all of
 * that but never guesses between two units: several candidates at one step
 * is `ambiguous`, and the caller reports `UNIT_AMBIGUOUS`.
 *
 * The steps are SPEC §2.3's (`name`, `alias`, `words`, `initials`), in its
 * order; the first that finds anything decides. Beyond the spec:
 * - `words` runs first on all the words; when that finds nothing, once more
 *   with the generic words dropped from both sides, so *Hội Luật gia Yên
 *   Bái* (the province without *tỉnh*) still finds *Hội Luật gia tỉnh*. From
 *   three words on, the candidate's last word may be cut short: Excel cuts
 *   sheet names at 31 characters.
 * - `initials` also accepts the initials of all the words (*HLGT*), or of
 *   all but *tỉnh / thành phố* (*HLG*, *UBMTTQ*), and names that mix words
 *   and initials (*Liên hiệp các Hội KH&KT*, *Hội Nạn nhân CĐDC*).
 *
 * Equality (steps 1, 2 and the initials) compares normalised text with the
 * spaces taken out, so *C.T.Đ*, *CTĐ* and *ctd* are one name.
 *
 * False positives: generic words (*hội, sở, ban, tỉnh, thành phố, của, và*)
 * and the function word *các* say nothing about which unit is meant. A
 * candidate made only of such words (*Hội*, *Hội tỉnh*) never matches at
 * step 3: it is `ambiguous` between the units that contain it when there are
 * several, else `unknown`. Likewise a roster name or alias made only of such
 * words is never looked for inside a candidate. Words of one letter do not
 * count as content either.
 */
import type { Unit } from "../../model/unit";
import { isSubsequence, normalizeText, words } from "../../text/normalize";

export type UnitMatch =
  | { kind: "match"; unit: Unit; by: "name" | "alias" | "words" | "initials" }
  | { kind: "ambiguous"; candidates: Unit[] }
  | { kind: "unknown"; suggestions: Unit[] };

export type UnitMatcher = (candidate: string) => UnitMatch;

/** SPEC §2.3: dropped before taking initials. *Thành phố* is a pair of words. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(["hoi", "so", "ban", "tinh", "cua", "va"]);
const GENERIC_PAIRS: readonly (readonly [string, string])[] = [["thanh", "pho"]];
/** Words that name a place rather than the body: dropped for the *HLG* initials. */
const PLACE_WORDS: ReadonlySet<string> = new Set(["tinh"]);
/** Not generic for the initials (the spec's list), but no content either. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(["cac"]);

const MAX_SUGGESTIONS = 3;
/** How similar (0…1) a roster name must be to be suggested. */
const SUGGESTION_THRESHOLD = 0.5;
/** Results kept per matcher; a roster meets a few hundred distinct names. */
const MEMO_LIMIT = 5000;

/** The words of a name without the generic ones (*thành phố* as a pair). */
function dropWords(list: readonly string[], single: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const pair = GENERIC_PAIRS.find(([a, b]) => list[i] === a && list[i + 1] === b);
    if (pair) {
      i++;
      continue;
    }
    if (!single.has(list[i]!)) out.push(list[i]!);
  }
  return out;
}

const coreWords = (list: readonly string[]): string[] => dropWords(list, GENERIC_WORDS);

/** Whether a word list says anything about which unit is meant. */
function hasContent(list: readonly string[]): boolean {
  return coreWords(list).some((w) => w.length >= 2 && !FUNCTION_WORDS.has(w));
}


/**
 * Like `isSubsequence`, but the needle's last word may be the start of a
 * word: Excel cuts sheet names at 31 characters, mid-word (*Hội Nạn nhân
 * chất độc da cam di*).
 */
function isTruncatedSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  const last = needle.length - 1;
  let i = 0;
  for (const word of haystack) {
    if (i < last ? word === needle[i] : word.startsWith(needle[last]!)) i++;
    if (i === needle.length) return true;
  }
  return false;
}

/** A sheet name cut by Excel is long: from three words on, the last may be cut. */
const TRUNCATION_MIN_WORDS = 3;

const initialsOf = (list: readonly string[]): string => list.map((w) => w[0] ?? "").join("");

/**
 * More words than any unit's name holds: a pasted paragraph, not a name. The
 * word-by-word searches below (one recursion step, or one comparison, per
 * pair of words) are not run on such text, so no cell can exhaust the stack
 * or the time of an import.
 */
const MAX_NAME_WORDS = 64;

/**
 * `candidate` (words and initials) read against `name`'s words in order:
 * each candidate word is the next name word, or the initials of two or more
 * consecutive name words; name words may be skipped. At least one word and
 * one initials must be used (all words is step 3; all initials is the plain
 * initials).
 */
function mixedInitials(candidate: readonly string[], name: readonly string[]): boolean {
  // Each candidate word takes one name word or more: a longer candidate cannot fit.
  if (candidate.length > name.length || name.length > MAX_NAME_WORDS) return false;
  const seen = new Set<string>();
  const walk = (i: number, j: number, usedWord: boolean, usedInitials: boolean): boolean => {
    if (i === candidate.length) return usedWord && usedInitials;
    if (j >= name.length) return false;
    const key = `${i},${j},${usedWord},${usedInitials}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const word = candidate[i]!;
    if (word === name[j] && walk(i + 1, j + 1, true, usedInitials)) return true;
    if (word.length >= 2 && j + word.length <= name.length) {
      if (initialsOf(name.slice(j, j + word.length)) === word && walk(i + 1, j + word.length, usedWord, true)) {
        return true;
      }
    }
    return walk(i, j + 1, usedWord, usedInitials);
  };
  return walk(0, 0, false, false);
}

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max + 1`:
 * rows stop as soon as no cell is within `max`, which is what makes
 * suggestions cheap (most roster names are far from most candidates).
 */
function levenshteinWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // Typed arrays: no holes, so no slow path where Array.prototype was touched (jest).
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      // No Math.min in this loop: under jest it is a cross-realm call, 30 times slower.
      let value = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j]! + 1 < value) value = previous[j]! + 1;
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1;
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** At most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  // Skip the differing character in the longer (or both, for a substitution).
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Two words are near when equal, or one edit apart for words of 3+ letters. */
function nearWords(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 3 && b.length >= 3 && withinOneEdit(a, b);
}

/**
 * Similarity (0…1) of two word lists, for suggestions: the better of the
 * share of near words (Dice over a one-to-one pairing) and the edit
 * similarity of the texts. Below `SUGGESTION_THRESHOLD` the exact value
 * does not matter and may come out lower than it is.
 */
function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const free = [...b];
  let paired = 0;
  for (const word of a) {
    const k = free.findIndex((other) => nearWords(word, other));
    if (k >= 0) {
      paired++;
      free.splice(k, 1);
    }
  }
  const dice = (2 * paired) / (a.length + b.length);
  const x = a.join(" ");
  const y = b.join(" ");
  const longest = Math.max(x.length, y.length);
  // Only an edit distance that beats both the threshold and the word share matters.
  const max = Math.floor((1 - Math.max(dice, SUGGESTION_THRESHOLD)) * longest);
  const distance = levenshteinWithin(x, y, max);
  const chars = distance > max ? 0 : 1 - distance / longest;
  return Math.max(dice, chars);
}

/** What the matcher precomputes for one name or alias. */
interface Form {
  readonly words: readonly string[];
  readonly core: readonly string[];
  /** May be looked for inside a candidate (has content words). */
  readonly searchable: boolean;
  readonly coreSearchable: boolean;
}

interface Entry {
  readonly unit: Unit;
  readonly forms: readonly Form[];
  /** Normalised initials this unit answers to (step 4). */
  readonly initials: ReadonlySet<string>;
}

function formOf(text: string): Form {
  const list = words(text);
  const core = coreWords(list);
  return { words: list, core, searchable: hasContent(list), coreSearchable: hasContent(core) };
}

function entryOf(unit: Unit): Entry {
  const name = formOf(unit.name);
  const aliases = unit.aliases.map(formOf).filter((f) => f.words.length > 0);
  const initials = new Set<string>();
  const add = (value: string) => {
    if (value.length >= 2) initials.add(value);
  };
  add(initialsOf(name.core));
  add(initialsOf(name.words));
  add(initialsOf(dropWords(name.words, PLACE_WORDS)));
  for (const alias of aliases) if (alias.core.length >= 2) add(initialsOf(alias.core));
  return { unit, forms: [name, ...aliases], initials };
}

const compact = (list: readonly string[]): string => list.join("");

function addTo(map: Map<string, Unit[]>, key: string, unit: Unit): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

function decide(found: readonly Unit[], by: "name" | "alias" | "words" | "initials"): UnitMatch | null {
  if (found.length === 0) return null;
  if (found.length === 1) return { kind: "match", unit: found[0]!, by };
  return { kind: "ambiguous", candidates: [...found] };
}

/**
 * A matcher for one roster: the names, aliases, words and initials are
 * prepared once, and results are remembered per normalised candidate, so
 * calling it for every sheet name and column header of an import is cheap.
 * Each call returns fresh arrays.
 */
export function createUnitMatcher(units: readonly Unit[]): UnitMatcher {
  const entries = units.map(entryOf);
  const byName = new Map<string, Unit[]>();
  const byAlias = new Map<string, Unit[]>();
  for (const entry of entries) {
    addTo(byName, compact(entry.forms[0]!.words), entry.unit);
    for (const alias of entry.forms.slice(1)) addTo(byAlias, compact(alias.words), entry.unit);
  }
  const memo = new Map<string, UnitMatch>();

  const compute = (list: readonly string[]): UnitMatch => {
    if (list.length === 0) return { kind: "unknown", suggestions: [] };
    const key = compact(list);

    // 1, 2: equality.
    const step1 = decide(byName.get(key) ?? [], "name");
    if (step1) return step1;
    const step2 = decide(byAlias.get(key) ?? [], "alias");
    if (step2) return step2;

    // 3: words in order, either way; all words first, then the core words.
    // A candidate without content words (Hội tỉnh, C.T.Đ) skips it.
    const core = coreWords(list);
    const content = hasContent(list);
    if (content) {
      const inName = list.length >= TRUNCATION_MIN_WORDS ? isTruncatedSubsequence : isSubsequence;
      const byWords = entries
        .filter((e) => e.forms.some((f) => inName(list, f.words) || (f.searchable && isSubsequence(f.words, list))))
        .map((e) => e.unit);
      const step3 = decide(byWords, "words");
      if (step3) return step3;
      const byCore = entries
        .filter((e) => e.forms.some((f) => inName(core, f.core) || (f.coreSearchable && isSubsequence(f.core, core))))
        .map((e) => e.unit);
      const step3b = decide(byCore, "words");
      if (step3b) return step3b;
    }

    // 4: initials, plain (CTĐ, C.T.Đ, HLG) or mixed with words (Hội Nạn nhân CĐDC).
    const forms = new Set([compact(core), compact(list)].filter((f) => f.length >= 2));
    const byInitials = entries.filter((e) => [...forms].some((f) => e.initials.has(f))).map((e) => e.unit);
    const step4 = decide(byInitials, "initials");
    if (step4) return step4;
    if (core.length >= 2) {
      const mixed = entries.filter((e) => e.forms.some((f) => mixedInitials(core, f.core))).map((e) => e.unit);
      const step4b = decide(mixed, "initials");
      if (step4b) return step4b;
    }

    if (!content) {
      // Only generic words (Hội, Hội tỉnh): never a match, at best a list to choose from.
      const containing = entries.filter((e) => e.forms.some((f) => isSubsequence(list, f.words))).map((e) => e.unit);
      if (containing.length >= 2) return { kind: "ambiguous", candidates: containing };
      return { kind: "unknown", suggestions: suggest(list, containing) };
    }
    return { kind: "unknown", suggestions: suggest(list, []) };
  };

  /** Up to three roster units most like the candidate, `first` ahead of them. */
  const suggest = (list: readonly string[], first: readonly Unit[]): Unit[] => {
    if (list.length > MAX_NAME_WORDS) return [...first].slice(0, MAX_SUGGESTIONS);
    const mine = coreWords(list).length > 0 ? coreWords(list) : list;
    const scored = entries
      .map((entry, index) => {
        // A loop, not Math.max(...): a unit may list more aliases than a call takes arguments.
        let score = 0;
        for (const f of entry.forms) score = Math.max(score, similarity(mine, f.core.length > 0 ? f.core : f.words));
        return { unit: entry.unit, score, index };
      })
      .filter((s) => s.score >= SUGGESTION_THRESHOLD && !first.includes(s.unit))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((s) => s.unit);
    return [...first, ...scored].slice(0, MAX_SUGGESTIONS);
  };

  return (candidate: string): UnitMatch => {
    const list = words(candidate);
    const key = list.join(" ");
    let result = memo.get(key);
    if (!result) {
      result = compute(list);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, result);
    }
    return copy(result);
  };
}

function copy(match: UnitMatch): UnitMatch {
  switch (match.kind) {
    case "match":
      return { ...match };
    case "ambiguous":
      return { kind: "ambiguous", candidates: [...match.candidates] };
    case "unknown":
      return { kind: "unknown", suggestions: [...match.suggestions] };
  }
}

/**
 * `candidate` matched to `units` (SPEC §2.3). For many calls against one
 * roster, make a matcher once with `createUnitMatcher`.
 */
export function matchUnit(candidate: string, units: readonly Unit[]): UnitMatch {
  return createUnitMatcher(units)(candidate);
}

/** Normalised key of a unit name, as step 1 compares it (for grouping, duplicates). */
export function unitKey(name: string): string {
  return normalizeText(name).replace(/ /g, "");
}
