import { CatalogSchema, estimate, type CatalogInput } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog, defaultCatalogInput } from "../index.js";
import { applyFit, fitCatalog } from "./apply-fit.js";
import { anchorElasticity, countryRatio, fitFx, fitSurvey, isLocalRow } from "./fit-survey.js";
import { surveyRow, syntheticRows } from "./testing.js";

const blsMedians = { "15-2051": 100_000, "15-1252": 120_000, "15-1221": 140_000, "15-1243": 110_000, "15-1299": 100_000, "15-1212": 110_000, "11-2021": 150_000, "11-9199": 130_000, "13-1199": 80_000 };

/** `n` rows of one country at `factor` × the US level of the synthetic model (senior data scientists, 2023, L, onsite). */
function countryRows(country: string, factor: number, n: number, overrides: Parameters<typeof surveyRow>[0] = {}) {
  return Array.from({ length: n }, (_, i) =>
    surveyRow({ employeeResidence: country, companyLocation: country, salaryInUsd: 150_000 * factor * [0.9, 1, 1 / 0.9][i % 3]!, ...overrides }),
  );
}

describe("fitSurvey", () => {
  const fit = fitSurvey(syntheticRows(), defaultCatalog, { shrink: 0, minSpreadRows: 100 });

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
    expect(fit.roles["ml-engineer"]!.spread!.n).toBe(144);
    // Every level and region is as dispersed as the rest: no range scale moves off 1.
    for (const s of [...Object.values(fit.spreadScales.levels), ...Object.values(fit.spreadScales.regions)]) expect(s.value).toBeCloseTo(1, 6);
  });

  it("reads the publisher's FX rate from salary ÷ salary_in_usd in the latest year", () => {
    expect(fitFx(syntheticRows()).GBP).toEqual({ rate: 0.8, n: 72, year: 2023 });
  });
});

describe("partial pooling of countries", () => {
  // Survey-like noise (p25–p75 about ±0.35 in logs). Western Europe: nine countries near 0.6 of the
  // US level with 60 rows each, and a thin one (BE, 3 rows) far above them; Eastern Europe: four
  // countries near 0.4 and a thin one (BG, 2 rows) at 0.9. DK and SE have no rows.
  const noisy = (country: string, factor: number, n: number) =>
    Array.from({ length: n }, (_, i) =>
      surveyRow({ employeeResidence: country, companyLocation: country, salaryInUsd: 150_000 * factor * [0.6, 1, 1 / 0.6][i % 3]! }),
    );
  const west = { GB: 0.6, IE: 0.62, FR: 0.58, DE: 0.61, NL: 0.6, AT: 0.59, CH: 0.63, NO: 0.6, FI: 0.57 };
  const east = { PL: 0.4, CZ: 0.42, HU: 0.38, RO: 0.4 };
  const rows = [
    ...noisy("US", 1, 120),
    ...Object.entries(west).flatMap(([c, f]) => noisy(c, f, 60)),
    ...Object.entries(east).flatMap(([c, f]) => noisy(c, f, 60)),
    ...noisy("BE", 1.6, 3),
    ...noisy("BG", 0.9, 2),
  ];
  const pooled = fitSurvey(rows, defaultCatalog);
  const raw = fitSurvey(rows, defaultCatalog, { shrink: 0 });

  it("shrinks a thin country toward its region's pooled level by an estimated n / (n + k)", () => {
    const be = pooled.countries.BE!;
    expect(raw.countries.BE!.value).toBeCloseTo(1.6, 2);
    expect(be.region).toBe("western-europe");
    expect(be.n).toBe(3);
    expect(be.weight).toBeCloseTo(3 / (3 + pooled.shrinkage.country!), 9);
    expect(be.weight).toBeGreaterThan(0);
    expect(be.weight).toBeLessThan(0.5);
    expect(be.value).toBeLessThan(1.1);
    expect(be.value).toBeGreaterThan(be.prior);
    // The region pool lies among its countries, and well-sampled countries barely move.
    expect(pooled.regions["western-europe"]!.value).toBeCloseTo(0.6, 1);
    expect(pooled.regions["eastern-europe"]!.value).toBeCloseTo(0.4, 1);
    expect(pooled.countries.GB!.value).toBeCloseTo(0.6, 1);
    expect(pooled.countries.GB!.weight).toBeGreaterThan(be.weight * 5);
    expect(pooled.countries.BG!.value).toBeLessThan(pooled.countries.DE!.value);
    expect(raw.countries.BG!.value).toBeGreaterThan(raw.countries.DE!.value);
  });

  it("cites the pooled source for a thin country, says so in its note and lowers the estimate's confidence", () => {
    const next = CatalogSchema.parse(applyFit(defaultCatalogInput, pooled, { blsMedians }));
    const factorOf = (id: string) => next.locations.find((l) => l.id === id)!.factor;
    expect(factorOf("be")).toMatchObject({ source: "survey-pooled", n: 3 });
    expect(factorOf("be").note).toMatch(/thin data: 3 local rows/);
    expect(factorOf("gb")).toMatchObject({ source: "survey-fit", n: 60 });
    // A catalog country without local rows takes its region's pool.
    expect(factorOf("dk")).toMatchObject({ source: "survey-pooled" });
    expect(factorOf("dk").value).toBeCloseTo(pooled.regions["western-europe"]!.value, 2);
    expect(factorOf("dk").note).toMatch(/thin data: 0 local rows.*no rows of its own/);
    const conf = (location: string) => estimate({ role: "data-scientist", level: "senior", location }, next).confidence.score;
    expect(conf("be")).toBeLessThan(conf("gb") - 0.05);
    expect(conf("dk")).toBeLessThan(conf("gb"));
  });

  it("fits the elasticity of pay to official wage anchors through the reference country, weighting thin countries less", () => {
    expect(anchorElasticity([{ x: Math.log(0.25), y: Math.log(0.5), n: 100 }])).toBeCloseTo(0.5, 12);
    // A one-row country does not count; a thin one counts less than a large one.
    expect(anchorElasticity([{ x: Math.log(0.25), y: Math.log(0.5), n: 1 }])).toBeUndefined();
    const mixed = anchorElasticity([
      { x: Math.log(0.25), y: Math.log(0.5), n: 1000 },
      { x: Math.log(0.25), y: Math.log(0.25), n: 2 },
    ])!;
    expect(mixed).toBeGreaterThan(0.5);
    expect(mixed).toBeLessThan(0.6);
    expect(anchorElasticity([{ x: Math.log(0.5), y: Math.log(2), n: 50 }])).toBe(0.2);
  });

  it("pulls an anchored thin country toward the reference level × anchor^β instead of its region's pool", () => {
    // Eastern Europe's countries sit at anchor^0.5 (PL 0.4 = 0.16^0.5 …); BG's two rows say 0.9, its anchor 0.09.
    const anchors = { US: 1, PL: 0.16, CZ: 0.1764, HU: 0.1444, RO: 0.16, BG: 0.09 };
    const anchored = fitSurvey(rows, defaultCatalog, { countryAnchors: anchors, shrink: { country: 20 } });
    expect(anchored.anchorElasticity).toBeGreaterThan(0.45);
    expect(anchored.anchorElasticity).toBeLessThan(0.6);
    const bg = anchored.countries.BG!;
    expect(bg.prior).toBeCloseTo(Math.pow(0.09, anchored.anchorElasticity!), 1);
    expect(bg.weight).toBeCloseTo(2 / 22, 9);
    expect(bg.value).toBeLessThan(0.4);
    expect(bg.value).toBeLessThan(pooled.countries.BG!.value);
    // An anchored country without rows takes anchor^β; one without an anchor its region's pool.
    expect(countryRatio(anchored, "SI", { ...anchors, SI: 0.25 })!.value).toBeCloseTo(Math.pow(0.25, anchored.anchorElasticity!), 9);
    expect(countryRatio(anchored, "EE", anchors)!.value).toBeCloseTo(anchored.regions["eastern-europe"]!.value, 9);
  });
});

describe("local and remote-abroad rows", () => {
  const base = syntheticRows();
  // Indian residents: employed locally at 0.25 of the US level, or remotely by US employers at 0.5.
  const local = countryRows("IN", 0.25, 30);
  const abroad = countryRows("IN", 0.5, 30, { companyLocation: "US", remoteRatio: 100 });

  it("tells local rows from rows paid from abroad", () => {
    expect(isLocalRow(local[0]!)).toBe(true);
    expect(isLocalRow(abroad[0]!)).toBe(false);
  });

  it("fits a country's factor on its local rows only; rows paid from abroad set the pay from abroad", () => {
    const onlyLocal = fitSurvey([...base, ...local], defaultCatalog, { shrink: 0 });
    const both = fitSurvey([...base, ...local, ...abroad], defaultCatalog, { shrink: 0 });
    expect(both.countries.IN!.value).toBeCloseTo(onlyLocal.countries.IN!.value, 6);
    expect(both.countries.IN!.n).toBe(30);
    expect(both.localRows).toBe(288 + 30);
    expect(both.abroadRows).toBe(30);
    // remote 0.95 is divided out: the pay from abroad is 0.5 / 0.95 of the US level, halfway (in logs) or more toward the US.
    expect(both.abroad!.value).toBeCloseTo(0.5 / 0.95, 2);
    expect(both.abroad!.n).toBe(30);
    expect(both.abroad!.shareOfGap).toBeGreaterThan(0.4);
    expect(onlyLocal.abroad).toBeUndefined();
  });

  it("writes the pay from abroad as the global remote policy's floor", () => {
    const fit = fitSurvey([...base, ...local, ...abroad], defaultCatalog, { shrink: 0 });
    const next = CatalogSchema.parse(applyFit(defaultCatalogInput, fit, { blsMedians }));
    const global = next.remotePolicies.find((p) => p.mode === "global")!;
    expect(global.floor).toMatchObject({ value: Number((0.5 / 0.95).toFixed(3)), source: "survey-fit", n: 30 });
    expect(next.locations.find((l) => l.id === "in")!.factor.value).toBeCloseTo(0.25, 2);
  });
});

describe("applyFit", () => {
  const fit = fitSurvey(syntheticRows(), defaultCatalog, { shrink: 0, minSpreadRows: 100 });
  const next = CatalogSchema.parse(applyFit(defaultCatalogInput, fit, { blsMedians, settings: { growth: 0.05, minSpreadRows: 100 } }));
  const role = (id: string) => next.roles.find((r) => r.id === id)!;

  it("writes fitted benchmarks projected to the reference year, and BLS-scaled ones for thin roles", () => {
    expect(role("ml-engineer").benchmark).toMatchObject({ value: 210_000, source: "survey-fit", n: 144 });
    expect(role("research-scientist").benchmark).toMatchObject({ value: 220_500, source: "bls-oews-ratio" });
    expect(role("research-scientist").benchmark.n).toBeUndefined();
  });

  it("scales a thin role's BLS ratio by the elasticity of survey pay to BLS medians across the fitted roles", () => {
    // Survey: ML engineers earn 200k ÷ 150k = 4/3 of data scientists where BLS says 16/9: β = ln(4/3) ÷ ln(16/9) = 0.5.
    const bls = { "15-2051": 90_000, "15-1252": 160_000, "15-1221": 360_000 };
    const anchored = fitSurvey(syntheticRows(), defaultCatalog, { shrink: 0, minSpreadRows: 100, roleAnchors: { blsMedians: bls, anchorRole: "data-scientist" } });
    expect(anchored.roleElasticity).toBeCloseTo(0.5, 6);
    const priced = CatalogSchema.parse(applyFit(defaultCatalogInput, anchored, { blsMedians: bls, settings: { growth: 0.05, minSpreadRows: 100 } }));
    const rs = priced.roles.find((r) => r.id === "research-scientist")!.benchmark;
    // data scientist 157,500 in the reference year × (360k ÷ 90k)^0.5 = 315,000, where β = 1 would give 630,000.
    expect(rs).toMatchObject({ value: 315_000, source: "bls-oews-ratio" });
    expect(rs.note).toMatch(/\^0\.5, β the elasticity/);
  });

  it("shrinks a role with few rows toward its BLS-anchored prior, not toward the overall level", () => {
    const bls = { "15-2051": 90_000, "15-1252": 160_000 };
    const ds = syntheticRows().filter((r) => r.jobTitle === "Data Scientist");
    const ml = syntheticRows([2023], [1]).filter((r) => r.jobTitle === "Machine Learning Engineer" && r.experienceLevel === "SE" && r.employeeResidence === "US").slice(0, 3);
    const options = { shrink: { role: 10 }, minSpreadRows: 100 } as const;
    const ratio = (f: ReturnType<typeof fitSurvey>): number => f.roles["ml-engineer"]!.benchmark / f.roles["data-scientist"]!.benchmark;
    const anchored = fitSurvey([...ds, ...ml], defaultCatalog, { ...options, roleAnchors: { blsMedians: bls, anchorRole: "data-scientist" } });
    const plain = fitSurvey([...ds, ...ml], defaultCatalog, options);
    // Three rows at 4/3 of data scientists; the prior (16/9)^β, β fitted near 0.5, is near 4/3 too, so pooling keeps it there.
    expect(ratio(anchored)).toBeGreaterThan(1.25);
    expect(ratio(anchored)).toBeLessThan(1.45);
    // Toward the overall level instead, three rows against k = 10 keep less than a third of the gap.
    expect(ratio(plain)).toBeLessThan(1.15);
  });

  it("prices a thin role that names a proxy as the proxy's benchmark × its premium, with a lower reliability", () => {
    const withProxy: CatalogInput = {
      ...defaultCatalogInput,
      roles: defaultCatalogInput.roles.map((r) =>
        r.id === "inference-optimization-engineer"
          ? { ...r, proxy: { role: "ml-engineer", premium: { value: 1.1, source: "pay-structure-judgement", note: "test premium" } } }
          : r,
      ),
    };
    const priced = CatalogSchema.parse(applyFit(withProxy, fit, { blsMedians, settings: { growth: 0.05 } }));
    const ioe = priced.roles.find((r) => r.id === "inference-optimization-engineer")!.benchmark;
    expect(ioe).toMatchObject({ value: 231_000, source: "role-proxy" });
    expect(ioe.note).toMatch(/ml-engineer benchmark 210000 × premium 1.1/);
    const reliability = (id: string) => priced.sources.find((s) => s.id === id)!.reliability;
    expect(reliability("role-proxy")).toBeLessThan(reliability("survey-fit"));
    expect(reliability("bls-oews-ratio")).toBeLessThan(reliability("survey-fit"));
  });

  it("writes level and region range scales next to the role spreads", () => {
    expect(next.levels.find((l) => l.id === "junior")!.spreadScale).toMatchObject({ value: 1, source: "survey-fit" });
    expect(next.locations.find((l) => l.id === "gb")!.spreadScale).toMatchObject({ value: 1, source: "survey-fit" });
    expect(next.locations.find((l) => l.id === "us-sf-bay-area")!.spreadScale).toBeUndefined();
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
