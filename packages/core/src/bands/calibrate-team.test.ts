import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { marketPercentile } from "../offers/compare-offers.js";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { ProfileError } from "../valuation/profile-error.js";
import { bandRange, calibrateTeam, payPosition } from "./calibrate-team.js";
import { BandPolicySchema, RosterMemberSchema, type RosterMember, type RosterMemberInput } from "./schema.js";

// In the fixture, an ML engineer (senior, US) has base 160k/200k/250k and total 196k/260k/334k;
// a manager's base median is 260k (level 1.3), total 377k (bonus 15 %, equity 30 %); SF pays 1.25 × US.
const member = (input: Partial<RosterMemberInput> & { employeeId: string; base: number }): RosterMember =>
  RosterMemberSchema.parse({ name: `Person ${input.employeeId}`, roleId: "ml-engineer", levelId: "senior", locationId: "us", ...input });

const team: RosterMember[] = [
  member({ employeeId: "E1", base: 180_000, bonus: 10_000, equity: 20_000 }),
  member({ employeeId: "E2", base: 150_000 }),
  member({ employeeId: "E3", levelId: "manager", locationId: "us-sf", base: 400_000 }),
  member({ employeeId: "E4", base: 200_000 }),
];

describe("bandRange and payPosition", () => {
  it("centres the band on the midpoint with (max − min) ÷ min = spread", () => {
    expect(bandRange(120_000, 0.4)).toEqual({ min: 100_000, mid: 120_000, max: 140_000 });
    const r = bandRange(260_000, 0.5);
    expect(r.min).toBeCloseTo(208_000, 6);
    expect(r.max).toBeCloseTo(312_000, 6);
  });

  it("counts pay exactly at the minimum or maximum as in the band", () => {
    const band = { min: 100_000, mid: 120_000, max: 140_000 };
    expect(payPosition(100_000, band)).toEqual({ pay: 100_000, compaRatio: 100_000 / 120_000, penetration: 0, status: "in", gapToMin: 0 });
    expect(payPosition(140_000, band).status).toBe("in");
    expect(payPosition(140_001, band).status).toBe("above");
    expect(payPosition(90_000, band)).toEqual({ pay: 90_000, compaRatio: 0.75, penetration: -0.25, status: "below", gapToMin: 10_000 });
  });
});

describe("calibrateTeam", () => {
  it("computes compa-ratio, penetration, status and gap to minimum by hand for base and total", () => {
    const { people } = calibrateTeam(team, {}, catalog);
    // Senior US band at P50, spread 40 %: 166,666.67 / 200,000 / 233,333.33.
    expect(people[0]!.base.compaRatio).toBeCloseTo(0.9, 12);
    expect(people[0]!.base.penetration).toBeCloseTo(0.2, 12);
    expect(people[0]!.base.status).toBe("in");
    expect(people[0]!.base.gapToMin).toBe(0);
    // Total 210k against 216,666.67 / 260,000 / 303,333.33.
    expect(people[0]!.total.pay).toBe(210_000);
    expect(people[0]!.total.compaRatio).toBeCloseTo(210 / 260, 12);
    expect(people[0]!.total.status).toBe("below");
    expect(people[0]!.total.gapToMin).toBeCloseTo(6_666.67, 2);

    expect(people[1]!.base.compaRatio).toBeCloseTo(0.75, 12);
    expect(people[1]!.base.penetration).toBeCloseTo(-0.25, 12);
    expect(people[1]!.base.status).toBe("below");
    expect(people[1]!.base.gapToMin).toBeCloseTo(16_666.67, 2);

    // Manager in SF: midpoint 260k × 1.25 = 325k, management spread 50 %: 260k / 325k / 390k.
    expect(people[2]!.base.compaRatio).toBeCloseTo(400 / 325, 12);
    expect(people[2]!.base.penetration).toBeCloseTo(140 / 130, 12);
    expect(people[2]!.base.status).toBe("above");
    expect(people[2]!.zoneId).toBe("us-sf");
  });

  it("prices each distinct role × level × zone once and lists bands in order of first appearance", () => {
    const { bands } = calibrateTeam(team, {}, catalog);
    expect(bands.map((b) => [b.key, b.headcount])).toEqual([
      ["ml-engineer|senior|us", 3],
      ["ml-engineer|manager|us-sf", 1],
    ]);
    const manager = bands[1]!;
    expect(manager.track).toBe("management");
    expect(manager.spread).toBe(0.5);
    expect(manager.base.min).toBeCloseTo(260_000, 6);
    expect(manager.base.max).toBeCloseTo(390_000, 6);
    expect(manager.total.mid).toBeCloseTo(377_000 * 1.25, 6);
  });

  it("puts the midpoint at the policy's percentile of the log-normal market range", () => {
    const at75 = calibrateTeam(team, { midpointPercentile: 75 }, catalog).bands[0]!;
    expect(at75.base.mid).toBe(250_000);
    expect(at75.total.mid).toBe(334_000);
    const at60 = calibrateTeam(team, { midpointPercentile: 60 }, catalog).bands[0]!;
    expect(at60.base.mid).toBeCloseTo(200_000 * Math.exp((0.253347 * Math.log(1.25)) / 0.6745), 0);
    expect(marketPercentile(at60.base.mid, { p25: 160_000, p50: 200_000, p75: 250_000 })).toBeCloseTo(60, 6);
  });

  it("uses the policy's spreads for IC and management levels", () => {
    const { bands } = calibrateTeam(team, { spread: { ic: 0.3, management: 0.6 } }, catalog);
    for (const b of bands) {
      const expected = b.track === "ic" ? 0.3 : 0.6;
      expect((b.base.max - b.base.min) / b.base.min).toBeCloseTo(expected, 12);
      expect((b.base.max + b.base.min) / 2).toBeCloseTo(b.base.mid, 6);
    }
  });

  it("prices the bands for the policy's market: industry, stage, company size and year", () => {
    const band = calibrateTeam(team, { market: { year: 2025, industry: "finance" } }, catalog).bands[0]!;
    expect(band.base.mid).toBeCloseTo(200_000 * 1.03 * 1.1, 6);
  });

  it("groups locations by country: metros share the national band", () => {
    const { people, bands } = calibrateTeam([member({ employeeId: "A", locationId: "us-sf", base: 200_000 })], { zone: "country" }, catalog);
    expect(people[0]!.zoneId).toBe("us");
    expect(bands[0]!.base.mid).toBe(200_000);
  });

  it("groups locations into tiers priced at the median factor of their locations", () => {
    const tiers = [
      { id: "high", name: "High", minFactor: 0.9 },
      { id: "low", name: "Low", minFactor: 0.5 },
    ];
    const c = calibrateTeam(
      [member({ employeeId: "A", locationId: "us-sf", base: 200_000 }), member({ employeeId: "B", locationId: "in", base: 50_000 })],
      { zone: "tier", tiers },
      catalog,
    );
    // high: US 1 and SF 1.25 → 1.125; low: GB 0.6 and India 0.25 (below every tier, so the lowest) → 0.425.
    expect(c.zones.map((z) => [z.id, z.factor, z.locationIds])).toEqual([
      ["high", 1.125, ["us", "us-sf"]],
      ["low", 0.425, ["gb", "in"]],
    ]);
    expect(c.bands[0]!.base.mid).toBeCloseTo(225_000, 6);
    expect(c.bands[1]!.base.mid).toBeCloseTo(85_000, 6);
  });

  it("summarises the team: status counts, quartiles, histogram, outliers, equity and cost to minimum", () => {
    const { summary } = calibrateTeam(team, {}, catalog);
    expect(summary.headcount).toBe(4);
    expect(summary.payroll).toBe(930_000);
    expect(summary.totalPay).toBe(960_000);
    expect(summary.byStatus).toEqual({ below: 1, in: 2, above: 1 });
    // Compa-ratios sorted: 0.75, 0.9, 1, 1.2308 (bins are [from, to): 0.9 falls in [0.9, 0.95)).
    expect(summary.compaRatio!.min).toBeCloseTo(0.75, 12);
    expect(summary.compaRatio!.q1).toBeCloseTo(0.75 + 0.75 * 0.15, 12);
    expect(summary.compaRatio!.median).toBeCloseTo(0.95, 12);
    expect(summary.compaRatio!.max).toBeCloseTo(400 / 325, 12);
    expect(summary.histogram.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
    expect(summary.histogram[0]).toEqual({ from: null, to: 0.8, count: 1 });
    // Below: 16,666.67 ÷ 166,666.67 = 10 %; above: (400k − 390k) ÷ 390k = 2.56 %.
    expect(summary.outliers.map((o) => [o.employeeId, o.status])).toEqual([
      ["E2", "below"],
      ["E3", "above"],
    ]);
    expect(summary.outliers[0]!.distance).toBeCloseTo(0.1, 12);
    expect(summary.costToMinimum).toBeCloseTo(16_666.67, 2);
    // Senior ML engineers: 180k, 150k, 200k → mean 176,666.67, population sd 20,548.05.
    expect(summary.internalEquity).toHaveLength(1);
    const eq = summary.internalEquity[0]!;
    expect([eq.roleId, eq.levelId, eq.count, eq.minBase, eq.maxBase, eq.zones]).toEqual(["ml-engineer", "senior", 3, 150_000, 200_000, 1]);
    expect(eq.maxToMin).toBeCloseTo(4 / 3, 12);
    expect(eq.coefficientOfVariation).toBeCloseTo(20_548.05 / 176_666.67, 6);
  });

  it("handles an empty team", () => {
    const c = calibrateTeam([], {}, catalog);
    expect(c.summary.headcount).toBe(0);
    expect(c.summary.compaRatio).toBeNull();
    expect(c.summary.histogram.every((b) => b.count === 0)).toBe(true);
  });

  it("names the member and field of an id the catalog lacks", () => {
    const bad = [...team, member({ employeeId: "E9", roleId: "wizard", base: 1 })];
    expect(() => calibrateTeam(bad, {}, catalog)).toThrow(ProfileError);
    try {
      calibrateTeam([member({ employeeId: "E1", base: 1 }), member({ employeeId: "E2", locationId: "mars", base: 1 })], {}, catalog);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileError);
      expect((error as ProfileError).path).toEqual(["members", 1, "locationId"]);
      expect((error as ProfileError).message).toContain("E2");
    }
  });

  it("rejects a repeated employee id and an unknown market id", () => {
    expect(() => calibrateTeam([member({ employeeId: "E1", base: 1 }), member({ employeeId: "E1", base: 2 })], {}, catalog)).toThrow(
      /members\.1\.employeeId: duplicate employee id "E1"/,
    );
    expect(() => calibrateTeam(team, { market: { industry: "mining" } }, catalog)).toThrow(/market\.industry: unknown industry/);
  });

  it("reports the market's warnings once", () => {
    const c = calibrateTeam(team, { market: { year: 2025 } }, catalog);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatch(/^2025 is a projection: the salary data end in 2024/);
  });

  it("refuses a market year outside the catalog's market index, naming the range", () => {
    expect(() => calibrateTeam(team, { market: { year: 2030 } }, catalog)).toThrow(
      "market.year: must be a year from 2023 to 2025 (the catalog's market years), not 2030",
    );
  });
});

describe("BandPolicySchema", () => {
  it("fills the defaults", () => {
    const p = BandPolicySchema.parse({});
    expect(p.midpointPercentile).toBe(50);
    expect(p.spread).toEqual({ ic: 0.4, management: 0.5 });
    expect(p.zone).toBe("location");
    expect(p.meritMatrix.defaultRating).toBe(3);
    expect(p.meritMatrix.rates).toHaveLength(5);
  });

  it("rejects unknown keys, a zero spread, a percentile outside 1–99 and repeated tier ids", () => {
    expect(() => BandPolicySchema.parse({ midpoint: 50 })).toThrow(ZodError);
    expect(() => BandPolicySchema.parse({ spread: { ic: 0 } })).toThrow(ZodError);
    expect(() => BandPolicySchema.parse({ midpointPercentile: 100 })).toThrow(ZodError);
    const tier = { id: "a", name: "A", minFactor: 0 };
    expect(() => BandPolicySchema.parse({ tiers: [tier, tier] })).toThrow(ZodError);
    expect(() => calibrateTeam(team, { midpointPercentile: 0 }, catalog)).toThrow(ZodError);
  });

  it("rejects a merit matrix that is not 5 ratings × 4 quartiles, or a rate between 0 and 0.01 %", () => {
    const result = BandPolicySchema.safeParse({ meritMatrix: { rates: [[1, 2, 3, 4]] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["meritMatrix", "rates"]);
    const rates = Array.from({ length: 5 }, () => [0, 1, 2, 3]);
    expect(BandPolicySchema.safeParse({ meritMatrix: { rates } }).success).toBe(true);
    rates[4]![0] = 0.001;
    expect(BandPolicySchema.safeParse({ meritMatrix: { rates } }).error!.issues[0]!.path).toEqual(["meritMatrix", "rates", 4, 0]);
  });
});

describe("RosterMemberSchema", () => {
  it("defaults bonus, equity and title and rejects a bad rating, date or base", () => {
    const m = RosterMemberSchema.parse({ employeeId: "E1", name: "Ada", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 1 });
    expect([m.bonus, m.equity, m.title]).toEqual([0, 0, ""]);
    const base = { employeeId: "E1", name: "Ada", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 1 };
    expect(RosterMemberSchema.safeParse({ ...base, performanceRating: 6 }).success).toBe(false);
    expect(RosterMemberSchema.safeParse({ ...base, hireDate: "2024-02-30" }).success).toBe(false);
    expect(RosterMemberSchema.safeParse({ ...base, base: 0 }).success).toBe(false);
    expect(RosterMemberSchema.safeParse({ ...base, salary: 1 }).success).toBe(false);
  });
});
