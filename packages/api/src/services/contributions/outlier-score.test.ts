import { describe, expect, it } from "vitest";
import { outlierThreshold, robustScore } from "./outlier-score.js";

describe("robustScore", () => {
  it("flags a salary far from its cell and not one inside it", () => {
    const cell = [100_000, 110_000, 120_000, 130_000, 400_000];
    expect(robustScore(400_000, cell)!).toBeGreaterThan(outlierThreshold);
    expect(Math.abs(robustScore(120_000, cell)!)).toBeLessThan(1);
    expect(robustScore(20_000, cell)!).toBeLessThan(-outlierThreshold);
  });

  it("gives no score for a cell too small or without spread", () => {
    expect(robustScore(1, [1, 2, 3])).toBeNull();
    expect(robustScore(5, [5, 5, 5, 5])).toBeNull();
  });
});
