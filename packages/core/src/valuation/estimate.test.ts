import { describe, expect, it } from "vitest";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { estimate } from "./estimate.js";
import { ProfileError } from "./profile-error.js";

const sum = (xs: readonly { amount: number }[]): number => xs.reduce((s, x) => s + x.amount, 0);

describe("estimate", () => {
  it("prices the reference profile at the role's benchmark", () => {
    const e = estimate({ role: "ml-engineer", level: "senior", location: "us" }, catalog);
    // senior, public: bonus 10 %, equity 20 % of base
    expect(e.base).toEqual({ p25: 160_000, p50: 200_000, p75: 250_000 });
    expect(e.bonus.p50).toBeCloseTo(20_000, 6);
    expect(e.equity.p50).toBeCloseTo(40_000, 6);
    expect(e.total.p50).toBeCloseTo(260_000, 6);
    expect(e.benchmark).toEqual({ base: 200_000, total: 260_000 });
    expect(e.breakdown.every((c) => Math.abs(c.amount) < 1e-6)).toBe(true);
    expect(e.catalogVersion).toBe("fixture-1");
  });

  it("multiplies level, skills, location, stage and year as hand-computed", () => {
    const e = estimate(
      {
        role: "ml-engineer",
        level: "staff",
        location: "us-sf",
        stage: "growth",
        skills: ["llm-fine-tuning", "ai-security"],
        year: 2025,
      },
      catalog,
    );
    // skills in 2025: fine-tuning 0.1 × 1.1 = 0.11 (relevance 1); ai-security 0.12 × 1.05 × 0.8 = 0.1008
    // sorted, second at decay 0.5: 0.11 + 0.0504 = 0.1604
    const base = 200_000 * 1.25 * 1.1604 * 1.25 * 0.95 * 1.03;
    expect(e.base.p50).toBeCloseTo(base, 6);
    // staff at growth: bonus 0.15 × 0.5; equity 0.35 × 1.2 × (1 − 0.4)
    expect(e.bonus.p50).toBeCloseTo(base * 0.075, 6);
    expect(e.equity.p50).toBeCloseTo(base * 0.252, 6);
    expect(e.total.p50).toBeCloseTo(base * 1.327, 6);
    expect(e.total.p25).toBeCloseTo(base * 0.8 + base * 0.075 * 0.8 + base * 0.252 * 0.5, 6);
  });

  it("splits the gap to the benchmark by factor, adding up to the total", () => {
    const e = estimate(
      { role: "research-scientist", level: "director", location: "gb", stage: "seed", credentials: ["phd", "publications"], industry: "finance" },
      catalog,
    );
    expect(e.benchmark.total + sum(e.breakdown)).toBeCloseTo(e.total.p50, 8);
    const byFactor = Object.fromEntries(e.breakdown.map((c) => [c.factor, c]));
    expect(byFactor.location!.amount).toBeLessThan(0);
    expect(byFactor.level!.amount).toBeGreaterThan(0);
    expect(byFactor.credentials!.multiplier).toBeCloseTo(1 + 0.1 + 0.05 * 0.5, 12);
    expect(byFactor["market-year"]!.amount).toBe(0);
    const product = e.breakdown.reduce((p, c) => p * c.multiplier, 1);
    expect(e.benchmark.total * product).toBeCloseTo(e.total.p50, 6);
  });

  it("pays a remote worker by the employer's remote policy", () => {
    const banded = estimate({ role: "ml-engineer", level: "senior", location: "gb", arrangement: "remote", remotePolicy: "location-banded" }, catalog);
    const global = estimate({ role: "ml-engineer", level: "senior", location: "gb", arrangement: "remote", remotePolicy: "global-premium" }, catalog);
    expect(banded.base.p50).toBeCloseTo(200_000 * 0.6 * 0.97, 6);
    expect(global.base.p50).toBeCloseTo(200_000 * 1.1 * 0.97, 6);
    const onsite = estimate({ role: "ml-engineer", level: "senior", location: "us-sf", remotePolicy: "national-standard" }, catalog);
    expect(onsite.warnings).toEqual(['remote policy "national-standard" applies to remote work only; ignored']);
    expect(onsite.base.p50).toBeCloseTo(250_000, 6);
  });

  it("boosts security skills in a regulated industry", () => {
    const software = estimate({ role: "data-scientist", level: "senior", location: "us", skills: ["ai-security"] }, catalog);
    const finance = estimate({ role: "data-scientist", level: "senior", location: "us", skills: ["ai-security"], industry: "finance" }, catalog);
    expect(software.base.p50).toBeCloseTo(150_000 * (1 + 0.12 * 0.8), 6);
    expect(finance.base.p50).toBeCloseTo(150_000 * (1 + 0.12 * 0.8 * 1.5) * 1.1, 6);
  });

  it("converts to a requested currency", () => {
    const e = estimate({ role: "ml-engineer", level: "senior", location: "gb", currency: "GBP" }, catalog);
    expect(e.currency).toBe("GBP");
    expect(e.base.p50).toBeCloseTo(200_000 * 0.6 * 0.8, 6);
    expect(e.benchmark.base).toBeCloseTo(160_000, 6);
  });

  it("lists the three biggest levers, one per kind, best first", () => {
    const e = estimate({ role: "ml-engineer", level: "mid", location: "us" }, catalog);
    expect(e.levers).toHaveLength(3);
    expect(e.levers.map((l) => l.kind)).toEqual(["level", "location", "skill"]);
    const [level, location, skill] = e.levers;
    // mid → senior: 200k × 1.3 vs 160k × (1 + 0.08 + 0.1)
    expect(level!.gain).toBeCloseTo(260_000 - 160_000 * 1.18, 6);
    expect(location).toMatchObject({ id: "us-sf" });
    expect(location!.gain).toBeCloseTo(160_000 * 1.18 * 0.25, 6);
    expect(skill).toMatchObject({ id: "llm-fine-tuning" });
    expect(skill!.gain).toBeCloseTo(160_000 * 1.18 * 0.1, 6);
    for (const lever of e.levers) expect(lever.total).toBeCloseTo(e.total.p50 + lever.gain, 6);
  });

  it("offers no lever that lowers pay", () => {
    const e = estimate(
      { role: "ml-engineer", level: "director", location: "us-sf", industry: "finance", skills: ["llm-fine-tuning", "ai-security", "prompt-engineering"] },
      catalog,
    );
    expect(e.levers.every((l) => l.gain > 0)).toBe(true);
    expect(e.levers.some((l) => l.kind === "level" || l.kind === "industry" || l.kind === "location")).toBe(false);
  });

  it("lowers confidence for judgement figures and names them", () => {
    const fitted = estimate({ role: "ml-engineer", level: "senior", location: "us" }, catalog);
    const judged = estimate({ role: "data-scientist", level: "senior", location: "in", industry: "public-sector", stage: "seed" }, catalog);
    expect(fitted.confidence.label).toBe("high");
    expect(judged.confidence.score).toBeLessThan(fitted.confidence.score);
    expect(judged.confidence.weakest[0]).toBe("Data scientist benchmark");
  });

  it("rejects unknown ids with the field path", () => {
    const call = (): unknown => estimate({ role: "ml-engineer", level: "senior", location: "us", skills: ["x", "rag"] }, catalog);
    expect(call).toThrow(ProfileError);
    expect(call).toThrow(expect.objectContaining({ path: ["skills", 0] }));
    expect(() => estimate({ role: "wizard", level: "senior", location: "us" }, catalog)).toThrow(
      expect.objectContaining({ path: ["role"], reason: 'unknown role "wizard"' }),
    );
    expect(() => estimate({ role: "ml-engineer", level: "senior", location: "us", currency: "JPY" }, catalog)).toThrow(
      expect.objectContaining({ path: ["currency"] }),
    );
  });

  it("refuses a year outside the catalog's market index, naming the field and the range", () => {
    for (const year of [2030, 2022, -5, 99_999_999_999, 3000]) {
      expect(() => estimate({ role: "ml-engineer", level: "senior", location: "us", year }, catalog)).toThrow(
        expect.objectContaining({ path: ["year"], reason: `must be a year from 2023 to 2025 (the catalog's market years), not ${year}` }),
      );
    }
    expect(() => estimate({ role: "ml-engineer", level: "senior", location: "us", year: 2024.5 }, catalog)).toThrow(
      expect.objectContaining({ path: ["year"], reason: "must be a year from 2023 to 2025 (the catalog's market years)" }),
    );
  });

  it("labels a year after the salary data a projection and lowers the confidence by 0.9 a year", () => {
    const profile = { role: "ml-engineer", level: "senior", location: "us" } as const;
    const data = estimate({ ...profile, year: 2024 }, catalog);
    const projected = estimate({ ...profile, year: 2025 }, catalog);
    expect(data.warnings).toEqual([]);
    expect(projected.warnings).toEqual([
      "2025 is a projection: the salary data end in 2024, and 2025's market index extends them by a stated trend; confidence × 0.90 (0.9 for each year past 2024)",
    ]);
    // The same figures but the index (weight 1 of 12: fit 0.9 → judge 0.4), then × 0.9 for the projection.
    const weights = 3 + 1 + 2 + 2 + 0.5 + 1 + 1 + 0.5 + 1;
    const expected = Math.exp(((weights - 1) * Math.log(0.9) + Math.log(0.4)) / weights) * 0.9;
    expect(data.confidence.score).toBeCloseTo(0.9, 12);
    expect(projected.confidence.score).toBeCloseTo(expected, 12);
    // A year before the reference year with fitted data is not a projection.
    expect(estimate({ ...profile, year: 2023 }, catalog).warnings).toEqual([]);
  });

  it("prices a year outside the index at the nearest one only when told to (the planner's projections)", () => {
    const e = estimate({ role: "ml-engineer", level: "senior", location: "us", year: 2030 }, catalog, { clampYear: true });
    expect(e.warnings).toContain("no market index for 2030; used 2025");
    expect(e.year).toBe(2030);
    expect(e.total.p50).toBeCloseTo(estimate({ role: "ml-engineer", level: "senior", location: "us", year: 2025 }, catalog).total.p50, 6);
  });

  it("skips breakdown and levers when not asked for, with the same amounts", () => {
    const profile = { role: "ml-engineer", level: "staff", location: "gb" } as const;
    const lean = estimate(profile, catalog, { breakdown: false, levers: false });
    expect(lean.breakdown).toEqual([]);
    expect(lean.levers).toEqual([]);
    expect(lean.total).toEqual(estimate(profile, catalog).total);
  });

  it("does not mutate its inputs", () => {
    const profile = { role: "ml-engineer", level: "staff", location: "gb", skills: ["prompt-engineering", "llm-fine-tuning"] };
    const before = JSON.stringify(profile);
    const catalogBefore = JSON.stringify(catalog);
    estimate(profile, catalog);
    expect(JSON.stringify(profile)).toBe(before);
    expect(JSON.stringify(catalog)).toBe(catalogBefore);
  });
});

describe("estimate of a role read from a job title", () => {
  const profile = { role: "ml-engineer", level: "senior", location: "us" } as const;
  const chosen = estimate(profile, catalog);
  // Core AI in the fixture: benchmarks 200k and 220k, so the between-role log variance is (ln 1.1 ÷ 2)².
  const familyVariance = (Math.log(1.1) / 2) ** 2;
  const z = 0.6744897501960817;
  const widened = (ratio: number, share: number): number => {
    const l = Math.log(ratio);
    return Math.exp(Math.sign(l) * Math.sqrt(l * l + z * z * share * familyVariance));
  };

  it("widens a fallback's ranges by the spread of pay across its family, keeping the median", () => {
    const e = estimate({ ...profile, roleMatch: { confidence: 0.4, fallback: true } }, catalog);
    expect(e.base.p50).toBe(chosen.base.p50);
    expect(e.base.p25).toBeCloseTo(200_000 * widened(0.8, 1), 6);
    expect(e.base.p75).toBeCloseTo(200_000 * widened(1.25, 1), 6);
    expect(e.bonus.p25).toBeCloseTo(20_000 * widened(0.8, 1), 6);
    expect(e.equity.p75).toBeCloseTo(40_000 * widened(1.5, 1), 6);
    expect(e.total.p25).toBeCloseTo(e.base.p25 + e.bonus.p25 + e.equity.p25, 6);
    expect(e.total.p25).toBeLessThan(chosen.total.p25);
    expect(e.total.p75).toBeGreaterThan(chosen.total.p75);
  });

  it("caps a fallback's confidence at 0.45, labels it low, names the guess first and says why", () => {
    const e = estimate({ ...profile, roleMatch: { confidence: 0.9, fallback: true } }, catalog);
    expect(chosen.confidence.label).toBe("high");
    expect(e.confidence).toMatchObject({ score: 0.45, label: "low" });
    expect(e.confidence.weakest[0]).toBe("role guessed from the job title");
    expect(e.warnings).toEqual([
      "the job title names no role the catalog knows, so this is priced as ML engineer, the likeliest role, with low confidence and ranges widened by how much pay differs between Core AI roles",
    ]);
    expect(estimate({ ...profile, roleMatch: { confidence: 0.25, fallback: true } }, catalog).confidence.score).toBe(0.25);
  });

  it("widens a loosely mapped title's range by 1 − confidence ÷ 0.95 of the family's spread and caps its confidence", () => {
    const loose = estimate({ ...profile, roleMatch: { confidence: 0.55, fallback: false } }, catalog);
    expect(loose.base.p25).toBeCloseTo(200_000 * widened(0.8, 1 - 0.55 / 0.95), 6);
    expect(loose.confidence.score).toBe(0.55);
    expect(loose.warnings).toEqual([]);
    const exact = estimate({ ...profile, roleMatch: { confidence: 0.95, fallback: false } }, catalog);
    expect(exact.base).toEqual(chosen.base);
    expect(exact.confidence).toEqual(chosen.confidence);
  });

  it("widens by the whole catalog's spread when the family has a single role", () => {
    const e = estimate({ role: "ai-product-manager", level: "senior", location: "us", roleMatch: { confidence: 0.4, fallback: true } }, catalog);
    const logs = catalog.roles.map((r) => Math.log(r.benchmark.value));
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const all = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length;
    const l = Math.log(0.8);
    expect(e.base.p25).toBeCloseTo(170_000 * Math.exp(-Math.sqrt(l * l + z * z * all)), 6);
  });
});
