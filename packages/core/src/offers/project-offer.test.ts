import { describe, expect, it } from "vitest";
import { OfferSchema, type OfferInput } from "./schema.js";
import { projectOffer, refresherShares, riskAdjustedPerShare } from "./project-offer.js";

const options = (strike: number, exits: { probability: number; pricePerShare: number }[]): OfferInput => ({
  base: 100_000,
  equity: { kind: "options", shares: 4_800, strike, fairMarketValue: 1, preferredPrice: 3 },
  company: { stage: "series-b", exits },
});

describe("projectOffer", () => {
  it("projects base, bonus, sign-on, equity, benefits, risk, tax and cost of living by hand", () => {
    const offer = OfferSchema.parse({
      base: 100_000,
      bonus: { targetPercent: 10, payoutPercent: 80 },
      signOn: { amount: 20_000 },
      equity: { kind: "options", shares: 4_800, strike: 1, fairMarketValue: 1, preferredPrice: 3 },
      company: {
        stage: "series-b",
        liquidityDiscount: 0.2,
        dilutionPerRound: 0.1,
        roundsPerYear: 1,
        exits: [{ probability: 0.6, pricePerShare: 0 }, { probability: 0.4, pricePerShare: 6 }],
      },
      benefits: { retirementMatchPercent: 5, learningBudget: 1_000 },
      location: { costOfLivingIndex: 125, taxRate: 0.3 },
    });
    const { years, total } = projectOffer(offer, { years: 2 });
    // Year 1: 1,200 options at the cliff; face 1,200 × (3 − 1); risk 0.4 × (6 − 1) × 0.9 × 0.8 = 1.44 a share.
    expect(years[0]).toMatchObject({ year: 1, base: 100_000, bonus: 8_000, signOn: 20_000, benefits: 6_000 });
    expect(years[0]!.equity.shares).toBe(1_200);
    expect(years[0]!.equity.nominal).toBeCloseTo(2_400, 6);
    expect(years[0]!.equity.riskAdjusted).toBeCloseTo(1_728, 6);
    expect(years[0]!.nominal).toBeCloseTo(136_400, 6);
    expect(years[0]!.riskAdjusted).toBeCloseTo(135_728, 6);
    expect(years[0]!.afterTax).toBeCloseTo(95_009.6, 6);
    expect(years[0]!.real).toBeCloseTo(76_007.68, 6);
    // Year 2: no sign-on; 1,200 options at 2 × 0.9² × 0.8 = 1.296 a share.
    expect(years[1]!.signOn).toBe(0);
    expect(years[1]!.equity.riskAdjusted).toBeCloseTo(1_555.2, 6);
    expect(years[1]!.riskAdjusted).toBeCloseTo(115_555.2, 6);
    expect(years[1]!.real).toBeCloseTo(64_710.912, 6);
    expect(total.nominal).toBeCloseTo(136_400 + 116_400, 6);
    expect(total.real).toBeCloseTo(76_007.68 + 64_710.912, 6);
  });

  it("values an option underwater in an exit (strike above the exit price) at 0 in that exit", () => {
    const mixed = OfferSchema.parse(options(10, [{ probability: 0.5, pricePerShare: 8 }, { probability: 0.5, pricePerShare: 30 }]));
    expect(riskAdjustedPerShare(mixed, 1)).toBe(10); // 0.5 × 0 + 0.5 × (30 − 10), not 0.5 × −2 + 10
    const underwater = OfferSchema.parse(options(10, [{ probability: 1, pricePerShare: 8 }]));
    expect(riskAdjustedPerShare(underwater, 1)).toBe(0);
    const { years } = projectOffer(underwater);
    expect(years.every((y) => y.equity.riskAdjusted === 0 && y.equity.nominal === 0)).toBe(true);
    expect(years[3]!.equity.shares).toBe(1_200);
  });

  it("values public RSUs at the current price, without exits, dilution or discount", () => {
    const offer = OfferSchema.parse({ base: 0, equity: { kind: "rsu", grantValue: 200_000 }, company: { isPublic: true, liquidityDiscount: 0.5 }, vesting: { frequency: "annual" } });
    expect(projectOffer(offer).years.map((y) => y.equity.riskAdjusted)).toEqual([50_000, 50_000, 50_000, 50_000]);
  });

  it("layers yearly refreshers, each vesting on the same schedule (cliff included) from its grant year", () => {
    const input = {
      base: 0,
      equity: { kind: "rsu", shares: 4_800, sharePrice: 10 },
      company: { isPublic: true },
    } as const;
    const offer = OfferSchema.parse({ ...input, refresher: { percentOfGrant: 25 } });
    expect(refresherShares(offer)).toBe(1_200);
    // initial 1,200 a year; refresher of year 2 vests 300 at month 24, then 25 a month; year 3's and 4's likewise.
    const { years } = projectOffer(offer);
    expect(years.map((y) => y.equity.shares)).toEqual([1_200, 1_500, 1_800, 2_100]);
    expect(years.map((y) => y.equity.nominal)).toEqual([12_000, 15_000, 18_000, 21_000]);
    const byValue = OfferSchema.parse({ ...input, refresher: { value: 12_005 } });
    expect(refresherShares(byValue)).toBe(1_200);
    expect(projectOffer(byValue).years.map((y) => y.equity.shares)).toEqual([1_200, 1_500, 1_800, 2_100]);
  });

  it("counts every share of every grant once a long enough horizon has passed", () => {
    const offer = OfferSchema.parse({ base: 0, equity: { kind: "rsu", shares: 1_001, sharePrice: 1 }, company: { isPublic: true }, refresher: { percentOfGrant: 10 }, vesting: { yearlyPercent: "back-loaded" } });
    const shares = projectOffer(offer, { years: 3 }).years.reduce((s, y) => s + y.equity.shares, 0);
    // initial: 5 % + 15 % + 40 % of 1,001 by month 36 = 600; refresher (100) of year 2: 5 % + 15 % = 20; of year 3: 5 % = 5.
    expect(shares).toBe(600 + 20 + 5);
  });

  it("rejects a horizon that is not a whole number of years", () => {
    expect(() => projectOffer(OfferSchema.parse({ base: 1 }), { years: 0 })).toThrow(RangeError);
    expect(() => projectOffer(OfferSchema.parse({ base: 1 }), { years: 2.5 })).toThrow(RangeError);
  });
});
