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

  it("uses the nearest market year and warns when the year is outside the index", () => {
    const e = estimate({ role: "ml-engineer", level: "senior", location: "us", year: 2030 }, catalog);
    expect(e.warnings).toContain("no market index for 2030; used 2025");
    expect(e.year).toBe(2030);
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
