import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { ProfileError } from "../valuation/profile-error.js";
import { calibrateTeam } from "./calibrate-team.js";
import { RosterMemberSchema, type RosterMember, type RosterMemberInput } from "./schema.js";
import { bandQuartile, simulateBudget } from "./simulate-budget.js";

const member = (input: Partial<RosterMemberInput> & { employeeId: string; base: number }): RosterMember =>
  RosterMemberSchema.parse({ name: input.employeeId, roleId: "ml-engineer", levelId: "senior", locationId: "us", ...input });

// Senior US band: 166,666.67 / 200,000 / 233,333.33; quarters end at 183,333.33, 200,000 and 216,666.67.
const team: RosterMember[] = [
  member({ employeeId: "A", base: 170_000, performanceRating: 5 }), // Q1 → 7 %: 11,900
  member({ employeeId: "B", base: 210_000, performanceRating: 3 }), // Q3 → 2.5 %: 5,250
  member({ employeeId: "C", base: 230_000 }), // no rating → 3, Q4 → 1.5 %: 3,450
];
const calibration = calibrateTeam(team, {}, catalog);

describe("bandQuartile", () => {
  it("places below-band pay in Q1 and above-band pay in Q4", () => {
    expect([-0.5, 0, 0.2499, 0.25, 0.5, 0.75, 1, 1.3].map((penetration) => bandQuartile({ penetration }))).toEqual([1, 1, 1, 2, 3, 4, 4, 4]);
  });
});

describe("simulateBudget", () => {
  it("scales the matrix to an amount budget (hand-computed: raw 20,600 scaled by 0.5)", () => {
    const sim = simulateBudget(team, calibration, { budget: { kind: "amount", value: 10_300 } });
    expect(sim.scale).toBe(0.5);
    expect(sim.allocations.map((a) => [a.employeeId, a.rating, a.isDefaultRating, a.quartile, a.matrixPercent, a.amount])).toEqual([
      ["A", 5, false, 1, 7, 5_950],
      ["B", 3, false, 3, 2.5, 2_625],
      ["C", 3, true, 4, 1.5, 1_725],
    ]);
    expect([sim.budget, sim.spent, sim.remaining, sim.payroll]).toEqual([10_300, 10_300, 0, 610_000]);
    expect(sim.allocations[0]!.newBase).toBe(175_950);
    expect(sim.allocations[0]!.newCompaRatio).toBeCloseTo(175_950 / 200_000, 12);
    expect(sim.allocations[0]!.ratePercent).toBeCloseTo(3.5, 12);
  });

  it("rounds to whole units and gives the units the floors left to the largest remainders", () => {
    // 2 % of 610,000 = 12,200; exact shares 7,047.57, 3,109.22, 2,043.20 → floors 12,199, one unit to A.
    const sim = simulateBudget(team, calibration, { budget: { kind: "percent", value: 2 } });
    expect(sim.budget).toBe(12_200);
    expect(sim.allocations.map((a) => a.amount)).toEqual([7_048, 3_109, 2_043]);
    expect(sim.spent).toBe(12_200);
  });

  it("never spends a fraction of a unit it does not have", () => {
    const sim = simulateBudget(team, calibration, { budget: { kind: "amount", value: 1_000.75 } });
    expect(sim.spent).toBe(1_000);
    expect(sim.remaining).toBeCloseTo(0.75, 12);
    // 0.0015 % of 610,000 = 9.15; a percent budget is cut to the cent, never rounded up.
    expect(simulateBudget(team, calibration, { budget: { kind: "percent", value: 0.0015 } }).budget).toBe(9.15);
    const one = [member({ employeeId: "A", base: 1, performanceRating: 5 })];
    expect(simulateBudget(one, calibrateTeam(one, {}, catalog), { budget: { kind: "percent", value: 99.5 } }).budget).toBe(0.99);
  });

  it("uses a given matrix and its default rating instead of the policy's", () => {
    const rates = [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [10, 10, 10, 10],
    ];
    const sim = simulateBudget(team, calibration, { matrix: { rates, defaultRating: 5 }, budget: { kind: "amount", value: 6_100 } });
    // Only rated 5 (A, and C by default) get anything: raw 17,000 and 23,000 → 2,592.5 and 3,507.5.
    expect(sim.allocations.map((a) => a.amount)).toEqual([2_593, 0, 3_507]);
    expect(sim.spent).toBe(6_100);
  });

  it("spends nothing when the matrix gives no one a raise", () => {
    const zero = { rates: Array.from({ length: 5 }, () => [0, 0, 0, 0]) };
    const sim = simulateBudget(team, calibration, { matrix: zero, budget: { kind: "amount", value: 5_000 } });
    expect([sim.spent, sim.remaining, sim.scale]).toEqual([0, 5_000, 0]);
  });

  it("rejects members that are not the calibration's people and invalid options", () => {
    expect(() => simulateBudget([...team].reverse(), calibration, { budget: { kind: "percent", value: 3 } })).toThrow(ProfileError);
    expect(() => simulateBudget(team.slice(1), calibration, { budget: { kind: "percent", value: 3 } })).toThrow(ProfileError);
    expect(() => simulateBudget(team, calibration, { budget: { kind: "percent", value: 150 } })).toThrow(ZodError);
  });

  const levels = ["junior", "mid", "senior", "staff", "manager", "director"] as const;
  const teamArb = fc
    .array(
      fc.record({
        roleId: fc.constantFrom(...catalog.roles.map((r) => r.id)),
        levelId: fc.constantFrom(...levels),
        locationId: fc.constantFrom(...catalog.locations.map((l) => l.id)),
        base: fc.oneof(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 1, max: 2_000_000, noNaN: true })),
        performanceRating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) => rows.map((r, i) => member({ ...r, employeeId: `P${i}` })));
  const rateArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 }).map((hundredths) => hundredths / 100));
  const matrixArb = fc.array(fc.array(rateArb, { minLength: 4, maxLength: 4 }), { minLength: 5, maxLength: 5 });
  const budgetArb = fc.oneof(
    fc.record({ kind: fc.constant("percent" as const), value: fc.double({ min: 0, max: 100, noNaN: true }) }),
    fc.record({ kind: fc.constant("amount" as const), value: fc.double({ min: 0, max: 5_000_000, noNaN: true }) }),
  );

  it("never exceeds the budget, gives whole non-negative amounts and spends the whole units when it can", () => {
    fc.assert(
      fc.property(teamArb, matrixArb, budgetArb, (members, rates, budget) => {
        const sim = simulateBudget(members, calibrateTeam(members, {}, catalog), { matrix: { rates }, budget });
        let sum = 0;
        sim.allocations.forEach((a, i) => {
          expect(Number.isInteger(a.amount)).toBe(true);
          expect(a.amount).toBeGreaterThanOrEqual(0);
          expect(a.newBase).toBe(members[i]!.base + a.amount);
          sum += a.amount;
        });
        expect(sum).toBe(sim.spent);
        expect(sim.spent).toBeLessThanOrEqual(sim.budget);
        const anyRaise = sim.allocations.some((a) => a.matrixPercent > 0);
        expect(sim.spent).toBe(anyRaise ? Math.floor(sim.budget) : 0);
      }),
      { numRuns: 300 },
    );
  });
});
