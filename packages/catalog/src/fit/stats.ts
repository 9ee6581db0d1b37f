/**
 * Quantile of a list by linear interpolation between order statistics (type 7, as R and numpy).
 * Returns NaN for an empty list; the input is not mutated.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // → 2.5
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, q);
}

/**
 * Quantile of an already ascending-sorted list (no copy).
 *
 * @example
 * quantileOfSorted([1, 2, 3], 0.25) // → 1.5
 */
export function quantileOfSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/**
 * Median of a list (NaN when empty).
 *
 * @example
 * median([3, 1, 2]) // → 2
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
