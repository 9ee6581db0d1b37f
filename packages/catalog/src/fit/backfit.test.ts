import { describe, expect, it } from "vitest";
import { backfit, predictLog } from "./backfit.js";

describe("backfit", () => {
  it("recovers known multipliers of a multiplicative model with symmetric noise", () => {
    const roles = { a: 100_000, b: 150_000 };
    const levels = { junior: 0.6, senior: 1, staff: 1.3 };
    const countries = { us: 1, gb: 0.6 };
    const noise = [0.9, 1, 1 / 0.9];
    const obs = [];
    for (const [role, base] of Object.entries(roles)) {
      for (const [level, lm] of Object.entries(levels)) {
        for (const [country, cm] of Object.entries(countries)) {
          for (const e of noise) obs.push({ y: Math.log(base * lm * cm * e), keys: [role, level, country] });
        }
      }
    }
    const fit = backfit(obs, 3);
    const ratio = (f: number, a: string, b: string) => Math.exp(fit.effects[f]!.get(a)!.effect - fit.effects[f]!.get(b)!.effect);
    expect(ratio(0, "b", "a")).toBeCloseTo(1.5, 6);
    expect(ratio(1, "junior", "senior")).toBeCloseTo(0.6, 6);
    expect(ratio(1, "staff", "senior")).toBeCloseTo(1.3, 6);
    expect(ratio(2, "gb", "us")).toBeCloseTo(0.6, 6);
    expect(Math.exp(predictLog(fit, ["a", "senior", "us"]))).toBeCloseTo(100_000, 0);
    expect(fit.effects[1]!.get("staff")!.n).toBe(12);
  });

  it("is robust to an outlier (medians, not means)", () => {
    const obs = [100, 101, 99, 100, 5000].map((v) => ({ y: Math.log(v), keys: ["x"] }));
    const fit = backfit(obs, 1);
    expect(Math.exp(predictLog(fit, ["x"]))).toBeCloseTo(100, 6);
  });

  it("shrinks a level with few observations toward the overall level", () => {
    const obs = [
      ...Array.from({ length: 20 }, () => ({ y: Math.log(100), keys: ["common"] })),
      { y: Math.log(400), keys: ["rare"] },
    ];
    const plain = backfit(obs, 1);
    const shrunk = backfit(obs, 1, { shrink: [3] });
    expect(Math.exp(plain.effects[0]!.get("rare")!.effect - plain.effects[0]!.get("common")!.effect)).toBeCloseTo(4, 6);
    expect(Math.exp(shrunk.effects[0]!.get("rare")!.effect - shrunk.effects[0]!.get("common")!.effect)).toBeCloseTo(Math.pow(4, 1 / 4), 6);
  });

  it("counts an unseen level as 0", () => {
    const fit = backfit([{ y: 1, keys: ["a"] }], 1);
    expect(predictLog(fit, ["zzz"])).toBe(1);
  });
});
