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

  it("shrinks a thin level toward its group's pooled effect, not toward 0", () => {
    // Two groups far apart; in group "low", a thin level (2 rows) sits high above its group.
    const obs = [
      ...Array.from({ length: 30 }, (_, i) => ({ y: 10 + (i % 3) * 0.1, keys: ["hi-a"] })),
      ...Array.from({ length: 30 }, (_, i) => ({ y: 8 + (i % 3) * 0.1, keys: ["lo-a"] })),
      ...Array.from({ length: 30 }, (_, i) => ({ y: 8.2 + (i % 3) * 0.1, keys: ["lo-b"] })),
      { y: 9.5, keys: ["lo-thin"] },
      { y: 9.5, keys: ["lo-thin"] },
    ];
    const groupOf = (level: string): string => level.slice(0, 2);
    const fit = backfit(obs, 1, { pooling: [{ groupOf }] });
    const e = (level: string) => fit.effects[0]!.get(level)!;
    const groups = fit.pooling[0]!.groups!;
    expect(groups.get("lo")!.effect).toBeLessThan(groups.get("hi")!.effect);
    // The thin level is pulled toward the "lo" pool: between the pool and its own median.
    expect(e("lo-thin").prior).toBeCloseTo(groups.get("lo")!.effect, 9);
    expect(e("lo-thin").effect).toBeLessThan(e("lo-thin").raw);
    expect(e("lo-thin").effect).toBeGreaterThan(e("lo-thin").prior);
    expect(e("lo-thin").weight).toBeCloseTo(2 / (2 + fit.pooling[0]!.k), 9);
    // Levels with 30 rows hardly move.
    expect(e("lo-a").weight).toBeGreaterThan(0.8);
  });

  it("adds a stated offset to a level's prior", () => {
    const obs = [
      ...Array.from({ length: 20 }, (_, i) => ({ y: i % 2, keys: ["a"] })),
      ...Array.from({ length: 20 }, (_, i) => ({ y: 1 + (i % 2), keys: ["b"] })),
      { y: 5, keys: ["thin"] },
    ];
    const plain = backfit(obs, 1, { pooling: [{ k: 4 }] });
    const moved = backfit(obs, 1, { pooling: [{ k: 4, priorOffset: new Map([["thin", 1]]) }] });
    const thin = (f: typeof plain) => f.effects[0]!.get("thin")!;
    expect(thin(moved).prior - thin(plain).prior).toBeCloseTo(1, 9);
    expect(thin(moved).effect - thin(plain).effect).toBeCloseTo(1 * (4 / 5), 9);
  });

  it("counts an unseen level as 0", () => {
    const fit = backfit([{ y: 1, keys: ["a"] }], 1);
    expect(predictLog(fit, ["zzz"])).toBe(1);
  });
});
