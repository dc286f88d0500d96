/**
 * The allowed values of a graded criterion (SPEC §2.2): the numbers in the
 * cell, in order, without repeats (`"Tốt 4 / Khá 3 / TB 2 / Yếu 0"` → [4, 3,
 * 2, 0]). A `,` is a decimal mark when the values are separated by `;`, `/`,
 * `|` or line breaks (`"1,5; 1; 0,5"`), else a separator (`"4, 3, 2, 0"`).
 * Levels each named (SPEC §2.2, *Mức 1: 4 điểm; Mức 2: 3 điểm*) give only their points.
 */
import type { CellValue } from "../../model/grid";
import { levelsFromCell } from "./criteria-grades";

export function parseAllowedValues(value: CellValue): number[] | null {
  if (typeof value === "number") return Number.isFinite(value) ? [Math.abs(value)] : null;
  if (typeof value !== "string") return null;
  // Levels by name (*Mức 1: 4 điểm; Mức 2: 3 điểm*): their points, not the numbers in their names.
  const levels = levelsFromCell(value);
  if (levels) return levels;
  const decimalComma = /[;/|\n]/.test(value);
  const pattern = decimalComma ? /\d+(?:[.,]\d+)?/g : /\d+(?:\.\d+)?/g;
  const values: number[] = [];
  for (const match of value.matchAll(pattern)) {
    const n = Number(match[0].replace(",", "."));
    if (Number.isFinite(n) && !values.includes(n)) values.push(n);
  }
  return values.length > 0 ? values : null;
}
