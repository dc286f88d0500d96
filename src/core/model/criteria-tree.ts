/**
 * The criteria table as a tree of maxima (SPEC §2.2): what the table reader,
 * the checks and the totals all need, kept in the model so none of them
 * imports another's module.
 */
import type { Criterion } from "./criteria";

/** Parent id → its children, in table order. */
export function childrenOf(criteria: readonly Criterion[]): Map<string, Criterion[]> {
  const children = new Map<string, Criterion[]>();
  for (const c of criteria) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  return children;
}

/**
 * Each criterion's max: `printed` (its printed max), else the sum of its
 * children's (`null` when any is unknown). Bottom-up with a stack of its
 * own rather than recursion: a numbering column gone wrong (`1`, `1.1`,
 * `1.1.1`… thousands deep) must not exhaust the call stack.
 */
export function effectiveMaxima(
  criteria: readonly Criterion[],
  printed: (c: Criterion) => number | null = (c) => c.maxPoints,
): Map<string, number | null> {
  const children = childrenOf(criteria);
  const memo = new Map<string, number | null>();
  const opened = new Set<string>();
  for (const root of criteria) {
    const stack: Criterion[] = [root];
    while (stack.length > 0) {
      const c = stack[stack.length - 1]!;
      if (memo.has(c.id)) {
        stack.pop();
        continue;
      }
      const own = printed(c);
      const kids = own === null ? (children.get(c.id) ?? []) : [];
      if (!opened.has(c.id) && kids.length > 0) {
        // Children first; a child already opened (a cycle in a hand-made table) is not entered twice.
        opened.add(c.id);
        for (const kid of kids) if (!opened.has(kid.id)) stack.push(kid);
        continue;
      }
      stack.pop();
      memo.set(c.id, own ?? sumOfKnown(kids, memo));
    }
  }
  return memo;
}

/** The sum of the children's maxima; `null` without children or when one is unknown. */
export function sumOfKnown(kids: readonly Criterion[], maxima: ReadonlyMap<string, number | null>): number | null {
  if (kids.length === 0) return null;
  let sum = 0;
  for (const kid of kids) {
    const v = maxima.get(kid.id);
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** Ids of the normal criteria with a normal leaf under them through normal criteria only (leaves included), walked up from the leaves. */
function withNormalLeaf(criteria: readonly Criterion[]): Set<string> {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const marked = new Set<string>();
  for (const leaf of criteria) {
    if (!leaf.isLeaf) continue;
    let node: Criterion | undefined = leaf;
    while (node && node.kind === "normal" && !marked.has(node.id)) {
      marked.add(node.id);
      node = node.parentId === null ? undefined : byId.get(node.parentId);
    }
  }
  return marked;
}

/**
 * The sum of the top-level normal rows' maxima. A top-level row all of whose
 * leaves are bonus or deduction (a section *Điểm thưởng, điểm trừ* holding
 * both) is no normal row.
 */
export function sumOfNormalTops(criteria: readonly Criterion[]): number {
  const maxima = effectiveMaxima(criteria);
  const normal = withNormalLeaf(criteria);
  return criteria
    .filter((c) => c.parentId === null && normal.has(c.id))
    .reduce((sum, c) => sum + (maxima.get(c.id) ?? 0), 0);
}
