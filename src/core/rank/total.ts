import type { Criterion } from "../model/criteria";

/** A leaf's value as it counts towards a total; `null` when blank or not a number. */
export interface LeafValue {
  readonly criterionId: string;
  readonly value: number | null;
}

/**
 * SPEC §4: the total of a scorer→ratee sheet is Σ normal leaves + Σ bonus
 * leaves − Σ |deduction leaves|. Deductions typed as 2 or −2 both subtract 2;
 * a blank bonus or deduction leaf counts 0. A bonus (*điểm thưởng*) or
 * deduction (*điểm trừ*) section "adds, capped by its max" (SPEC §1): tables
 * often offer more bonus items than the section allows (*tối đa 5 điểm*), so
 * each section's sum is capped by its max.
 *
 * Returns `null` when a normal leaf is blank or a leaf is not a criterion of
 * the table (such a sheet has an error and is left out anyway).
 */
export function sheetTotal(leaves: Iterable<LeafValue>, criteriaById: ReadonlyMap<string, Criterion>): number | null {
  let normal = 0;
  const sections = new Map<string, { sum: number; cap: number | null; sign: 1 | -1 }>();
  for (const { criterionId, value } of leaves) {
    const criterion = criteriaById.get(criterionId);
    if (!criterion) return null;
    if (criterion.kind === "normal") {
      if (value === null) return null;
      normal += value;
      continue;
    }
    if (value === null) continue;
    const section = cappingCriterion(criterion, criteriaById);
    const group = sections.get(section.id) ?? {
      sum: 0,
      cap: section.maxPoints === null ? null : Math.abs(section.maxPoints),
      sign: criterion.kind === "deduction" ? -1 : 1,
    };
    group.sum += Math.abs(value) * (criterion.kind === "bonus" ? Math.sign(value) : 1);
    sections.set(section.id, group);
  }
  let total = normal;
  for (const { sum, cap, sign } of sections.values()) total += sign * (cap === null ? sum : Math.min(sum, cap));
  return total;
}

/** The topmost ancestor of the same kind: the bonus or deduction section whose max caps this leaf. */
function cappingCriterion(criterion: Criterion, criteriaById: ReadonlyMap<string, Criterion>): Criterion {
  let top = criterion;
  for (let parent = parentOf(top, criteriaById); parent && parent.kind === criterion.kind; parent = parentOf(parent, criteriaById)) {
    top = parent;
  }
  return top;
}

function parentOf(criterion: Criterion, criteriaById: ReadonlyMap<string, Criterion>): Criterion | undefined {
  return criterion.parentId === null ? undefined : criteriaById.get(criterion.parentId);
}
