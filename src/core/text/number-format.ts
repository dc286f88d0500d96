/** Excel's number format for `decimals` decimals: 2 → `0.00`, 0 → `0` (the block's rounding; values stay exact). */
export function decimalsFormat(decimals: number): string {
  const n = Number.isFinite(decimals) ? Math.min(10, Math.max(0, Math.round(decimals))) : 2;
  return n === 0 ? "0" : `0.${"0".repeat(n)}`;
}
