import { describe, expect, it } from "vitest";
import { CatalogSchema } from "../catalog/schema.js";
import { fixtureCatalog, fixtureCatalogInput } from "../testing/fixture-catalog.js";
import { estimate } from "./estimate.js";
import { scaleSpread } from "./spread-scale.js";

const f = (value: number) => ({ value, source: "fit" });

/** The fixture with a wider junior range (× 1.5 on the log scale) and a narrower US one (× 0.8). */
const scaled = CatalogSchema.parse({
  ...fixtureCatalogInput,
  levels: fixtureCatalogInput.levels.map((l) => (l.id === "junior" ? { ...l, spreadScale: f(1.5) } : l)),
  locations: fixtureCatalogInput.locations.map((l) => (l.id === "us" ? { ...l, spreadScale: f(0.8) } : l)),
});

describe("range scales by level and location", () => {
  it("raises the role's spread ratios to the power of the level's and the location's scales", () => {
    // ml-engineer spread 0.8 / 1.25 in the fixture; junior × US = 1.5 × 0.8 = 1.2
    const plain = estimate({ role: "ml-engineer", level: "junior", location: "us" }, fixtureCatalog);
    const e = estimate({ role: "ml-engineer", level: "junior", location: "us" }, scaled);
    expect(e.base.p50).toBeCloseTo(plain.base.p50, 6);
    expect(e.base.p25 / e.base.p50).toBeCloseTo(Math.pow(0.8, 1.2), 9);
    expect(e.base.p75 / e.base.p50).toBeCloseTo(Math.pow(1.25, 1.2), 9);
  });

  it("lets a metro without a scale take its country's national one, and leaves other levels alone", () => {
    const e = estimate({ role: "ml-engineer", level: "senior", location: "us-sf" }, scaled);
    expect(e.base.p25 / e.base.p50).toBeCloseTo(Math.pow(0.8, 0.8), 9);
    const gb = estimate({ role: "ml-engineer", level: "senior", location: "gb" }, scaled);
    expect(gb.base.p75 / gb.base.p50).toBeCloseTo(1.25, 9);
  });

  it("keeps p25 ≤ p50 ≤ p75 for any positive scale", () => {
    for (const scale of [0.2, 1, 3]) {
      const s = scaleSpread(0.8, 1.25, scale);
      expect(s.low).toBeLessThanOrEqual(1);
      expect(s.high).toBeGreaterThanOrEqual(1);
    }
    const doubled = scaleSpread(0.8, 1.25, 2);
    expect(doubled.low).toBeCloseTo(0.64, 12);
    expect(doubled.high).toBeCloseTo(1.5625, 12);
  });
});
