import { PayTransparencyRulesSchema, postingRange, BandPolicySchema, suggestJurisdiction } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog, payTransparencyRules, payTransparencyRulesInput } from "./index.js";

const byId = new Map(payTransparencyRules.rules.map((r) => [r.id, r]));
const policy = BandPolicySchema.parse({});

describe("the pay-transparency rules", () => {
  it("validate with core's schema, every rule citing a published law among the catalog's sources", () => {
    const result = PayTransparencyRulesSchema.safeParse(payTransparencyRulesInput);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    const catalogSources = new Map(defaultCatalog.sources.map((s) => [s.id, s]));
    for (const rule of payTransparencyRules.rules) {
      expect(catalogSources.get(rule.source)?.kind, rule.id).toBe("published");
      if (rule.reading) expect(catalogSources.get(rule.reading.source)?.kind, rule.id).toBe("judgement");
    }
  });

  it("cover the EU directive and the US states the product names, each with its law reference", () => {
    expect([...byId.keys()]).toEqual(expect.arrayContaining(["eu", "us-ca", "us-ny", "us-nyc", "us-wa", "us-co", "us-il"]));
    expect(byId.get("eu")!.law).toMatch(/2023\/970.*art\. 5.*art\. 9.*art\. 10/);
    expect(byId.get("eu")!.reporting).toEqual({ minEmployees: 100, jointAssessmentGap: 5 });
    expect(byId.get("us-ca")!.law).toContain("432.3");
    expect(byId.get("us-ca")!.minEmployees).toBe(15);
    expect(byId.get("us-ny")!.law).toContain("194-b");
    expect(byId.get("us-nyc")!.law).toContain("Local Law 32 of 2022");
    expect(byId.get("us-wa")!.law).toContain("49.58.110");
    expect(byId.get("us-co")!.law).toContain("8-5-201");
    expect(byId.get("us-il")!.law).toContain("103-0539");
  });

  it("say so where a law sets no maximum width, and invent none", () => {
    for (const rule of payTransparencyRules.rules) {
      if (rule.maxRangeWidth === null) expect(rule.summary, rule.id).toMatch(/no maximum width/);
    }
    expect(payTransparencyRules.rules.filter((r) => r.maxRangeWidth !== null).map((r) => r.id)).toEqual(["ca-on"]);
  });

  it("ask for benefits and other compensation where the law does (Washington, Colorado, Illinois) and not in California or New York", () => {
    for (const id of ["us-wa", "us-co", "us-il"]) expect(byId.get(id)!.disclose).toEqual({ bonus: "describe", equity: "describe", benefits: "describe" });
    for (const id of ["us-ca", "us-ny", "us-nyc"]) expect(byId.get(id)!.disclose).toEqual({ bonus: "none", equity: "none", benefits: "none" });
  });

  it("suggest the rule of a job's location from the default catalog's locations", () => {
    const rules = payTransparencyRules.rules;
    expect(suggestJurisdiction("us-seattle", rules, defaultCatalog)?.id).toBe("us-wa");
    expect(suggestJurisdiction("us-new-york", rules, defaultCatalog)?.id).toBe("us-nyc");
    expect(suggestJurisdiction("de", rules, defaultCatalog)?.id).toBe("eu");
    expect(suggestJurisdiction("us-dallas", rules, defaultCatalog)).toBeNull();
    for (const rule of rules) for (const loc of rule.appliesTo.locations) expect(defaultCatalog.locations.some((l) => l.id === loc), loc).toBe(true);
  });

  it("price a posting on the default catalog: a German job in euros under the directive, a Canadian one held to Ontario's CAD 50,000", () => {
    const de = postingRange({ roleId: "ml-engineer", levelId: "senior", locationId: "de" }, byId.get("eu")!, policy, defaultCatalog);
    expect(de.currency).toBe("EUR");
    expect(de.range.min % 1_000).toBe(0);
    expect(de.range.min).toBeGreaterThanOrEqual(de.band.min);
    expect(de.range.max).toBeLessThanOrEqual(de.band.max);
    expect(de.bonus.text).toMatch(/^Bonus: target/);
    // A junior ML engineer's band in Canada is wider than CAD 50,000 and tops out under CAD 200,000: narrowed to the cap.
    const on = postingRange({ roleId: "ml-engineer", levelId: "junior", locationId: "ca" }, byId.get("ca-on")!, policy, defaultCatalog);
    expect(on.currency).toBe("CAD");
    expect(on.band.max - on.band.min).toBeGreaterThan(50_000);
    expect(on.range.max).toBeLessThanOrEqual(200_000);
    expect(on.range.max - on.range.min).toBe(50_000);
    expect(on.adjustments).toHaveLength(1);
  });
});
