/**
 * The most a layout-C total can be (SPEC §2.3 C): the base plus the bonus
 * maxima.
 *
 * The bonus maxima are the maxima of the *topmost* bonus criteria, those
 * whose parent is not bonus: the bonus sections (`IV. Điểm thưởng`, max 5)
 * in a table with sections, the top-level bonus criteria in one without, the
 * bonus criteria of a mixed section (*Điểm thưởng, điểm trừ*, which stays
 * normal). A section's max caps its bonus, so its children's maxima (which
 * may add up to more: each initiative, each earlier award) are not summed. A
 * topmost bonus criterion without a printed max counts as the sum of its
 * children's maxima.
 *
 * `null` when it cannot be known: a base of 0 (an empty table) or a bonus
 * criterion whose max is nowhere printed. The check is then skipped rather
 * than guessed.
 */
import type { CriteriaTable } from "../model/criteria";
import { effectiveMaxima } from "../model/criteria-tree";

/** The sum of the topmost bonus criteria's maxima (0 without bonus); `null` when one is unknown. */
export function bonusCap(table: CriteriaTable): number | null {
  const byId = new Map(table.criteria.map((c) => [c.id, c]));
  // Printed maxima as magnitudes (a hand-made table may print a bonus max signed), else the children's sum.
  const maxima = effectiveMaxima(table.criteria, (c) => (c.maxPoints === null ? null : Math.abs(c.maxPoints)));
  let sum = 0;
  for (const c of table.criteria) {
    if (c.kind !== "bonus") continue;
    const parent = c.parentId === null ? undefined : byId.get(c.parentId);
    if (parent?.kind === "bonus") continue;
    const max = maxima.get(c.id) ?? null;
    if (max === null) return null;
    sum += max;
  }
  return sum;
}

/** `table.base` + `bonusCap(table)`; `null` when unknown. */
export function totalMax(table: CriteriaTable): number | null {
  const bonus = bonusCap(table);
  return table.base > 0 && bonus !== null ? table.base + bonus : null;
}
