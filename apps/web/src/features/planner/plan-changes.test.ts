import type { PlanPay } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../lib/format";
import { planChanges, type ComparedRun } from "./plan-changes";

const usd = (n: number): string => formatMoney(n, "USD");

const pay = (p50: number): PlanPay => {
  const r = { p25: p50 * 0.8, p50, p75: p50 * 1.2 };
  return { base: r, bonus: r, equity: r, total: r };
};
const run = (catalogVersion: string, months: number, total: number, reachable = true): ComparedRun => ({
  catalogVersion,
  result: reachable
    ? { reachable, frontier: [{ months, pay: pay(total) }], best: [{ months, gainPerMonth: 1 }] }
    : { reachable, frontier: [], best: [] },
});

describe("planChanges", () => {
  it("is empty when the re-run matches the saved plan", () => {
    expect(planChanges(run("v1", 14, 181_299.4), run("v1", 14, 181_299.2), usd)).toEqual([]);
  });

  it("names the new catalog, the months and the pay that moved", () => {
    expect(planChanges(run("v1", 14, 181_299), run("v2", 12, 185_000), usd)).toEqual([
      "Catalog v1 → v2",
      "Fastest path: 14 → 12 months",
      "Pay at the target (fastest path, p50): $181,299 → $185,000",
      "Best path by pay per month: 14 → 12 months",
    ]);
  });

  it("says when a target became unreachable or reachable", () => {
    expect(planChanges(run("v1", 14, 1), run("v2", 0, 0, false), usd)).toEqual(["Catalog v1 → v2", "The target is no longer reachable"]);
    expect(planChanges(run("v1", 0, 0, false), run("v1", 9, 1), usd)).toEqual(["The target is now reachable"]);
  });
});
