/**
 * Matching a scoresheet's rows to the official criteria (SPEC §2.3: by id,
 * else by normalised text), in the passes table-rows.ts describes; each
 * criterion taken once.
 */
import type { Criterion } from "../../model/criteria";
import { labelForms } from "../criteria/criteria-header";
import { cacheSlot, objectSlot, type ReadCache } from "../read-cache";
import type { SheetContext } from "./layout";

/**
 * The normalised forms a text is matched by: whole, and without `( … )`
 * remarks. Texts repeat from sheet to sheet (every unit copies the
 * template): their keys are kept, up to a bound.
 */
const TEXT_KEYS = cacheSlot<string, readonly string[]>("criterion text keys", 20_000);
const textKeys = (cache: ReadCache, text: string): readonly string[] => cache.get(TEXT_KEYS, text, labelForms);

export interface Candidate {
  readonly row: number;
  /** The id the sheet's own numbering gives; `null` for rows the table reader passed over. */
  readonly sheetId: string | null;
  readonly label: string;
  /** The criterion's text as the sheet prints it, numbering cut off. */
  readonly text: string;
}

interface Official {
  /** Criterion id → its index in table order. */
  readonly order: ReadonlyMap<string, number>;
  /** Normalised text (also without `( … )` remarks) → criteria, in table order. */
  readonly byKey: ReadonlyMap<string, readonly Criterion[]>;
  readonly keysOf: ReadonlyMap<string, ReadonlySet<string>>;
  readonly leaves: readonly Criterion[];
}

/** Per criteria table: contexts differ per file (`scorerFromFileName`), the table does not. */
const OFFICIALS = objectSlot<SheetContext["table"], Official>("official lookups");

export function official(context: SheetContext): Official {
  return context.cache.of(OFFICIALS, context.table, () => buildOfficial(context));
}

function buildOfficial(context: SheetContext): Official {
  const order = new Map<string, number>();
  const byKey = new Map<string, Criterion[]>();
  const keysOf = new Map<string, Set<string>>();
  context.table.criteria.forEach((c, index) => {
    order.set(c.id, index);
    const keys = new Set(textKeys(context.cache, c.text));
    keysOf.set(c.id, keys);
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      list.push(c);
      byKey.set(key, list);
    }
  });
  // The context's own text index wins where it knows a text.
  for (const [key, list] of context.criteriaByText) byKey.set(key, [...list]);
  return { order, byKey, keysOf, leaves: context.table.criteria.filter((c) => c.isLeaf) };
}

/** Rows to official criteria, in the passes described at the top; each criterion taken once. */
export function matchRows(candidates: readonly Candidate[], context: SheetContext): Map<number, Criterion> {
  const { order, byKey, keysOf } = official(context);
  const mapping = new Map<number, Criterion>();
  const taken = new Set<string>();
  const take = (candidate: Candidate, criterion: Criterion) => {
    mapping.set(candidate.row, criterion);
    taken.add(criterion.id);
  };
  const open = () => candidates.filter((c) => !mapping.has(c.row));

  // 1. id and text agree.
  for (const candidate of candidates) {
    if (candidate.sheetId === null) continue;
    const criterion = context.criteriaById.get(candidate.sheetId);
    if (!criterion || taken.has(criterion.id)) continue;
    if (criterion.text === candidate.text && candidate.text !== "") {
      take(candidate, criterion);
      continue;
    }
    const keys = keysOf.get(criterion.id);
    if (keys && textKeys(context.cache, candidate.text).some((k) => keys.has(k))) take(candidate, criterion);
  }
  // 2. the text of exactly one criterion.
  for (const candidate of open()) {
    for (const key of textKeys(context.cache, candidate.text)) {
      const found = byKey.get(key);
      const only = found?.length === 1 ? found[0] : undefined;
      if (only && !taken.has(only.id)) {
        take(candidate, only);
        break;
      }
    }
  }
  // 3. the id alone.
  for (const candidate of open()) {
    if (candidate.sheetId === null) continue;
    const criterion = context.criteriaById.get(candidate.sheetId);
    if (criterion && !taken.has(criterion.id)) take(candidate, criterion);
  }
  // 4. the text of several criteria: the first free one after the criterion mapped above.
  for (const candidate of open()) {
    const found = textKeys(context.cache, candidate.text)
      .flatMap((key) => byKey.get(key) ?? [])
      .filter((c) => !taken.has(c.id));
    if (found.length === 0) continue;
    let after = -1;
    for (const other of candidates) {
      if (other.row >= candidate.row) break;
      const mapped = mapping.get(other.row);
      if (mapped) after = order.get(mapped.id) ?? after;
    }
    const sorted = [...found].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const choice = sorted.find((c) => (order.get(c.id) ?? 0) > after) ?? sorted[0];
    if (choice) take(candidate, choice);
  }
  return mapping;
}
