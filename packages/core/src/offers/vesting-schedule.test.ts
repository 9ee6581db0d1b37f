import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OfferSchema, VESTING_PRESETS, VestingSchema, type Vesting } from "./schema.js";
import { vestGrant, vestingSchedule, yearlyPercents } from "./vesting-schedule.js";

const sum = (events: readonly { shares: number }[]): number => events.reduce((s, e) => s + e.shares, 0);

describe("vestGrant", () => {
  it("vests monthly after a one-year cliff, the cliff date catching up the first year", () => {
    const events = vestGrant(4_800, VestingSchema.parse({ cliffMonths: 12, frequency: "monthly", yearlyPercent: "even" }));
    expect(events).toHaveLength(37);
    expect(events[0]).toEqual({ month: 12, shares: 1_200 });
    expect(events.slice(1).every((e, i) => e.month === 13 + i && e.shares === 100)).toBe(true);
    expect(sum(events)).toBe(4_800);
  });

  it("vests 5/15/40/40 back-loaded: 240 at the cliff, then 60, 160 and 160 a month", () => {
    const events = vestGrant(4_800, VestingSchema.parse({ yearlyPercent: "back-loaded" }));
    expect(events[0]).toEqual({ month: 12, shares: 240 });
    expect(events.filter((e) => e.month > 12 && e.month <= 24).map((e) => e.shares)).toEqual(Array(12).fill(60));
    expect(events.filter((e) => e.month > 24).map((e) => e.shares)).toEqual(Array(24).fill(160));
  });

  it("vests 5/15/40/40 yearly on annual dates", () => {
    expect(vestGrant(4_800, VestingSchema.parse({ frequency: "annual", yearlyPercent: [5, 15, 40, 40] }))).toEqual([
      { month: 12, shares: 240 },
      { month: 24, shares: 720 },
      { month: 36, shares: 1_920 },
      { month: 48, shares: 1_920 },
    ]);
  });

  it("vests quarterly without a cliff, flooring the cumulative count (62.5 → 62, 125, 187.5 → 187, 250)", () => {
    const events = vestGrant(1_000, VestingSchema.parse({ cliffMonths: 0, frequency: "quarterly" }));
    expect(events.map((e) => e.month)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48]);
    expect(events.slice(0, 4).map((e) => e.shares)).toEqual([62, 63, 62, 63]);
    expect(sum(events)).toBe(1_000);
  });

  it("accrues quarters before the cliff into the first quarter at the cliff", () => {
    const events = vestGrant(1_000, VestingSchema.parse({ cliffMonths: 12, frequency: "quarterly" }));
    expect(events.slice(0, 3)).toEqual([
      { month: 12, shares: 250 },
      { month: 15, shares: 62 },
      { month: 18, shares: 63 },
    ]);
  });

  it("puts the remainder of an indivisible grant on the last date", () => {
    const events = vestGrant(7, VestingSchema.parse({ cliffMonths: 0, frequency: "annual", yearlyPercent: "front-loaded" }));
    // cumulative 33 % → 2.31 → 2, 66 % → 4.62 → 4, 88 % → 6.16 → 6, then the rest
    expect(events.map((e) => e.shares)).toEqual([2, 2, 2, 1]);
  });

  it("resolves the presets", () => {
    expect(yearlyPercents(VestingSchema.parse({ yearlyPercent: "front-loaded-steep" }))).toEqual([40, 30, 20, 10]);
  });
});

describe("vestingSchedule", () => {
  it("vests an offer's initial grant, and nothing without equity", () => {
    const offer = OfferSchema.parse({ base: 1, equity: { kind: "rsu", shares: 48, sharePrice: 1 }, company: { isPublic: true }, vesting: { frequency: "annual" } });
    expect(vestingSchedule(offer).map((e) => e.shares)).toEqual([12, 12, 12, 12]);
    expect(vestingSchedule(OfferSchema.parse({ base: 1 }))).toEqual([]);
  });
});

const yearlyArb: fc.Arbitrary<Vesting["yearlyPercent"]> = fc.oneof(
  fc.constantFrom(...(Object.keys(VESTING_PRESETS) as (keyof typeof VESTING_PRESETS)[])),
  // integer percentages: cut points in 0..100
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 9 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
    return sorted.slice(1).map((c, i) => c - sorted[i]!);
  }),
  // fractional percentages from normalised weights
  fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }).map((w) => {
    const total = w.reduce((s, x) => s + x, 0);
    return w.map((x) => (x / total) * 100);
  }),
);

const vestingArb = fc
  .record({ yearly: yearlyArb, frequency: fc.constantFrom("monthly", "quarterly", "annual" as const), cliff: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ yearly, frequency, cliff }): Vesting => {
    const vesting = VestingSchema.parse({ yearlyPercent: yearly, frequency, cliffMonths: 0 });
    return VestingSchema.parse({ ...vesting, cliffMonths: Math.floor(cliff * yearlyPercents(vesting).length * 12) });
  });

describe("vestGrant invariants", () => {
  it("vests whole, non-negative shares adding up to the grant, from the cliff on, each cumulative count within a share of exact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), vestingArb, (shares, vesting) => {
        const events = vestGrant(shares, vesting);
        expect(sum(events)).toBe(shares);
        expect(events.every((e) => Number.isInteger(e.shares) && e.shares >= 0)).toBe(true);
        expect(events[0]!.month).toBeGreaterThanOrEqual(vesting.cliffMonths);
        const yearly = yearlyPercents(vesting);
        const step = events.length > 1 ? events[1]!.month - events[0]!.month : 12;
        let vested = 0;
        for (const e of events) {
          vested += e.shares;
          let exactPercent = 0;
          for (let m = step; m <= e.month; m += step) exactPercent += (yearly[Math.ceil(m / 12) - 1]! * step) / 12;
          expect(Math.abs(vested - (shares * exactPercent) / 100)).toBeLessThan(1 + shares * 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
