import { estimate } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { waterfallOf } from "./waterfall-data";

describe("waterfallOf", () => {
  const e = estimate(
    { role: "ml-engineer", level: "staff", location: "us-sf", skills: ["llm-fine-tuning"], industry: "public-sector" },
    fixtureCatalog,
  );
  const bars = waterfallOf(e);

  it("runs from the benchmark through each factor to total p50", () => {
    expect(bars[0]).toMatchObject({ kind: "benchmark", start: 0, end: e.benchmark.total });
    expect(bars.at(-1)).toMatchObject({ kind: "total", start: 0, end: e.total.p50 });
    const steps = bars.slice(1, -1);
    expect(steps.map((b) => b.name)).toEqual(expect.arrayContaining(["Level", "Skills", "Location", "Industry"]));
    expect(steps.at(-1)?.end).toBeCloseTo(e.total.p50, 6);
  });

  it("floats each factor's bar from the running sum, marking rises and falls", () => {
    const steps = bars.slice(1, -1);
    let running = e.benchmark.total;
    for (const bar of steps) {
      expect(bar.start).toBeCloseTo(running, 6);
      expect(bar.end - bar.start).toBeCloseTo(bar.amount, 6);
      expect(bar.kind).toBe(bar.amount >= 0 ? "increase" : "decrease");
      expect(bar.range[0]).toBeLessThanOrEqual(bar.range[1]);
      running = bar.end;
    }
    expect(steps.find((b) => b.key === "industry")?.kind).toBe("decrease");
  });

  it("leaves out factors that add nothing", () => {
    const plain = waterfallOf(estimate({ role: "ml-engineer", level: "senior", location: "us" }, fixtureCatalog));
    expect(plain.map((b) => b.kind)).toEqual(["benchmark", "total"]);
  });
});
