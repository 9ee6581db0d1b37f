import { median } from "./stats.js";

/** One group's direct estimate (a median of its rows), its prior and its row count. */
export interface GroupEstimate {
  /** The group's own estimate (median of its rows' partial residuals). */
  readonly raw: number;
  /** What the group is shrunk toward. */
  readonly prior: number;
  readonly n: number;
}

/** Sampling variance of a median of n normal draws of variance σ² is about (π/2)·σ²/n. */
export const medianEfficiency = Math.PI / 2;

/** Smallest between-group variance accepted, so that k stays finite when groups look alike. */
const minTau2 = 1e-4;

/**
 * Robust within-group variance: (1.4826 × the median absolute deviation of each value from its
 * group's median)², pooled over groups. `groups` lists each group's values.
 *
 * @example
 * withinVariance([[1, 2, 3], [10, 11, 12]]) // → (1.4826 × 1)² ≈ 2.198
 */
export function withinVariance(groups: readonly (readonly number[])[]): number {
  const deviations: number[] = [];
  for (const values of groups) {
    if (values.length < 2) continue;
    const m = median(values);
    for (const v of values) deviations.push(Math.abs(v - m));
  }
  if (deviations.length === 0) return 0;
  const mad = 1.4826 * median(deviations);
  return mad * mad;
}

/**
 * Empirical-Bayes pseudo-count k for shrinking group estimates toward their priors by n / (n + k).
 * A group's estimate from n rows has sampling variance v = perRowVariance / n (for a median of
 * rows of variance σ², perRowVariance = (π/2)·σ²). Method of moments: each group's squared
 * distance from its prior estimates τ² (the true spread of groups around their priors) plus v;
 * so τ² = mean(d² − v) over groups with at least two rows, and k = perRowVariance / τ², which makes
 * n / (n + k) = τ² / (τ² + v), the posterior weight of the group's own estimate.
 * Returns 0 (no pooling) when there is no sampling variance or fewer than two groups.
 *
 * @example
 * // groups far apart relative to their noise: little shrinkage
 * estimateShrinkage([{ raw: 1, prior: 0, n: 50 }, { raw: -1, prior: 0, n: 50 }], 0.16) // → about 0.16
 */
export function estimateShrinkage(groups: readonly GroupEstimate[], perRowVariance: number): number {
  const usable = groups.filter((g) => g.n >= 2);
  if (usable.length < 2 || perRowVariance <= 0) return 0;
  let sum = 0;
  for (const g of usable) {
    const d = g.raw - g.prior;
    sum += d * d - perRowVariance / g.n;
  }
  const tau2 = Math.max(minTau2, sum / usable.length);
  return perRowVariance / tau2;
}

/**
 * A group's pooled estimate: its prior plus its own deviation from the prior, weighted by n / (n + k).
 *
 * @example
 * shrinkToward({ raw: 1, prior: 0, n: 5 }, 5) // → 0.5
 */
export function shrinkToward(g: GroupEstimate, k: number): number {
  if (g.n === 0) return g.prior;
  return g.prior + (g.raw - g.prior) * (g.n / (g.n + k));
}
