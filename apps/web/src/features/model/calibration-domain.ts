import type { CalibrationBin } from "./eval-report";

/**
 * One axis range for both axes of the calibration plot (so the diagonal is exact): every predicted
 * and actual median inside, with a 5 % margin, rounded outward to a step of 10,000 (1,000 below
 * 20,000).
 *
 * @example
 * plotDomain([{ predicted: 52_000, actual: 61_000, n: 40 }, { predicted: 240_000, actual: 231_000, n: 40 }]) // → [40000, 260000]
 */
export function plotDomain(bins: readonly CalibrationBin[]): [number, number] {
  if (bins.length === 0) return [0, 1];
  const values = bins.flatMap((b) => [b.predicted, b.actual]);
  const min = Math.min(...values) * 0.95;
  const max = Math.max(...values) * 1.05;
  const step = max < 20_000 ? 1_000 : 10_000;
  return [Math.max(0, Math.floor(min / step) * step), Math.ceil(max / step) * step];
}
