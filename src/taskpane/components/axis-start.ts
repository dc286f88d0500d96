/**
 * Where the bars start: a round number a little below the lowest average, so
 * 87.67 and 92.39 look as different as they are (from zero, every bar of a
 * block scored 85–95 is the same length). Zero when the averages are all alike
 * or start near zero anyway.
 */
export function axisStart(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low;
  if (range <= 0 || low <= 0) return 0;
  const step = 10 ** Math.floor(Math.log10(range));
  // Rounded to the step's decimals: 0.1 * 3 is not 0.3 in floating point.
  const start = Number((Math.floor((low - range / 4) / step) * step).toFixed(Math.max(0, -Math.log10(step))));
  return start <= range ? 0 : start;
}
