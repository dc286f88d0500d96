/**
 * Tolerances of the checks, in one place.
 *
 * - `EPSILON` (1e-9): a score against a max, zero or an allowed grade. Only
 *   floating-point noise is forgiven (a cached `=0.1+0.2` is 0.30000000000000004);
 *   10.0001 above a max of 10 is still above it.
 * - `PRINTED_TOLERANCE` (0.001, SPEC §3): a printed max, subtotal or total
 *   against the number Thi đua computes; a template rounding to 2 or 3
 *   decimals is no mismatch.
 */
export const EPSILON = 1e-9;
export const PRINTED_TOLERANCE = 0.001;

/** Rounded to 9 decimals, for params: a sum of 0.1s reads 0.3, not 0.30000000000000004. */
export function tidy(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}

export function differs(a: number, b: number, tolerance = PRINTED_TOLERANCE): boolean {
  return Math.abs(a - b) > tolerance;
}
