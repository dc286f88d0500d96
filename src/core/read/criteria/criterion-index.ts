/**
 * The criteria looked up as the scoresheet readers need them
 * (SPEC §2.3: by id, else by normalised text), built once per table.
 */
import { splitLeadingNumbering } from "../../text/numbering";
import { normalizeText, squashSpaces } from "../../text/normalize";
import type { CriteriaTable, Criterion } from "../../model/criteria";
import { childrenOf } from "../../model/criteria-tree";

export interface CriterionIndex {
  readonly byId: ReadonlyMap<string, Criterion>;
  /** Normalised text → the criteria with that text, in table order. */
  readonly byText: ReadonlyMap<string, readonly Criterion[]>;
  /** Parent id → its children, in table order. */
  readonly children: ReadonlyMap<string, readonly Criterion[]>;
}

export function buildCriterionIndex(table: CriteriaTable): CriterionIndex {
  const byId = new Map<string, Criterion>();
  const byText = new Map<string, Criterion[]>();
  for (const c of table.criteria) {
    byId.set(c.id, c);
    const key = normalizeText(c.text);
    if (key === "") continue;
    const list = byText.get(key) ?? [];
    list.push(c);
    byText.set(key, list);
  }
  return { byId, byText, children: childrenOf(table.criteria) };
}

/**
 * The criteria whose normalised text is `text`'s (case, diacritics, spacing
 * and punctuation aside); a numbering opening `text` (`a) Tổ chức…`) is
 * tried without it too. Several results: the caller disambiguates (by
 * parent, by order).
 */
export function findCriteriaByText(index: CriterionIndex, text: string): readonly Criterion[] {
  const found = index.byText.get(normalizeText(text));
  if (found) return found;
  const split = splitLeadingNumbering(squashSpaces(text));
  return split ? (index.byText.get(normalizeText(split.rest)) ?? []) : [];
}
