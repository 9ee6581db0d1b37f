import { CatalogSchema } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog, defaultCatalogInput } from "../index.js";
import { applyFit, fitCatalog } from "./apply-fit.js";
import { fitFx, fitSurvey } from "./fit-survey.js";
import { syntheticRows } from "./testing.js";

const blsMedians = { "15-2051": 100_000, "15-1252": 120_000, "15-1221": 140_000, "15-1243": 110_000, "15-1299": 100_000, "15-1212": 110_000, "11-2021": 150_000, "11-9199": 130_000, "13-1199": 80_000 };

describe("fitSurvey", () => {
  const fit = fitSurvey(syntheticRows(), defaultCatalog, { shrink: 0 });

  it("recovers the known multipliers relative to the reference", () => {
    expect(fit.rows).toBe(288);
    expect(fit.unmapped).toBe(0);
    expect(fit.lastYear).toBe(2023);
    expect(fit.levels.junior!.value).toBeCloseTo(0.6, 6);
    expect(fit.levels.director!.value).toBeCloseTo(1.4, 6);
    expect(fit.levels.director!.n).toBe(96);
    expect(fit.countries.GB!.value).toBeCloseTo(0.6, 6);
    expect(fit.arrangements.remote!.value).toBeCloseTo(0.95, 6);
    expect(fit.companySizes.M!.value).toBeCloseTo(0.9, 6);
    expect(fit.years["2022"]!.value).toBeCloseTo(0.95, 6);
    expect(fit.roles["ml-engineer"]!.benchmark).toBeCloseTo(200_000, 0);
    expect(fit.roles["data-scientist"]!.benchmark).toBeCloseTo(150_000, 0);
  });

  it("takes the spread from the residual quantiles", () => {
    // Residuals are log(0.9), 0 and log(1/0.9) in equal thirds: the quartiles fall in the outer thirds.
    expect(fit.pooledSpread.p25).toBeCloseTo(0.9, 6);
    expect(fit.pooledSpread.p75).toBeCloseTo(1 / 0.9, 6);
    expect(fit.roles["ml-engineer"]!.spread.n).toBe(144);
  });

  it("reads the publisher's FX rate from salary ÷ salary_in_usd in the latest year", () => {
    expect(fitFx(syntheticRows()).GBP).toEqual({ rate: 0.8, n: 72, year: 2023 });
  });
});

describe("applyFit", () => {
  const fit = fitSurvey(syntheticRows(), defaultCatalog, { shrink: 0 });
  const next = CatalogSchema.parse(applyFit(defaultCatalogInput, fit, { blsMedians, settings: { growth: 0.05 } }));
  const role = (id: string) => next.roles.find((r) => r.id === id)!;

  it("writes fitted benchmarks projected to the reference year, and BLS-scaled ones for thin roles", () => {
    expect(role("ml-engineer").benchmark).toMatchObject({ value: 210_000, source: "survey-fit", n: 144 });
    expect(role("research-scientist").benchmark).toMatchObject({ value: 220_500, source: "bls-oews-ratio" });
    expect(role("research-scientist").benchmark.n).toBeUndefined();
  });

  it("keeps reference figures at exactly 1 and projects the market index", () => {
    expect(next.levels.find((l) => l.id === "senior")!.multiplier.value).toBe(1);
    expect(next.locations.find((l) => l.id === "us")!.factor.value).toBe(1);
    expect(next.locations.find((l) => l.id === "gb")!.factor).toMatchObject({ value: 0.6, source: "survey-fit" });
    expect(next.locations.find((l) => l.id === "gb")!.fxRate).toMatchObject({ value: 0.8, source: "survey-fx" });
    expect(next.marketIndex.find((m) => m.year === 2024)!.index.value).toBe(1);
    expect(next.marketIndex.find((m) => m.year === 2023)!.index.value).toBeCloseTo(1 / 1.05, 3);
    expect(next.marketIndex.find((m) => m.year === 2026)!.index).toMatchObject({ value: 1.103, source: "market-projection" });
  });

  it("falls back to judgement for levels without rows and keeps levels non-decreasing in rank", () => {
    const staff = next.levels.find((l) => l.id === "staff")!.multiplier;
    expect(staff.source).toBe("pay-structure-judgement");
    const byRank = [...next.levels].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < byRank.length; i++) {
      if (byRank[i]!.rank > byRank[i - 1]!.rank) expect(byRank[i]!.multiplier.value).toBeGreaterThanOrEqual(byRank[i - 1]!.multiplier.value);
    }
  });

  it("is what fitCatalog returns, validated", () => {
    const { catalog } = fitCatalog(defaultCatalogInput, syntheticRows(), { blsMedians, settings: { shrink: 0, growth: 0.05 } });
    expect(catalog.roles.find((r) => r.id === "ml-engineer")!.benchmark.value).toBe(210_000);
  });
});
