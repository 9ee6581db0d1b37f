import { planPaths } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { directionRowOf, planDirection, planProgressively, sortDirections, type DirectionRow } from "./compare-directions";

const profile = { role: "ml-engineer", level: "mid", location: "us" };

describe("directionRowOf", () => {
  it("takes the path with the most pay gained per month, with the fastest months beside it", () => {
    const plan = planPaths(profile, { preset: "ai-security" }, fixtureCatalog, { hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    const row = directionRowOf({ id: "ai-security", name: "AI security", description: "" }, plan);
    const best = plan.best[0]!;
    expect(row).toMatchObject({ preset: "ai-security", reachable: true, months: best.months, pay: best.pay.total.p50, gainPerMonth: best.gainPerMonth });
    expect(row.fastestMonths).toBe(Math.min(...plan.frontier.map((p) => p.months)));
    expect(row.fastestMonths).toBeLessThanOrEqual(row.months);
  });

  it("says why a direction is out of reach", () => {
    const row = planDirection(fixtureCatalog, profile, "ai-security", { hoursPerWeek: 10, horizonMonths: 0 });
    expect(row.reachable).toBe(false);
    expect(row.reasons.length).toBeGreaterThan(0);
  });

  it("turns a profile the catalog cannot price into an unreachable row naming the field", () => {
    const row = planDirection(fixtureCatalog, { ...profile, location: "atlantis" }, "ai-security", {});
    expect(row.reachable).toBe(false);
    expect(row.reasons[0]).toMatch(/location.*unknown location "atlantis"/);
  });
});

describe("sortDirections", () => {
  const row = (preset: string, months: number, pay: number, gainPerMonth: number, reachable = true): DirectionRow =>
    ({ preset, name: preset, months, pay, gainPerMonth, reachable }) as DirectionRow;
  const rows = [row("a", 12, 200, 5), row("b", 6, 150, 8), row("c", 0, 0, 0, false), row("d", 20, 260, 5)];

  it("orders reachable directions by pay per month, months or pay, unreachable last", () => {
    expect(sortDirections(rows, "gain-per-month").map((r) => r.preset)).toEqual(["b", "a", "d", "c"]);
    expect(sortDirections(rows, "months").map((r) => r.preset)).toEqual(["b", "a", "d", "c"]);
    expect(sortDirections(rows, "pay").map((r) => r.preset)).toEqual(["d", "a", "b", "c"]);
    expect(rows.map((r) => r.preset)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("planProgressively", () => {
  it("reports every preset in order, one per task, then finishes", async () => {
    const presets = fixtureCatalog.planPresets.map((p) => p.id);
    const seen: number[] = [];
    await new Promise<void>((resolve) => {
      planProgressively(fixtureCatalog, { runId: 1, profile, options: { hoursPerWeek: 10 }, presets }, (_row, i) => seen.push(i), () => true, resolve);
      // Nothing is planned synchronously: the caller's thread returns at once.
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(presets.map((_, i) => i));
  });

  it("stops once a newer run replaces it", async () => {
    const presets = fixtureCatalog.planPresets.map((p) => p.id);
    let current = true;
    const seen: number[] = [];
    planProgressively(fixtureCatalog, { runId: 1, profile, options: {}, presets }, (_row, i) => {
      seen.push(i);
      current = false;
    }, () => current);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([0]);
  });
});
