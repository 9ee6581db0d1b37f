import { describe, expect, it } from "vitest";
import { marketPercentile } from "../offers/compare-offers.js";
import { marketValueAt, normalQuantile } from "./market-quantile.js";

const market = { p25: 160_000, p50: 200_000, p75: 250_000 };

describe("normalQuantile", () => {
  it("matches the standard normal table", () => {
    expect(normalQuantile(50)).toBe(0);
    expect(normalQuantile(97.5)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(60)).toBeCloseTo(0.253347, 5);
    expect(normalQuantile(10)).toBeCloseTo(-1.281552, 5);
  });

  it("rejects 0 and 100", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(100)).toThrow(RangeError);
  });
});

describe("marketValueAt", () => {
  it("returns p25, p50 and p75 exactly at the 25th, 50th and 75th percentiles", () => {
    expect(marketValueAt(25, market)).toBe(160_000);
    expect(marketValueAt(50, market)).toBe(200_000);
    expect(marketValueAt(75, market)).toBe(250_000);
  });

  it("uses the upper side's σ above the median and the lower side's below it", () => {
    // P60: z = 0.253347, σ = ln(250/200) ÷ 0.6745; P40: σ = ln(200/160) ÷ 0.6745 (the same here: the range is log-symmetric).
    expect(marketValueAt(60, market)).toBeCloseTo(200_000 * Math.exp((0.253347 * Math.log(1.25)) / 0.6745), 0);
    const skewed = { p25: 180_000, p50: 200_000, p75: 260_000 };
    expect(marketValueAt(40, skewed)).toBeCloseTo(200_000 * Math.exp((-0.253347 * Math.log(200 / 180)) / 0.6745), 0);
  });

  it("is the inverse of marketPercentile", () => {
    for (const p of [1, 10, 33, 60, 90, 99]) expect(marketPercentile(marketValueAt(p, market), market)).toBeCloseTo(p, 6);
  });
});
