import { describe, expect, it } from "vitest";
import { defaultCatalogInput } from "../index.js";
import { fitCatalog } from "./apply-fit.js";
import { evaluateCatalog, fitBaseline, scorePredictions } from "./evaluate.js";
import { surveyRow, syntheticRows } from "./testing.js";

describe("scorePredictions", () => {
  it("computes the median absolute percentage error and the p25–p75 coverage", () => {
    const m = scorePredictions([100, 200], [{ p25: 90, p50: 110, p75: 120 }, { p25: 100, p50: 150, p75: 180 }]);
    expect(m).toEqual({ n: 2, mdape: 0.175, coverage: 0.5 });
  });
});

describe("fitBaseline", () => {
  it("takes salary quantiles per experience level", () => {
    const rows = [1, 2, 3, 4, 5].map((k) => surveyRow({ experienceLevel: "EN", salaryInUsd: k * 10_000 }));
    expect(fitBaseline(rows).EN).toEqual({ p25: 20_000, p50: 30_000, p75: 40_000 });
  });
});

describe("evaluateCatalog", () => {
  it("beats the naive baseline on held-out synthetic rows from a known model", () => {
    const blsMedians = { "15-2051": 100_000, "15-1252": 120_000 };
    const train = syntheticRows([2022]);
    const test = syntheticRows([2023], [1]);
    const { catalog } = fitCatalog(defaultCatalogInput, train, { blsMedians, settings: { shrink: 0, growth: 0.05 } });
    const r = evaluateCatalog(catalog, train, test);
    expect(r.counts).toEqual({ trainRows: 288 / 2, testRows: 48, testMapped: 48, testPriced: 48 });
    expect(r.mappedShare).toBe(1);
    // Only the growth projection (5 % a year vs the true 1 ÷ 0.95) and rounding separate model and truth.
    expect(r.model.mdape).toBeLessThan(0.01);
    expect(r.baseline.mdape).toBeGreaterThan(0.2);
    expect(r.mdapeRatio).toBeLessThan(0.8);
    expect(Object.keys(r.byLevel)).toEqual(["EN", "EX", "SE"]);
  });
});
