import { describe, expect, it } from "vitest";
import { fixtureCatalog as catalog, fixtureProfile as profile, medianOffer as median } from "../testing/fixture-catalog.js";
import { compareOffers, marketPercentile, normalCdf } from "./compare-offers.js";
import type { OfferInput } from "./schema.js";

// The reference profile's market in the fixture (total p25/p50/p75); `median` pays its p50.
const market = { p25: 196_000, p50: 260_000, p75: 334_000 };

const privateOptions: OfferInput = {
  base: 190_000,
  equity: { kind: "options", shares: 40_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 },
  company: { stage: "series-b", exits: [{ probability: 0.5, pricePerShare: 0 }, { probability: 0.5, pricePerShare: 5 }] },
};

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe("normalCdf", () => {
  it("is 0.5 at 0 and matches the standard normal table", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 6);
  });
});

describe("marketPercentile", () => {
  it("puts p50 at exactly 50, p25 at about 25 and p75 at about 75", () => {
    expect(marketPercentile(260_000, market)).toBe(50);
    expect(marketPercentile(196_000, market)).toBeCloseTo(25, 2);
    expect(marketPercentile(334_000, market)).toBeCloseTo(75, 2);
  });

  it("uses the σ of the side the value falls on: one σ above is the 84th percentile", () => {
    const sigmaHigh = Math.log(334_000 / 260_000) / 0.6745;
    const sigmaLow = Math.log(260_000 / 196_000) / 0.6745;
    expect(marketPercentile(260_000 * Math.exp(sigmaHigh), market)).toBeCloseTo(84.1345, 3);
    expect(marketPercentile(260_000 * Math.exp(-sigmaLow), market)).toBeCloseTo(15.8655, 3);
  });

  it("clamps to [0.1, 99.9], 0 and below included", () => {
    expect(marketPercentile(0, market)).toBe(0.1);
    expect(marketPercentile(1_000, market)).toBe(0.1);
    expect(marketPercentile(10_000_000, market)).toBe(99.9);
  });

  it("rejects a range that is not positive and ordered", () => {
    expect(() => marketPercentile(1, { p25: 0, p50: 1, p75: 2 })).toThrow(RangeError);
    expect(() => marketPercentile(1, { p25: 3, p50: 2, p75: 4 })).toThrow(RangeError);
  });
});

describe("compareOffers", () => {
  it("sees no shortfall in an offer paying the market median, and puts it at the 50th percentile", () => {
    const { offers, market: m } = compareOffers([median, { base: 180_000 }], profile, catalog);
    expect(m.total.p50).toBeCloseTo(260_000, 6);
    expect(offers[0]!.belowMarket).toEqual([]);
    expect(offers[0]!.yearOneTotal).toBeCloseTo(260_000, 6);
    expect(offers[0]!.fourYearAverage).toBeCloseTo(260_000, 6);
    expect(offers[0]!.percentiles.yearOneTotal).toBeCloseTo(50, 6);
    expect(offers[0]!.percentiles.fourYearAverage).toBeCloseTo(50, 6);
  });

  it("names each component below the market p50 with its shortfall in money", () => {
    const { offers } = compareOffers([median, { base: 180_000 }], profile, catalog);
    const gaps = offers[1]!.belowMarket;
    expect(gaps.map((g) => g.component)).toEqual(["base", "bonus", "equity"]);
    expect(gaps[0]).toEqual({ component: "base", offered: 180_000, marketP50: 200_000, shortfall: 20_000 });
    expect(gaps[1]!.shortfall).toBeCloseTo(20_000, 6);
    expect(gaps[2]!.shortfall).toBeCloseTo(40_000, 6);
  });

  it("averages the risk-adjusted totals over the horizon: a 40k sign-on lifts year 1 only", () => {
    const offers = [{ base: 200_000, signOn: { amount: 40_000 } }, { base: 200_000 }];
    const four = compareOffers(offers, profile, catalog).offers[0]!;
    expect(four.yearOneTotal).toBe(240_000);
    expect(four.fourYearAverage).toBe(210_000); // (240 + 200 × 3) ÷ 4
    expect(four.projection.years).toHaveLength(4);
    expect(compareOffers(offers, profile, catalog, { years: 2 }).offers[0]!.fourYearAverage).toBe(220_000);
  });

  it("asks the private-equity questions only for the private offer", () => {
    const { offers } = compareOffers([median, privateOptions], profile, catalog);
    const privateQuestions = ["dilution", "preferred-price", "last-409a"];
    expect(ids(offers[0]!.checklist)).toEqual(["salary-band", "role-scope"]);
    expect(ids(offers[1]!.checklist)).toEqual(expect.arrayContaining(privateQuestions));
    expect(ids(offers[0]!.checklist).some((id) => privateQuestions.includes(id))).toBe(false);
  });

  it("asks about what the offer leaves unspecified: payout, refreshers, cliff, geo pay, always band and scope", () => {
    const { offers } = compareOffers([median, privateOptions], profile, catalog);
    expect(ids(offers[1]!.checklist)).toEqual([
      "bonus-payout-history",
      "refresh-grants",
      "dilution",
      "preferred-price",
      "last-409a",
      "cliff",
      "geo-pay-policy",
      "salary-band",
      "role-scope",
    ]);
    expect(offers[1]!.checklist.every((i) => i.question.length > 0 && i.reason.length > 0)).toBe(true);
  });

  it("asks why vesting is back-loaded, and not for even or front-loaded schedules", () => {
    const withVesting = (yearlyPercent: "back-loaded" | "even" | "front-loaded" | number[]): OfferInput => ({ ...median, vesting: { cliffMonths: 0, yearlyPercent } });
    const { offers } = compareOffers(
      [withVesting("back-loaded"), withVesting("even"), withVesting("front-loaded"), withVesting([10, 30, 30, 30])],
      profile,
      catalog,
    );
    expect(offers.map((o) => ids(o.checklist).includes("back-loaded-vesting"))).toEqual([true, false, false, true]);
  });

  it("picks the offer with the higher four-year average as best, ties to the lower index", () => {
    expect(compareOffers([{ base: 150_000 }, { base: 210_000 }, { base: 180_000 }], profile, catalog).best).toBe(1);
    expect(compareOffers([{ base: 200_000 }, { base: 200_000 }], profile, catalog).best).toBe(0);
    // A big sign-on wins year 1 but not the four-year average.
    const signOn = { base: 190_000, signOn: { amount: 60_000 } };
    const steady = { base: 210_000 };
    const { offers, best } = compareOffers([signOn, steady], profile, catalog);
    expect(offers[0]!.yearOneTotal).toBeGreaterThan(offers[1]!.yearOneTotal);
    expect(best).toBe(1);
  });

  it("rejects fewer than 2 or more than 4 offers with a RangeError", () => {
    expect(() => compareOffers([median], profile, catalog)).toThrow(new RangeError("compareOffers needs 2 to 4 offers, got 1"));
    expect(() => compareOffers([median, median, median, median, median], profile, catalog)).toThrow(/needs 2 to 4 offers, got 5/);
    expect(() => compareOffers([median, median, median, median, median], profile, catalog)).toThrow(RangeError);
  });

  it("prices the market in the offers' currency at the catalog's rate, and refuses offers in different currencies", () => {
    const gb = catalog.locations.find((l) => l.id === "gb")!;
    const inDollars = compareOffers([median, { base: 150_000 }], profile, catalog);
    const inPounds = compareOffers([{ ...median, currency: "GBP" }, { base: 150_000, currency: "GBP" }], profile, catalog);
    expect(inDollars.market.currency).toBe(catalog.baseCurrency);
    expect(inPounds.market.currency).toBe("GBP");
    expect(inPounds.market.total.p50).toBeCloseTo(inDollars.market.total.p50 * gb.fxRate.value, 6);
    // The same numbers in pounds are worth less than in dollars when a pound buys more than a dollar, so their percentile moves.
    expect(inPounds.offers[1]!.percentiles.yearOneTotal).not.toBeCloseTo(inDollars.offers[1]!.percentiles.yearOneTotal, 3);
    expect(() => compareOffers([median, { base: 150_000, currency: "GBP" }], profile, catalog)).toThrow(RangeError);
    expect(() => compareOffers([median, { base: 150_000, currency: "GBP" }], profile, catalog)).toThrow(/one currency, got USD, GBP/);
    expect(() => compareOffers([{ base: 1, currency: "XYZ" }, { base: 2, currency: "XYZ" }], profile, catalog)).toThrow(/no exchange rate/);
  });

  it("names the sign-on's currency in the clawback reason", () => {
    const { offers } = compareOffers([{ base: 200_000, currency: "GBP", signOn: { amount: 30_000 } }, { base: 200_000, currency: "GBP" }], profile, catalog);
    expect(offers[0]!.checklist.find((i) => i.id === "sign-on-clawback")!.reason).toContain("30000 GBP sign-on bonus");
  });

  it("does not mutate its inputs", () => {
    const input = [privateOptions, median];
    const before = JSON.stringify(input);
    compareOffers(input, profile, catalog);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("compareOffers: the sign-on clawback", () => {
  const withSignOn: OfferInput = { base: 200_000, signOn: { amount: 30_000, clawbackMonths: 18, clawback: "pro-rata" } };
  const fullClawback: OfferInput = { base: 200_000, signOn: { amount: 20_000, clawbackMonths: 12, clawback: "full" } };
  const { offers } = compareOffers([withSignOn, fullClawback, median], profile, catalog);

  it("gives each offer's sign-on terms and what leaving halfway through the clawback repays", () => {
    expect(offers[0]!.signOn).toEqual({ amount: 30_000, clawbackMonths: 18, clawback: "pro-rata", owedIfLeaving: { afterMonths: 9, amount: 15_000 } });
    expect(offers[1]!.signOn).toEqual({ amount: 20_000, clawbackMonths: 12, clawback: "full", owedIfLeaving: { afterMonths: 6, amount: 20_000 } });
    expect(offers[2]!.signOn).toBeNull();
  });

  it("asks about the clawback only for an offer that has one", () => {
    expect(ids(offers[0]!.checklist)).toContain("sign-on-clawback");
    expect(offers[0]!.checklist.find((c) => c.id === "sign-on-clawback")!.reason).toContain("within 18 months repays the unearned part of the 30000 USD sign-on");
    expect(offers[1]!.checklist.find((c) => c.id === "sign-on-clawback")!.reason).toContain("repays all of it");
    expect(ids(offers[2]!.checklist)).not.toContain("sign-on-clawback");
  });
});
