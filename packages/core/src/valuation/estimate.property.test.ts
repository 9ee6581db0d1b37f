import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "../profile/schema.js";
import { parseProfile } from "../profile/parse-profile.js";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { estimate } from "./estimate.js";
import type { Estimate } from "./types.js";

const ids = <T extends { id: string }>(items: readonly T[]): string[] => items.map((i) => i.id);

const profileArb: fc.Arbitrary<Profile> = fc.record(
  {
    role: fc.constantFrom(...ids(catalog.roles)),
    level: fc.constantFrom(...ids(catalog.levels)),
    location: fc.constantFrom(...ids(catalog.locations)),
    arrangement: fc.constantFrom("onsite", "hybrid", "remote" as const),
    remotePolicy: fc.constantFrom(...ids(catalog.remotePolicies)),
    industry: fc.constantFrom(...ids(catalog.industries)),
    stage: fc.constantFrom(...ids(catalog.stages)),
    companySize: fc.constantFrom("S", "M", "L" as const),
    skills: fc.uniqueArray(fc.constantFrom(...ids(catalog.skills))),
    credentials: fc.uniqueArray(fc.constantFrom(...ids(catalog.credentials))),
    year: fc.integer({ min: 2023, max: 2025 }),
    currency: fc.constantFrom("USD", "GBP", "INR"),
    // Confidences as normalizeTitle gives them: 0.25 (a fallback with no known word) to 0.95.
    roleMatch: fc.record({ confidence: fc.double({ min: 0.25, max: 0.95, noNaN: true }), fallback: fc.boolean() }),
  },
  { requiredKeys: ["role", "level", "location"] },
);

const amounts = (e: Estimate): number[] =>
  [e.base, e.bonus, e.equity, e.total].flatMap((r) => [r.p25, r.p50, r.p75]).concat(e.breakdown.map((c) => c.amount));

describe("estimate invariants", () => {
  it("orders p25 ≤ p50 ≤ p75 for every component", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = estimate(profile, catalog);
        for (const r of [e.base, e.bonus, e.equity, e.total]) {
          expect(r.p25).toBeLessThanOrEqual(r.p50);
          expect(r.p50).toBeLessThanOrEqual(r.p75);
        }
      }),
    );
  });

  it("adds base, bonus and equity up to total at p50", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = estimate(profile, catalog);
        expect(e.base.p50 + e.bonus.p50 + e.equity.p50).toBe(e.total.p50);
      }),
    );
  });

  it("adds the breakdown up to the total", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = estimate(profile, catalog);
        const parts = e.breakdown.reduce((s, c) => s + c.amount, e.benchmark.total);
        expect(Math.abs(parts - e.total.p50)).toBeLessThanOrEqual(e.total.p50 * 1e-12);
      }),
    );
  });

  it("never lowers any amount for a higher level, other factors equal", () => {
    const levels = [...catalog.levels].sort((a, b) => a.rank - b.rank);
    fc.assert(
      fc.property(profileArb, fc.nat(levels.length - 2), (profile, i) => {
        const lower = levels[i]!;
        const higher = levels.slice(i + 1).find((l) => l.rank > lower.rank);
        if (!higher) return;
        const a = estimate({ ...profile, level: lower.id }, catalog, { breakdown: false, levers: false });
        const b = estimate({ ...profile, level: higher.id }, catalog, { breakdown: false, levers: false });
        for (const key of ["base", "bonus", "equity", "total"] as const) {
          expect(b[key].p25).toBeGreaterThanOrEqual(a[key].p25);
          expect(b[key].p50).toBeGreaterThanOrEqual(a[key].p50);
          expect(b[key].p75).toBeGreaterThanOrEqual(a[key].p75);
        }
      }),
    );
  });

  it("produces no NaN, Infinity or negative amount", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const e = estimate(profile, catalog);
        for (const [i, value] of amounts(e).entries()) {
          expect(Number.isFinite(value), `amount ${i}`).toBe(true);
          if (i < 12) expect(value).toBeGreaterThanOrEqual(0);
        }
        expect(e.confidence.score).toBeGreaterThan(0);
        expect(e.confidence.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("keeps a fallback role's confidence low and its ranges at least as wide as the chosen role's", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const chosen = estimate({ ...profile, roleMatch: undefined }, catalog, { breakdown: false, levers: false });
        const guessed = estimate({ ...profile, roleMatch: { confidence: profile.roleMatch?.confidence ?? 0.4, fallback: true } }, catalog, {
          breakdown: false,
          levers: false,
        });
        expect(guessed.confidence.score).toBeLessThanOrEqual(0.45);
        expect(guessed.confidence.label).toBe("low");
        expect(guessed.total.p50).toBe(chosen.total.p50);
        for (const key of ["base", "bonus", "equity", "total"] as const) {
          expect(guessed[key].p25).toBeLessThanOrEqual(chosen[key].p25);
          expect(guessed[key].p75).toBeGreaterThanOrEqual(chosen[key].p75);
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(estimate(profile, catalog)).toEqual(estimate(structuredClone(profile), catalog));
      }),
    );
  });

  it("rejects invalid profiles with the field path", () => {
    const badField = fc.oneof(
      fc.record({ field: fc.constant("level"), value: fc.oneof(fc.integer(), fc.constant("wizard"), fc.constant("")) }),
      fc.record({
        field: fc.constant("year"),
        value: fc.oneof(fc.double({ noInteger: true }), fc.constant(Number.NaN), fc.constant(1900), fc.constant("2024"), fc.constant(2022), fc.constant(2026)),
      }),
      fc.record({ field: fc.constant("roleMatch"), value: fc.constantFrom({ confidence: 2, fallback: true }, { confidence: 0.5 }, "fallback") }),
      fc.record({ field: fc.constant("skills"), value: fc.oneof(fc.constant("rag"), fc.constant([1]), fc.constant(["not-a-skill"])) }),
      fc.record({ field: fc.constant("companySize"), value: fc.constantFrom("XL", 3, null) }),
      fc.record({ field: fc.constant("arrangement"), value: fc.constantFrom("office", 50) }),
      fc.record({ field: fc.constant("location"), value: fc.constantFrom("atlantis", "US", undefined) }),
    );
    fc.assert(
      fc.property(profileArb, badField, (profile, bad) => {
        const result = parseProfile({ ...profile, [bad.field]: bad.value }, catalog);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.some((i) => i.path === bad.field || i.path.startsWith(`${bad.field}.`))).toBe(true);
      }),
    );
  });
});
