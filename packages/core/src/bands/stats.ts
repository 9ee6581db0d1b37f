/**
 * The p-quantile (0–1) of ascending-sorted values, linearly interpolated between order
 * statistics (h = (n − 1) × p, as spreadsheets' QUARTILE.INC and numpy's default do).
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25) // → 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("no values");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * The arithmetic mean.
 *
 * @example
 * mean([1, 2, 6]) // → 3
 */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/**
 * The median (the 0.5 quantile).
 *
 * @example
 * median([5, 1, 3, 2]) // → 2.5
 */
export function median(values: readonly number[]): number {
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}
