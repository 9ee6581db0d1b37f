import { normalCdf } from "../offers/compare-offers.js";
import type { Range } from "../valuation/types.js";

/** z of the 75th percentile, as `marketPercentile` uses it. */
const Z75 = 0.6745;

/**
 * The z-score of a percentile (0–100, exclusive) of the standard normal: `normalCdf` inverted by
 * bisection, so `normalCdf(normalQuantile(p) ) × 100 = p` to within 1e-12.
 *
 * @example
 * normalQuantile(50) // → 0
 * normalQuantile(97.5) // → ≈ 1.96
 */
export function normalQuantile(percentile: number): number {
  if (!(percentile > 0 && percentile < 100)) throw new RangeError("percentile must be between 0 and 100, exclusive");
  if (percentile === 50) return 0;
  const target = percentile / 100;
  let lo = -9;
  let hi = 9;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The value at a percentile of a market range: the inverse of `marketPercentile` on the same
 * log-normal fitted to p25/p50/p75 (σ from the side the percentile falls on). The 25th, 50th and
 * 75th percentiles return p25, p50 and p75 exactly.
 *
 * @example
 * marketValueAt(50, { p25: 196_000, p50: 260_000, p75: 334_000 }) // → 260_000
 * marketValueAt(60, { p25: 196_000, p50: 260_000, p75: 334_000 }) // → ≈ 286_300
 */
export function marketValueAt(percentile: number, range: Range): number {
  return marketValueAtZ(percentile, percentile === 25 || percentile === 50 || percentile === 75 ? 0 : normalQuantile(percentile), range);
}

/** `marketValueAt` with the percentile's z-score already known (computed once per calibration). */
export function marketValueAtZ(percentile: number, z: number, range: Range): number {
  const { p25, p50, p75 } = range;
  if (!(p25 > 0 && p50 >= p25 && p75 >= p50)) throw new RangeError("the market range needs 0 < p25 ≤ p50 ≤ p75");
  if (percentile === 50) return p50;
  if (percentile === 25) return p25;
  if (percentile === 75) return p75;
  const sigma = (z > 0 ? Math.log(p75 / p50) : Math.log(p50 / p25)) / Z75;
  return p50 * Math.exp(z * sigma);
}
