import { describe, expect, it } from "vitest";
import { median, quantile } from "./stats.js";

describe("stats", () => {
  it("interpolates quantiles between order statistics", () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

});
