import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "../testing/fixture-catalog.js";
import { estimate } from "../valuation/estimate.js";
import { profileImpact, type SampleProfile } from "./profile-impact.js";

const samples: SampleProfile[] = [
  { id: "secure-ml", label: "Senior ML engineer with AI security", profile: { role: "ml-engineer", level: "senior", location: "us", skills: ["ai-security"] } },
  { id: "plain-pm", label: "Mid AI product manager", profile: { role: "ai-product-manager", level: "mid", location: "gb" } },
  { id: "indian-ds", label: "Junior data scientist in India", profile: { role: "data-scientist", level: "junior", location: "in" } },
];

describe("profileImpact", () => {
  it("reports no movement between a catalog and itself", () => {
    const impact = profileImpact(samples, fixtureCatalog, fixtureCatalog);
    expect(impact).toMatchObject({ changed: 0, averageChange: 0, largestChange: 0 });
    expect(impact.profiles.map((p) => p.change)).toEqual([0, 0, 0]);
  });

  it("moves only the profiles holding a skill whose premium rose, by the estimate's difference", () => {
    const after = structuredClone(fixtureCatalog);
    after.skills[1]!.premium.value = 0.24;
    const impact = profileImpact(samples, fixtureCatalog, after);
    const expected = estimate(samples[0]!.profile, after).total.p50 - estimate(samples[0]!.profile, fixtureCatalog).total.p50;
    expect(expected).toBeGreaterThan(0);
    expect(impact.profiles[0]).toMatchObject({ id: "secure-ml", change: expected, error: null });
    expect(impact.profiles[0]!.ratio).toBeCloseTo(expected / impact.profiles[0]!.before!, 12);
    expect(impact.profiles.slice(1).map((p) => p.change)).toEqual([0, 0]);
    expect(impact).toMatchObject({ changed: 1, largestChange: expected });
    expect(impact.averageChange).toBeCloseTo(expected / 3, 6);
  });

  it("names a profile that one side cannot price instead of failing", () => {
    const after = structuredClone(fixtureCatalog);
    after.locations = after.locations.filter((l) => l.id !== "in");
    const impact = profileImpact(samples, fixtureCatalog, after);
    expect(impact.profiles[2]).toMatchObject({ after: null, change: null, error: 'location: unknown location "in"' });
    expect(impact.profiles[2]!.before).toBeGreaterThan(0);
    expect(impact.changed).toBe(0);
  });
});
