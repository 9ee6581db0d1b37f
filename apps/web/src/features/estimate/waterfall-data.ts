import type { Estimate, FactorId } from "@paypath/core";

/** One bar of the waterfall: it floats from `start` to `end`; totals start at 0. */
export interface WaterfallBar {
  readonly key: string;
  /** Short axis label: the factor's name. */
  readonly name: string;
  /** What the factor was set to, e.g. "Staff" (empty for benchmark and total). */
  readonly detail: string;
  readonly kind: "benchmark" | "increase" | "decrease" | "total";
  readonly amount: number;
  readonly start: number;
  readonly end: number;
  /** [low, high] for a floating bar chart. */
  readonly range: readonly [number, number];
}

const factorNames: Record<FactorId, string> = {
  level: "Level",
  skills: "Skills",
  credentials: "Credentials",
  location: "Location",
  "remote-policy": "Remote policy",
  arrangement: "Arrangement",
  industry: "Industry",
  stage: "Company stage",
  "company-size": "Company size",
  "market-year": "Market year",
};

/**
 * Lays out the estimate's breakdown as a waterfall: the role's benchmark total, then each
 * factor's contribution stacked on the running sum, then total p50. Factors that add nothing
 * (below half a currency unit) are left out; the running sum still ends at `total.p50`.
 *
 * @example
 * waterfallOf(estimate).map((b) => b.name) // → ["Benchmark", "Level", "Location", "Total (p50)"]
 */
export function waterfallOf(estimate: Pick<Estimate, "benchmark" | "breakdown" | "total">): WaterfallBar[] {
  const bars: WaterfallBar[] = [];
  const benchmark = estimate.benchmark.total;
  bars.push({ key: "benchmark", name: "Benchmark", detail: "", kind: "benchmark", amount: benchmark, start: 0, end: benchmark, range: [0, benchmark] });
  let running = benchmark;
  for (const c of estimate.breakdown) {
    const start = running;
    running += c.amount;
    if (Math.abs(c.amount) < 0.5) continue;
    bars.push({
      key: c.factor,
      name: factorNames[c.factor],
      detail: c.label,
      kind: c.amount >= 0 ? "increase" : "decrease",
      amount: c.amount,
      start,
      end: running,
      range: [Math.min(start, running), Math.max(start, running)],
    });
  }
  const total = estimate.total.p50;
  bars.push({ key: "total", name: "Total (p50)", detail: "", kind: "total", amount: total, start: 0, end: total, range: [0, total] });
  return bars;
}
