import { describe, expect, it } from "vitest";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { ProfileError } from "../valuation/profile-error.js";
import { calibrateTeam } from "./calibrate-team.js";
import { payEquity } from "./pay-equity.js";
import { RosterMemberSchema, type RosterMember, type RosterMemberInput } from "./schema.js";

const member = (input: Partial<RosterMemberInput> & { employeeId: string; base: number }): RosterMember =>
  RosterMemberSchema.parse({ name: input.employeeId, roleId: "ml-engineer", levelId: "senior", locationId: "us", ...input });

const team: RosterMember[] = [
  member({ employeeId: "M1", gender: "M", base: 200_000 }),
  member({ employeeId: "M2", gender: "M", base: 180_000, bonus: 20_000 }),
  member({ employeeId: "F1", gender: "F", base: 171_000 }),
  member({ employeeId: "M3", gender: "M", roleId: "data-scientist", base: 150_000 }),
  member({ employeeId: "F2", gender: "F", roleId: "data-scientist", base: 150_000 }),
  member({ employeeId: "X1", base: 90_000 }),
];

describe("payEquity", () => {
  it("is null without gender data", () => {
    const noGender = team.map(({ gender: _, ...m }) => m);
    expect(payEquity(noGender, calibrateTeam(noGender, {}, catalog))).toBeNull();
  });

  it("computes unadjusted mean and median gaps against the largest group (hand-computed)", () => {
    const report = payEquity(team, calibrateTeam(team, {}, catalog))!;
    expect(report.referenceGroup).toBe("M");
    expect(report.threshold).toBe(5);
    expect(report.withoutGender).toBe(1);
    const f = report.groups.find((g) => g.group === "F")!;
    // M base 200k, 180k, 150k: mean 176,666.67, median 180k; F base 171k, 150k: mean and median 160.5k.
    expect(f.count).toBe(2);
    expect(f.unadjusted.mean.base).toBeCloseTo(((176_666.667 - 160_500) / 176_666.667) * 100, 4);
    expect(f.unadjusted.median.base).toBeCloseTo(((180_000 - 160_500) / 180_000) * 100, 10);
    // M total 200k, 200k, 150k: mean 183,333.33.
    expect(f.unadjusted.mean.total).toBeCloseTo(((183_333.333 - 160_500) / 183_333.333) * 100, 4);
  });

  it("computes the adjusted gap within role, level and zone, weighted by the group's headcount, and flags 5 % or more", () => {
    const report = payEquity(team, calibrateTeam(team, {}, catalog))!;
    // ML engineers: M mean 190k vs F 171k → 10 %; data scientists: 150k vs 150k → 0 %; F weighted 1:1 → 5 %.
    const f = report.groups.find((g) => g.group === "F")!;
    expect(f.adjusted!.base).toBeCloseTo(5, 10);
    expect(f.isFlagged).toBe(true);
    const m = report.groups.find((g) => g.group === "M")!;
    expect(m.isFlagged).toBe(false);
    expect(report.categories.map((c) => [c.roleId, c.isFlagged])).toEqual([
      ["ml-engineer", true],
      ["data-scientist", false],
    ]);
    const ml = report.categories[0]!;
    expect(ml.groups.map((g) => [g.group, g.count, g.meanBase])).toEqual([
      ["M", 2, 190_000],
      ["F", 1, 171_000],
    ]);
    expect(ml.groups[1]!.gap!.base).toBeCloseTo(10, 10);
    expect(report.flaggedCategories).toBe(1);
  });

  it("does not flag a gap under 5 % and leaves the adjusted gap null without a shared category", () => {
    const close = [member({ employeeId: "A", gender: "M", base: 190_000 }), member({ employeeId: "B", gender: "F", base: 181_000 })];
    const report = payEquity(close, calibrateTeam(close, {}, catalog))!;
    // Tie on size: the higher mean base (M) is the reference; (190 − 181) ÷ 190 = 4.74 %.
    expect(report.referenceGroup).toBe("M");
    expect(report.groups[1]!.adjusted!.base).toBeCloseTo(4.7368, 4);
    expect(report.groups[1]!.isFlagged).toBe(false);

    const apart = [member({ employeeId: "A", gender: "M", base: 190_000 }), member({ employeeId: "B", gender: "F", levelId: "staff", base: 150_000 })];
    const report2 = payEquity(apart, calibrateTeam(apart, {}, catalog))!;
    expect(report2.groups[1]!.adjusted).toBeNull();
    expect(report2.groups[1]!.isFlagged).toBe(false);
  });

  it("rejects members that are not the calibration's people", () => {
    expect(() => payEquity(team.slice(1), calibrateTeam(team, {}, catalog))).toThrow(ProfileError);
  });
});
