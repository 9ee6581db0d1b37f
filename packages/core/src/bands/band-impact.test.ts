import { describe, expect, it } from "vitest";
import { CatalogSchema } from "../catalog/schema.js";
import { fixtureCatalog as catalog, fixtureCatalogInput } from "../testing/fixture-catalog.js";
import { ProfileError } from "../valuation/profile-error.js";
import { bandImpact } from "./band-impact.js";
import { RosterMemberSchema, type RosterMember, type RosterMemberInput } from "./schema.js";

const member = (input: Partial<RosterMemberInput> & { employeeId: string; base: number }): RosterMember =>
  RosterMemberSchema.parse({ name: input.employeeId, roleId: "ml-engineer", levelId: "senior", locationId: "us", ...input });

// Catalog B: ML engineers' benchmark +10 %, the manager level 1.3 → 1.43 (+10 % more), no India.
const next = CatalogSchema.parse({
  ...fixtureCatalogInput,
  version: "fixture-2",
  roles: fixtureCatalogInput.roles.map((r) => (r.id === "ml-engineer" ? { ...r, benchmark: { value: 220_000, source: "fit" } } : r)),
  levels: fixtureCatalogInput.levels.map((l) => (l.id === "manager" ? { ...l, multiplier: { value: 1.43, source: "fit" } } : l)),
  locations: fixtureCatalogInput.locations.filter((l) => l.id !== "in"),
});

const team: RosterMember[] = [
  member({ employeeId: "E1", base: 180_000 }), // A: 166,667–233,333 in; B: 183,333–256,667 below
  member({ employeeId: "E2", base: 150_000 }), // below in both
  member({ employeeId: "E3", levelId: "manager", locationId: "us-sf", base: 400_000 }), // A: max 390k above; B: max 471,900 in
  member({ employeeId: "E4", roleId: "data-scientist", base: 150_000 }), // unchanged
  member({ employeeId: "E5", locationId: "in", base: 60_000 }), // gone from B
];

describe("bandImpact", () => {
  const impact = bandImpact(team, {}, catalog, next);

  it("reports each person's band and status under both catalogs", () => {
    expect(impact.catalogVersions).toEqual({ from: "fixture-1", to: "fixture-2" });
    const e1 = impact.people[0]!;
    expect([e1.from!.status, e1.to!.status, e1.isStatusChanged]).toEqual(["in", "below", true]);
    expect(e1.midpointChange).toBeCloseTo(20_000, 6);
    expect(e1.midpointChangePercent).toBeCloseTo(10, 10);
    expect(e1.to!.base.min).toBeCloseTo(183_333.33, 2);
    expect(impact.people[3]!.midpointChange).toBe(0);
  });

  it("counts status changes and finds the average and largest midpoint change", () => {
    expect(impact.statusChanges).toEqual([
      { from: "in", to: "below", count: 1 },
      { from: "above", to: "in", count: 1 },
    ]);
    expect(impact.changedStatusCount).toBe(2);
    // Midpoints: +20k (10 %), +20k (10 %), 325k → 393,250 (+21 %), 0 (0 %).
    expect(impact.averageMidpointChange!.amount).toBeCloseTo((20_000 + 20_000 + 68_250) / 4, 6);
    expect(impact.averageMidpointChange!.percent).toBeCloseTo((10 + 10 + 21) / 4, 10);
    expect(impact.largestMidpointChange!.employeeId).toBe("E3");
    expect(impact.largestMidpointChange!.percent).toBeCloseTo(21, 10);
  });

  it("lists a person the new catalog cannot price instead of failing", () => {
    const e5 = impact.people[4]!;
    expect(e5.from).not.toBeNull();
    expect(e5.to).toBeNull();
    expect(e5.midpointChange).toBeNull();
    expect(impact.unpriced).toEqual([{ employeeId: "E5", catalog: "to", path: ["members", 4, "locationId"], reason: 'unknown location "in" (employee E5)' }]);
  });

  it("still rejects a repeated employee id", () => {
    expect(() => bandImpact([...team, member({ employeeId: "E1", base: 1 })], {}, catalog, next)).toThrow(ProfileError);
  });
});
