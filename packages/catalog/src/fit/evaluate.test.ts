import { describe, expect, it } from "vitest";
import { defaultCatalogInput } from "../index.js";
import { fitCatalog } from "./apply-fit.js";
import { calibrationBins, evaluateCatalog, evalTargets, fitBaseline, priceRows, scorePredictions, targetsMet } from "./evaluate.js";
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

describe("calibrationBins", () => {
  it("cuts rows sorted by predicted p50 into equal bins of median predicted and actual pay", () => {
    const predicted = [50, 10, 40, 20, 30, 60].map((p50) => ({ p25: p50 * 0.8, p50, p75: p50 * 1.2 }));
    const actual = [55, 12, 38, 22, 35, 70];
    expect(calibrationBins(actual, predicted, 3)).toEqual([
      { predicted: 15, actual: 17, n: 2 },
      { predicted: 35, actual: 36.5, n: 2 },
      { predicted: 55, actual: 62.5, n: 2 },
    ]);
    expect(calibrationBins(actual, predicted)).toHaveLength(6);
  });
});

describe("targetsMet", () => {
  const good = {
    mdapeRatio: 0.7,
    model: { n: 1000, mdape: 0.2, coverage: 0.5 },
    byLevel: { EN: { model: { n: 100, mdape: 0.3, coverage: 0.42 }, baseline: { n: 100, mdape: 0.4, coverage: 0.5 } } },
    byRegion: { oceania: { name: "Oceania", model: { n: 10, mdape: 0.3, coverage: 0.1 }, baseline: { n: 10, mdape: 0.4, coverage: 0.5 } } },
    answeredShare: 0.99,
  };

  it("holds when every target holds, judging only segments with enough rows", () => {
    expect(targetsMet(good)).toBe(true);
  });

  it("fails on a segment under the coverage floor, a wide or narrow range overall, a weak MdAPE or too few answers", () => {
    expect(targetsMet({ ...good, byLevel: { EN: { ...good.byLevel.EN, model: { n: 100, mdape: 0.3, coverage: 0.375 } } } })).toBe(false);
    expect(targetsMet({ ...good, model: { ...good.model, coverage: 0.6 } })).toBe(false);
    expect(targetsMet({ ...good, mdapeRatio: 0.81 })).toBe(false);
    expect(targetsMet({ ...good, answeredShare: 0.97 })).toBe(false);
    expect(evalTargets.minSegmentRows).toBeGreaterThan(10);
  });
});

describe("evaluateCatalog", () => {
  const blsMedians = { "15-2051": 100_000, "15-1252": 120_000 };
  const train = syntheticRows([2022]);

  it("beats the naive baseline on held-out synthetic rows from a known model", () => {
    const test = syntheticRows([2023], [1]);
    const { catalog } = fitCatalog(defaultCatalogInput, train, { blsMedians, settings: { shrink: 0, growth: 0.05 } });
    const r = evaluateCatalog(catalog, train, test);
    expect(r.counts).toEqual({ trainRows: 144, testRows: 48, answered: 48, mapped: 48, lowConfidence: 0, unanswered: 0 });
    expect(r.answeredShare).toBe(1);
    expect(r.mappedShare).toBe(1);
    // Only the growth projection (5 % a year vs the true 1 ÷ 0.95) and rounding separate model and truth.
    expect(r.model.mdape).toBeLessThan(0.01);
    expect(r.baseline.mdape).toBeGreaterThan(0.2);
    expect(r.mdapeRatio).toBeLessThan(0.8);
    expect(Object.keys(r.byLevel)).toEqual(["EN", "EX", "SE"]);
    expect(Object.keys(r.byRegion)).toEqual(["north-america", "western-europe"]);
    expect(r.byRegion["western-europe"]!.name).toBe("Western and Northern Europe");
    expect(r.byRegion["western-europe"]!.model.n).toBe(24);
    expect(r.calibration).toHaveLength(10);
    expect(r.calibration.reduce((s, b) => s + b.n, 0)).toBe(48);
    expect(r.plausibility).toBeNull();
  });

  it("counts titles naming no role as low-confidence answers with wider ranges, and unknown countries as unanswered", () => {
    const { catalog } = fitCatalog(defaultCatalogInput, train, { blsMedians, settings: { shrink: 0, growth: 0.05 } });
    const known = surveyRow({ jobTitle: "Data Scientist", workYear: 2023 });
    const vague = surveyRow({ jobTitle: "Consultant", workYear: 2023 });
    const nowhere = surveyRow({ jobTitle: "Data Scientist", workYear: 2023, employeeResidence: "ZZ", companyLocation: "ZZ" });
    const r = evaluateCatalog(catalog, train, [known, vague, nowhere]);
    expect(r.counts).toMatchObject({ testRows: 3, answered: 2, mapped: 1, lowConfidence: 1, unanswered: 1 });
    expect(r.lowConfidenceShare).toBeCloseTo(1 / 3, 12);
    expect(r.answeredShare).toBeCloseTo(2 / 3, 12);
    // The fallback's range is wider than the same role's when the title names it.
    const [named, guessed] = priceRows([surveyRow({ jobTitle: "Data Analyst", workYear: 2023 }), vague], catalog);
    expect(guessed!.answer).toBe("lowConfidence");
    const width = (p: { p25: number; p75: number } | null) => Math.log(p!.p75 / p!.p25);
    expect(width(guessed!.prediction)).toBeGreaterThan(width(named!.prediction) * 1.05);
  });

  it("prices a remote row paid from abroad under the global remote policy", () => {
    const input = {
      ...defaultCatalogInput,
      remotePolicies: defaultCatalogInput.remotePolicies.map((p) => (p.mode === "global" ? { ...p, floor: { value: 0.9, source: "geo-judgement", note: "test floor" } } : p)),
    };
    // The synthetic rows are all local, so the fit keeps the stated floor.
    const { catalog } = fitCatalog(input, train, { blsMedians, settings: { shrink: 0, growth: 0.05 } });
    const at = (companyLocation: string) =>
      evaluateCatalog(catalog, train, [surveyRow({ workYear: 2023, employeeResidence: "GB", companyLocation, remoteRatio: 100, salaryInUsd: 100_000 })]);
    const floor = catalog.remotePolicies.find((p) => p.mode === "global")!.floor!.value;
    expect(floor).toBe(0.9);
    // Employed in GB: GB's factor (0.6); employed from the US: no lower than the global floor.
    expect(at("US").calibration[0]!.predicted / at("GB").calibration[0]!.predicted).toBeCloseTo(floor / 0.6, 2);
  });
});
