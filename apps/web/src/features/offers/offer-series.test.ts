import { describe, expect, it } from "vitest";
import { chartCeiling, payComponents, projectOfferInput, scaleRows, yearlyRows } from "./offer-series";

describe("yearlyRows", () => {
  const projection = projectOfferInput({
    base: 200_000,
    bonus: { targetPercent: 15, payoutPercent: 100 },
    signOn: { amount: 50_000 },
    equity: { kind: "rsu", shares: 1_000, sharePrice: 400 },
    vesting: { yearlyPercent: "back-loaded" },
    company: { isPublic: true },
    benefits: { learningBudget: 2_000 },
  });
  const rows = yearlyRows(projection);

  it("gives one bar per year of the horizon whose parts add up to the year's risk-adjusted total", () => {
    expect(rows.map((r) => r.year)).toEqual(["Year 1", "Year 2", "Year 3", "Year 4"]);
    rows.forEach((row, i) => {
      const sum = payComponents.reduce((s, c) => s + row[c.key], 0);
      expect(sum).toBeCloseTo(projection.years[i]!.riskAdjusted, 6);
      expect(row.total).toBe(projection.years[i]!.riskAdjusted);
    });
  });

  it("shows back-loaded vesting and the sign-on in year 1 only", () => {
    expect(rows.map((r) => r.equity)).toEqual([20_000, 60_000, 160_000, 160_000]);
    expect(rows.map((r) => r.signOn)).toEqual([50_000, 0, 0, 0]);
    expect(rows[0]).toMatchObject({ base: 200_000, bonus: 30_000, benefits: 2_000, total: 302_000 });
  });

  it("stacks risk-adjusted equity for a private company", () => {
    const startup = yearlyRows(
      projectOfferInput({
        base: 100_000,
        equity: { kind: "options", shares: 4_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 },
        vesting: { cliffMonths: 0, frequency: "annual" },
        company: { liquidityDiscount: 0.5, exits: [{ probability: 0.5, pricePerShare: 0 }, { probability: 0.5, pricePerShare: 5 }] },
      }),
    );
    // 1,000 options a year × 0.5 × (5 − 1) × (1 − 0.5) = 1,000.
    expect(startup.map((r) => r.equity)).toEqual([1_000, 1_000, 1_000, 1_000]);
  });
});

describe("chartCeiling", () => {
  it("rounds the tallest bar of all the charts up to a round figure", () => {
    expect(chartCeiling([[{ total: 250_000 }, { total: 390_000 }], [{ total: 195_120 }]])).toBe(400_000);
    expect(chartCeiling([[{ total: 195_120 }], null])).toBe(200_000);
    expect(chartCeiling([[{ total: 210_000 }]])).toBe(250_000);
    expect(chartCeiling([[{ total: 510_000 }]])).toBe(600_000);
    expect(chartCeiling([[{ total: 850_000 }]])).toBe(1_000_000);
    expect(chartCeiling([[{ total: 100_000 }]])).toBe(100_000);
  });

  it("is 1 without bars", () => {
    expect(chartCeiling([null, []])).toBe(1);
  });
});

describe("scaleRows", () => {
  it("multiplies every part and the total by the rate, so the parts still add up to the total", () => {
    const rows = yearlyRows(projectOfferInput({ base: 100_000, signOn: { amount: 10_000 }, bonus: { targetPercent: 10 } }));
    const scaled = scaleRows(rows, 83.5);
    expect(scaled.map((r) => r.year)).toEqual(rows.map((r) => r.year));
    scaled.forEach((r, i) => {
      expect(r.total).toBeCloseTo(rows[i]!.total * 83.5, 6);
      expect(r.base).toBeCloseTo(rows[i]!.base * 83.5, 6);
      expect(payComponents.reduce((sum, c) => sum + r[c.key], 0)).toBeCloseTo(r.total, 4);
    });
    expect(scaleRows(rows, 1)).toEqual(rows);
  });
});
