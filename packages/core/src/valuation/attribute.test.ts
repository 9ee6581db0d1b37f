import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attribute } from "./attribute.js";

describe("attribute", () => {
  it("splits a gap by log-multiplier share", () => {
    const shares = attribute(100_000, [
      { id: "level", multiplier: 1.2 },
      { id: "location", multiplier: 1.1 },
    ]);
    const logMean = 32_000 / Math.log(1.32);
    expect(shares[0]!.amount).toBeCloseTo(logMean * Math.log(1.2), 8);
    expect(shares[1]!.amount).toBeCloseTo(logMean * Math.log(1.1), 8);
    expect(shares[0]!.amount + shares[1]!.amount).toBe(32_000);
  });

  it("gives opposite factors that cancel out equal and opposite amounts", () => {
    const [up, down] = attribute(50_000, [
      { id: "a", multiplier: 2 },
      { id: "b", multiplier: 0.5 },
    ]);
    expect(up!.amount).toBeCloseTo(50_000 * Math.log(2), 8);
    expect(up!.amount + down!.amount).toBe(0);
  });

  it("does not depend on the order of factors", () => {
    const a = attribute(80_000, [
      { id: "x", multiplier: 1.3 },
      { id: "y", multiplier: 0.7 },
      { id: "z", multiplier: 1.05 },
    ]);
    const b = attribute(80_000, [
      { id: "z", multiplier: 1.05 },
      { id: "x", multiplier: 1.3 },
      { id: "y", multiplier: 0.7 },
    ]);
    for (const s of a) expect(b.find((t) => t.id === s.id)!.amount).toBeCloseTo(s.amount, 6);
  });

  it("always adds up to the gap", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.array(fc.double({ min: 0.05, max: 20, noNaN: true }), { maxLength: 12 }),
        (benchmark, multipliers) => {
          const factors = multipliers.map((multiplier, i) => ({ id: String(i), multiplier }));
          const total = factors.reduce((t, f) => t * f.multiplier, benchmark);
          const sum = attribute(benchmark, factors, total).reduce((s, x) => s + x.amount, benchmark);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(Math.max(total, benchmark) * 1e-12);
        },
      ),
    );
  });
});
