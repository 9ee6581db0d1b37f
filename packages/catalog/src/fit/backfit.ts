import { median } from "./stats.js";

/** One observation: a response (log salary) and its level of each factor, in factor order. */
export interface Observation {
  readonly y: number;
  readonly keys: readonly string[];
}

/** A fitted additive effect on the log scale and how many observations it rests on. */
export interface Effect {
  readonly effect: number;
  readonly n: number;
}

export interface BackfitResult {
  /** Median of the response; every effect is an offset from it. */
  readonly intercept: number;
  /** One map per factor: level → effect. */
  readonly effects: readonly ReadonlyMap<string, Effect>[];
  /** y − fitted, per observation, in input order. */
  readonly residuals: readonly number[];
}

export interface BackfitOptions {
  /** Passes over all factors; default 25. */
  readonly iterations?: number;
  /**
   * Per factor, a pseudo-count k that shrinks a level's median toward 0 by n / (n + k), so that
   * levels with few observations stay near the overall level; default 0 (no shrinkage).
   */
  readonly shrink?: readonly number[];
}

/**
 * Fits y ≈ intercept + Σ effect_f(level) by alternating medians (backfitting): each pass sets each
 * factor's level effects to the median of the partial residuals of that level's observations.
 * On log salaries this is a robust multiplicative model: exp(effect difference) is a pay ratio.
 *
 * @example
 * const obs = [
 *   { y: Math.log(100), keys: ["a"] }, { y: Math.log(200), keys: ["b"] },
 * ];
 * const fit = backfit(obs, 1);
 * Math.exp(fit.effects[0]!.get("b")!.effect - fit.effects[0]!.get("a")!.effect) // → 2
 */
export function backfit(observations: readonly Observation[], factorCount: number, options: BackfitOptions = {}): BackfitResult {
  const iterations = options.iterations ?? 25;
  const shrink = options.shrink ?? [];
  const n = observations.length;
  const intercept = n === 0 ? 0 : median(observations.map((o) => o.y));

  // Group observation indices per factor level once.
  const groups: Map<string, number[]>[] = [];
  for (let f = 0; f < factorCount; f++) {
    const byLevel = new Map<string, number[]>();
    observations.forEach((o, i) => {
      const key = o.keys[f] ?? "";
      let list = byLevel.get(key);
      if (!list) byLevel.set(key, (list = []));
      list.push(i);
    });
    groups.push(byLevel);
  }

  // current[f][i] = effect of factor f on observation i.
  const current = Array.from({ length: factorCount }, () => new Float64Array(n));
  const total = new Float64Array(n);
  const effects: Map<string, Effect>[] = groups.map(() => new Map());

  for (let iter = 0; iter < iterations; iter++) {
    let change = 0;
    for (let f = 0; f < factorCount; f++) {
      const k = shrink[f] ?? 0;
      const eff = current[f]!;
      for (const [level, idx] of groups[f]!) {
        const partial = idx.map((i) => observations[i]!.y - intercept - (total[i]! - eff[i]!));
        const value = median(partial) * (idx.length / (idx.length + k));
        effects[f]!.set(level, { effect: value, n: idx.length });
        for (const i of idx) {
          change = Math.max(change, Math.abs(value - eff[i]!));
          total[i] = total[i]! - eff[i]! + value;
          eff[i] = value;
        }
      }
    }
    if (change < 1e-9) break;
  }

  const residuals = observations.map((o, i) => o.y - intercept - total[i]!);
  return { intercept, effects, residuals };
}

/**
 * The fitted response for a list of factor levels; a level the fit never saw counts 0.
 *
 * @example
 * predictLog(fit, ["b"]) // → Math.log(200) for the fit in `backfit`'s example
 */
export function predictLog(fit: BackfitResult, keys: readonly string[]): number {
  let y = fit.intercept;
  fit.effects.forEach((map, f) => {
    y += map.get(keys[f] ?? "")?.effect ?? 0;
  });
  return y;
}
