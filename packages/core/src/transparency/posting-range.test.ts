import { describe, expect, it } from "vitest";
import { BandPolicySchema } from "../bands/schema.js";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { ProfileError } from "../valuation/profile-error.js";
import { formatAmount, postingRange, roundingStep, roundRangeInward, suggestJurisdiction } from "./posting-range.js";
import { JurisdictionRuleSchema, type JurisdictionRule, type JurisdictionRuleInput } from "./schema.js";

const rule = (input: Partial<JurisdictionRuleInput> & { id: string }): JurisdictionRule =>
  JurisdictionRuleSchema.parse({
    name: input.id.toUpperCase(),
    law: `Law ${input.id}`,
    source: "law",
    effectiveFrom: "2025-01-01",
    appliesTo: {},
    minEmployees: null,
    timing: "posting",
    disclose: { bonus: "none", equity: "none", benefits: "none" },
    maxRangeWidth: null,
    summary: "A range in every posting.",
    ...input,
  });

const policy = BandPolicySchema.parse({});
const job = { roleId: "ml-engineer", levelId: "senior", locationId: "us" };

describe("roundingStep and roundRangeInward", () => {
  it("picks a step by magnitude and rounds the edges inward", () => {
    expect([9_999, 10_000, 999_999, 1_000_000, 12_000_000].map(roundingStep)).toEqual([100, 1_000, 1_000, 10_000, 100_000]);
    expect(roundRangeInward({ min: 166_666.67, max: 233_333.33 }, 1_000)).toEqual({ min: 167_000, max: 233_000 });
    // Exact multiples stay; a range too narrow for the step keeps whole units.
    expect(roundRangeInward({ min: 80_000, max: 112_000 }, 1_000)).toEqual({ min: 80_000, max: 112_000 });
    expect(roundRangeInward({ min: 100_100.4, max: 100_900.6 }, 1_000)).toEqual({ min: 100_100, max: 100_901 });
  });

  it("formats whole amounts with thousands separators", () => {
    expect(formatAmount(1_234_567.4, "INR")).toBe("INR 1,234,567");
    expect(formatAmount(950, "EUR")).toBe("EUR 950");
  });
});

describe("postingRange", () => {
  it("gives the team's band rounded inward, in the base currency for a US job (hand-computed)", () => {
    // Fixture: ML engineer senior at the reference location, base p50 200,000; spread 0.4 →
    // min = 200,000 × 2 ÷ 2.4 = 166,666.67, max = 233,333.33 → rounded inward to 167,000–233,000.
    const p = postingRange(job, rule({ id: "us-ca" }), policy, catalog);
    expect(p.band.min).toBeCloseTo(166_666.667, 2);
    expect(p.band.max).toBeCloseTo(233_333.333, 2);
    expect(p.range).toEqual({ min: 167_000, max: 233_000 });
    expect(p.currency).toBe("USD");
    expect(p.isPicked).toBe(false);
    expect(p.bonus).toEqual({ disclosure: "none", text: null });
    expect(p.text).toBe(
      ["ML engineer, Senior — United States", "Pay range: USD 167,000 – 233,000 a year (base salary).", "Range given under US-CA (Law us-ca)."].join("\n"),
    );
  });

  it("turns the band into the location's currency and states bonus and equity when the rule asks (hand-computed)", () => {
    // gb: factor 0.6, GBP 0.8 per USD → mid 200,000 × 0.6 × 0.8 = 96,000 GBP; min 80,000, max 112,000.
    // Senior bonus target 10 %, equity 20 % of base → equity at mid 19,200 → "about GBP 19,000".
    const eu = rule({ id: "eu", disclose: { bonus: "state", equity: "state", benefits: "describe" }, timing: "before-interview" });
    const p = postingRange({ ...job, locationId: "gb" }, eu, policy, catalog);
    expect(p.currency).toBe("GBP");
    expect(p.band.mid).toBeCloseTo(96_000, 6);
    expect(p.range).toEqual({ min: 80_000, max: 112_000 });
    expect(p.bonusTargetPercent).toBeCloseTo(10, 9);
    expect(p.equityAtMid).toBeCloseTo(19_200, 6);
    expect(p.bonus.text).toBe("Bonus: target 10 % of base salary a year, paid on performance.");
    expect(p.equity.text).toBe("Equity: a grant worth about GBP 19,000 a year at the middle of the range, vesting over the plan's schedule.");
    expect(p.benefits.text).toMatch(/^Benefits: /);
    expect(p.lines).toHaveLength(6);
  });

  it("describes bonus and equity without figures for a rule that asks for a general description", () => {
    const co = rule({ id: "us-co", disclose: { bonus: "describe", equity: "describe", benefits: "describe" } });
    const p = postingRange(job, co, policy, catalog);
    expect(p.bonus.text).toBe("Bonus: eligible for a yearly performance bonus (target 10 % of base salary).");
    expect(p.equity.text).toBe("Equity: eligible for an equity grant (shares or options) vesting over the plan's schedule.");
  });

  it("follows the team's policy: a wider spread and a higher midpoint percentile move the band", () => {
    const wide = postingRange(job, rule({ id: "x" }), BandPolicySchema.parse({ spread: { ic: 0.5 } }), catalog);
    // mid 200,000, spread 0.5 → min 160,000, max 240,000.
    expect(wide.range).toEqual({ min: 160_000, max: 240_000 });
    const p75 = postingRange(job, rule({ id: "x" }), BandPolicySchema.parse({ midpointPercentile: 75 }), catalog);
    expect(p75.band.mid).toBeGreaterThan(200_000);
  });

  it("keeps a narrower range the manager picks inside the band, and refuses one outside it naming the edge", () => {
    const p = postingRange({ ...job, range: { min: 180_000.4, max: 210_000 } }, rule({ id: "x" }), policy, catalog);
    expect(p.range).toEqual({ min: 180_000, max: 210_000 });
    expect(p.isPicked).toBe(true);
    const low = (): unknown => postingRange({ ...job, range: { min: 150_000, max: 210_000 } }, rule({ id: "x" }), policy, catalog);
    expect(low).toThrow(ProfileError);
    expect(low).toThrow("range.min: must not be below the band's minimum, USD 166,667");
    expect(() => postingRange({ ...job, range: { min: 180_000, max: 240_000 } }, rule({ id: "x" }), policy, catalog)).toThrow(
      "range.max: must not be above the band's maximum, USD 233,333",
    );
    expect(() => postingRange({ ...job, range: { min: 200_000, max: 200_000 } }, rule({ id: "x" }), policy, catalog)).toThrow(
      "range.max: must be more than the minimum",
    );
  });

  it("narrows a range wider than the law allows around its centre, converting the cap's currency (hand-computed)", () => {
    // Cap GBP 40,000 = USD 50,000 (0.8 GBP per USD). Band 167,000–233,000 (66,000 wide), centre 200,000 → 175,000–225,000.
    const capped = rule({ id: "capped", maxRangeWidth: { amount: 40_000, currency: "GBP", exemptAbove: 400_000 } });
    const p = postingRange(job, capped, policy, catalog);
    expect(p.range).toEqual({ min: 175_000, max: 225_000 });
    expect(p.adjustments).toEqual(["Narrowed from USD 167,000 – USD 233,000 to USD 50,000 wide, the most CAPPED allows."]);
    // A range within the cap is left as it is.
    const narrow = postingRange({ ...job, range: { min: 190_000, max: 230_000 } }, capped, policy, catalog);
    expect(narrow.range).toEqual({ min: 190_000, max: 230_000 });
    expect(narrow.adjustments).toEqual([]);
  });

  it("does not apply a width cap above its exemption, and says so", () => {
    const exempt = rule({ id: "on", maxRangeWidth: { amount: 50_000, currency: "USD", exemptAbove: 200_000 } });
    const p = postingRange(job, exempt, policy, catalog);
    expect(p.range).toEqual({ min: 167_000, max: 233_000 });
    expect(p.adjustments[0]).toContain("does not apply");
  });

  it("names the field of an unknown id", () => {
    expect(() => postingRange({ ...job, roleId: "astronaut" }, rule({ id: "x" }), policy, catalog)).toThrow('roleId: unknown role "astronaut"');
    expect(() => postingRange({ ...job, locationId: "mars" }, rule({ id: "x" }), policy, catalog)).toThrow('locationId: unknown location "mars"');
  });
});

describe("suggestJurisdiction", () => {
  const rules = [rule({ id: "us-ca", appliesTo: { locations: ["us-sf"] } }), rule({ id: "eu", appliesTo: { countries: ["GB"] } })];
  it("prefers a rule naming the location, then one naming its country", () => {
    expect(suggestJurisdiction("us-sf", rules, catalog)?.id).toBe("us-ca");
    expect(suggestJurisdiction("gb", rules, catalog)?.id).toBe("eu");
    expect(suggestJurisdiction("us", rules, catalog)).toBeNull();
    expect(suggestJurisdiction("mars", rules, catalog)).toBeNull();
  });
});
