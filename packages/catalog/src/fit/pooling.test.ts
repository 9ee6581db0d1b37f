import { describe, expect, it } from "vitest";
import { estimateShrinkage, shrinkToward, withinVariance } from "./pooling.js";

describe("partial pooling", () => {
  it("shrinks a group's estimate toward its prior by n / (n + k)", () => {
    expect(shrinkToward({ raw: 1, prior: 0, n: 5 }, 5)).toBeCloseTo(0.5, 12);
    expect(shrinkToward({ raw: 2, prior: 1, n: 30 }, 10)).toBeCloseTo(1.75, 12);
    expect(shrinkToward({ raw: 2, prior: 1, n: 30 }, 0)).toBe(2);
    expect(shrinkToward({ raw: 9, prior: 1, n: 0 }, 10)).toBe(1);
  });

  it("estimates k as the sampling variance per row over the between-group variance (method of moments)", () => {
    // d² = 1 for both groups, v = 0.16 / 50: τ² = 1 − 0.0032, k = 0.16 / τ².
    expect(estimateShrinkage([{ raw: 1, prior: 0, n: 50 }, { raw: -1, prior: 0, n: 50 }], 0.16)).toBeCloseTo(0.16 / 0.9968, 9);
  });

  it("pools hard when groups differ no more than their noise, and barely when they differ a lot", () => {
    const alike = [0.01, -0.01, 0.02, -0.02].map((raw) => ({ raw, prior: 0, n: 10 }));
    const apart = [0.8, -0.8, 0.5, -0.5].map((raw) => ({ raw, prior: 0, n: 10 }));
    const kAlike = estimateShrinkage(alike, 0.2);
    const kApart = estimateShrinkage(apart, 0.2);
    expect(kAlike).toBeGreaterThan(100);
    expect(kApart).toBeLessThan(1);
  });

  it("does not pool without noise or with a single group", () => {
    expect(estimateShrinkage([{ raw: 1, prior: 0, n: 5 }], 0.2)).toBe(0);
    expect(estimateShrinkage([{ raw: 1, prior: 0, n: 5 }, { raw: 0, prior: 0, n: 5 }], 0)).toBe(0);
  });

  it("measures the within-group variance robustly from deviations around each group's median", () => {
    expect(withinVariance([[1, 2, 3], [10, 11, 12]])).toBeCloseTo(1.4826 ** 2, 9);
    expect(withinVariance([[1, 2, 3, 1000]])).toBeCloseTo(withinVariance([[1, 2, 3, 4]]), 9);
  });
});
