/** A robust z-score above this (in absolute value) flags a contribution (Iglewicz & Hoaglin's 3.5). */
export const outlierThreshold = 3.5;
/** Fewer values in a cell than this and no score is given: a median of so few says little. */
export const minCellForScore = 4;

const median = (sorted: readonly number[]): number => {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
};

/**
 * The modified z-score of `value` within its cell (Iglewicz & Hoaglin 1993): 0.6745 × (log value −
 * median) ÷ MAD, on log pay (pay is log-normal, so a double and a half are as far out). Null when
 * the cell has fewer than `minCellForScore` values or no spread.
 *
 * @example
 * robustScore(400_000, [100_000, 110_000, 120_000, 130_000, 400_000]) // → about 7.6
 */
export function robustScore(value: number, cell: readonly number[]): number | null {
  if (cell.length < minCellForScore) return null;
  const logs = cell.map(Math.log).sort((a, b) => a - b);
  const med = median(logs);
  const mad = median(logs.map((x) => Math.abs(x - med)).sort((a, b) => a - b));
  if (mad === 0) return null;
  return (0.6745 * (Math.log(value) - med)) / mad;
}
