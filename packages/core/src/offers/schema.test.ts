import { describe, expect, it } from "vitest";
import { OfferSchema, type OfferInput } from "./schema.js";

const paths = (input: unknown): string[] => {
  const result = OfferSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

const privateOptions: OfferInput = {
  base: 150_000,
  equity: { kind: "options", shares: 10_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 },
  company: { stage: "series-a", exits: [{ probability: 0.7, pricePerShare: 0 }, { probability: 0.3, pricePerShare: 12 }] },
};

describe("OfferSchema", () => {
  it("accepts a minimal offer and fills in the defaults", () => {
    expect(OfferSchema.parse({ base: 100_000 })).toEqual({
      base: 100_000,
      bonus: { targetPercent: 0, payoutPercent: 100 },
      vesting: { cliffMonths: 12, frequency: "monthly", yearlyPercent: "even" },
      company: { isPublic: false, liquidityDiscount: 0, dilutionPerRound: 0, roundsPerYear: 0, exits: [] },
      benefits: { retirementMatchPercent: 0, learningBudget: 0, otherCash: 0 },
      location: { costOfLivingIndex: 100, taxRate: 0 },
    });
    expect(paths(privateOptions)).toEqual([]);
  });

  it("rejects custom yearly percentages not summing to 100, at vesting.yearlyPercent", () => {
    expect(paths({ ...privateOptions, vesting: { yearlyPercent: [30, 30, 30] } })).toEqual(["vesting.yearlyPercent"]);
    expect(paths({ ...privateOptions, vesting: { yearlyPercent: [50, 50] } })).toEqual([]);
  });

  it("rejects exit probabilities not summing to 1, at company.exits", () => {
    const exits = [{ probability: 0.5, pricePerShare: 0 }, { probability: 0.4, pricePerShare: 10 }];
    expect(paths({ ...privateOptions, company: { exits } })).toEqual(["company.exits"]);
  });

  it("rejects negative amounts at their field", () => {
    expect(paths({ base: -1 })).toEqual(["base"]);
    expect(paths({ base: 1, signOn: { amount: -5_000 } })).toEqual(["signOn.amount"]);
    expect(paths({ ...privateOptions, equity: { kind: "options", shares: 10, strike: -1, fairMarketValue: 1, preferredPrice: 4 } })).toEqual(["equity.strike"]);
    expect(paths({ base: 1, benefits: { learningBudget: -1 } })).toEqual(["benefits.learningBudget"]);
    expect(paths({ ...privateOptions, company: { exits: [{ probability: 1, pricePerShare: -2 }] } })).toEqual(["company.exits.0.pricePerShare"]);
  });

  it("rejects a cliff longer than the schedule, a tax rate of 100 %, and fractional shares", () => {
    expect(paths({ base: 1, vesting: { cliffMonths: 60 } })).toEqual(["vesting.cliffMonths"]);
    expect(paths({ base: 1, location: { taxRate: 1 } })).toEqual(["location.taxRate"]);
    expect(paths({ ...privateOptions, equity: { kind: "options", shares: 1.5, strike: 1, fairMarketValue: 1, preferredPrice: 4 } })).toEqual(["equity.shares"]);
  });

  it("needs RSUs as a grant value or shares × price, and a private company's equity as shares with exits", () => {
    const pub = { base: 1, company: { isPublic: true } };
    expect(paths({ ...pub, equity: { kind: "rsu", shares: 100 } })).toEqual(["equity.sharePrice"]);
    expect(paths({ ...pub, equity: { kind: "rsu", grantValue: 100, shares: 100, sharePrice: 1 } })).toEqual(["equity.grantValue"]);
    expect(paths({ base: 1, equity: { kind: "rsu", shares: 100, sharePrice: 1 } })).toEqual(["company.exits"]);
    expect(paths({ ...privateOptions, equity: { kind: "rsu", grantValue: 100 } })).toEqual(["equity.grantValue"]);
  });
});
