import type { PlanPath } from "@paypath/core";

/** The parts of a plan result compared between a saved run and a re-run. */
export interface ComparedRun {
  readonly catalogVersion: string;
  readonly result: {
    readonly reachable: boolean;
    readonly frontier: readonly Pick<PlanPath, "months" | "pay">[];
    readonly best: readonly Pick<PlanPath, "months" | "gainPerMonth">[];
  };
}

/**
 * What differs between a saved plan and the same request re-planned on the current catalog, as
 * sentences: the catalog version, whether the target is reachable, the fastest path's months and
 * pay at the target, and the best path's months. Empty when nothing changed.
 *
 * @example
 * planChanges({ catalogVersion: "2024.1", result: saved }, { catalogVersion: "2025.1", result: now }, (n) => formatMoney(n, "USD"))
 * // → ["Catalog 2024.1 → 2025.1", "Fastest path: 14 → 12 months", "Pay at the target (fastest path, p50): $181,299 → $185,000"]
 */
export function planChanges(saved: ComparedRun, current: ComparedRun, money: (amountInBase: number) => string): string[] {
  const out: string[] = [];
  if (saved.catalogVersion !== current.catalogVersion) out.push(`Catalog ${saved.catalogVersion} → ${current.catalogVersion}`);
  if (saved.result.reachable !== current.result.reachable) {
    out.push(current.result.reachable ? "The target is now reachable" : "The target is no longer reachable");
    return out;
  }
  const before = saved.result.frontier[0];
  const after = current.result.frontier[0];
  if (before && after) {
    if (before.months !== after.months) out.push(`Fastest path: ${before.months} → ${after.months} months`);
    const from = Math.round(before.pay.total.p50);
    const to = Math.round(after.pay.total.p50);
    if (from !== to) out.push(`Pay at the target (fastest path, p50): ${money(from)} → ${money(to)}`);
  }
  const bestBefore = saved.result.best[0];
  const bestAfter = current.result.best[0];
  if (bestBefore && bestAfter && bestBefore.months !== bestAfter.months) out.push(`Best path by pay per month: ${bestBefore.months} → ${bestAfter.months} months`);
  return out;
}
