import { estimate, type Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { confidenceLabelOf, sampleWeight, sourcesByReliability } from "./confidence-text";

/** The fixture catalog with every source at one reliability. */
function atReliability(reliability: number): Catalog {
  return { ...fixtureCatalog, sources: fixtureCatalog.sources.map((s) => ({ ...s, reliability })) };
}

describe("confidence labels", () => {
  it("labels a score as the estimate itself labels it", () => {
    const seen = new Set<string>();
    for (const reliability of [0.95, 0.72, 0.69, 0.55, 0.49, 0.2]) {
      const e = estimate({ role: "ml-engineer", level: "senior", location: "us", year: 2024 }, atReliability(reliability), { breakdown: false, levers: false });
      expect(confidenceLabelOf(e.confidence.score)).toBe(e.confidence.label);
      seen.add(e.confidence.label);
    }
    expect([...seen].sort()).toEqual(["high", "low", "medium"]);
  });

  it("puts the boundaries at 70 % and 50 %", () => {
    expect(confidenceLabelOf(0.7)).toBe("high");
    expect(confidenceLabelOf(0.6999)).toBe("medium");
    expect(confidenceLabelOf(0.5)).toBe("medium");
    expect(confidenceLabelOf(0.4999)).toBe("low");
    expect(confidenceLabelOf(0)).toBe("low");
  });
});

describe("sample weight", () => {
  it("counts a figure on few rows for less, approaching its source's full reliability with more rows", () => {
    const weights = [1, 5, 30, 1000].map((n) => sampleWeight(fixtureCatalog, n));
    expect(weights.every((w, i) => i === 0 || w > weights[i - 1]!)).toBe(true);
    expect(weights[0]).toBeLessThan(0.5);
    expect(weights[3]).toBeLessThan(1);
    expect(weights[3]).toBeGreaterThan(0.99);
  });
});

describe("sources by reliability", () => {
  it("lists the least reliable source first", () => {
    expect(sourcesByReliability(fixtureCatalog).map((s) => [s.title, s.reliability])).toEqual([
      ["Judgement", 0.4],
      ["Fit", 0.9],
    ]);
  });
});
