import { planPaths } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { convertPayChart, pathsToShow, payChartOf } from "./pay-series";

const profile = { role: "ml-engineer", level: "junior", location: "us" };
const plan = planPaths(profile, { role: "data-scientist", level: "senior" }, fixtureCatalog, { hoursPerWeek: 10, k: 3 });

describe("pathsToShow", () => {
  it("takes up to three paths of the chosen view without repeats", () => {
    expect(plan.reachable).toBe(true);
    const best = pathsToShow(plan, "best");
    expect(best.map((p) => p.id)).toEqual(plan.best.slice(0, 3).map((p) => p.id));
    const frontier = pathsToShow(plan, "frontier", 2);
    expect(frontier.length).toBeLessThanOrEqual(2);
    expect(frontier[0]?.id).toBe(plan.frontier[0]?.id);
    const twice = pathsToShow({ best: [plan.best[0]!, plan.best[0]!], frontier: [] }, "best");
    expect(twice).toHaveLength(1);
  });
});

describe("payChartOf", () => {
  const paths = pathsToShow(plan, "best");
  const chart = payChartOf(paths, plan.today, (s) => s.label);

  it("starts every path at today's pay and ends at the pay on reaching the target", () => {
    expect(chart.series.map((s) => s.key)).toEqual(paths.map((_, i) => `p${i}`));
    expect(chart.rows[0]?.month).toBe(0);
    paths.forEach((path, i) => {
      const key = `p${i}`;
      const first = path.steps[0]!;
      if (first.endMonth > 0) expect(chart.rows[0]?.[key]).toBe(plan.today.total.p50);
      const last = chart.rows.filter((r) => r[key] !== undefined).at(-1)!;
      expect(last.month).toBe(path.months);
      expect(last[key]).toBe(path.pay.total.p50);
    });
  });

  it("orders the rows by month and steps pay up at each step's end", () => {
    const months = chart.rows.map((r) => r.month);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    const path = paths[0]!;
    for (const step of path.steps) {
      const row = chart.rows.find((r) => r.month === step.endMonth)!;
      const lastAtMonth = path.steps.filter((s) => s.endMonth === step.endMonth).at(-1)!;
      expect(row.p0).toBe(lastAtMonth.pay.total.p50);
    }
  });

  it("marks promotions and role changes with their labels", () => {
    const expected = paths.flatMap((p, i) => p.steps.filter((s) => s.kind !== "learn-skill").map((s) => ({ series: `p${i}`, month: s.endMonth, label: s.label })));
    expect(expected.length).toBeGreaterThan(0);
    expect(chart.markers.map(({ series, month, label }) => ({ series, month, label }))).toEqual(expected);
  });

  it("is empty but for month 0 without paths", () => {
    expect(payChartOf([], plan.today, (s) => s.label)).toEqual({ rows: [{ month: 0 }], series: [], markers: [] });
  });
});

describe("convertPayChart", () => {
  const chart = payChartOf(pathsToShow(plan, "best"), plan.today, (s) => s.label);

  it("multiplies every pay figure by the rate and keeps months, series and labels", () => {
    const converted = convertPayChart(chart, 83.5);
    expect(converted.series).toEqual(chart.series);
    expect(converted.rows.map((r) => r.month)).toEqual(chart.rows.map((r) => r.month));
    chart.rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) if (key !== "month") expect(converted.rows[i]![key]).toBeCloseTo(value * 83.5, 6);
      expect(Object.keys(converted.rows[i]!).sort()).toEqual(Object.keys(row).sort());
    });
    expect(converted.markers.map((m) => m.label)).toEqual(chart.markers.map((m) => m.label));
    converted.markers.forEach((m, i) => expect(m.total).toBeCloseTo(chart.markers[i]!.total * 83.5, 6));
    expect(convertPayChart(chart, 1)).toBe(chart);
  });
});
