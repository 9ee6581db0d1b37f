import { estimateShrinkage, medianEfficiency, shrinkToward, withinVariance, type GroupEstimate } from "./pooling.js";
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
  /** The level's own estimate before pooling (median of its partial residuals). */
  readonly raw: number;
  /** What it was shrunk toward (its group's pooled effect plus any stated offset, else 0). */
  readonly prior: number;
  /** n / (n + k): the weight of the level's own estimate against its prior. */
  readonly weight: number;
}

/**
 * How one factor's levels are pooled (partial pooling, empirical Bayes): each level's median is
 * shrunk toward its prior by n / (n + k). The prior is 0 (the overall level), or, with `groupOf`,
 * the pooled effect of the level's group (e.g. a country's region), itself shrunk toward 0 by
 * n / (n + groupK); `priorOffset` adds a stated shift to a level's prior (log scale).
 */
export interface FactorPooling {
  /** Stated pseudo-count; estimated from the data (between- vs within-level variance) when left out. 0 = no pooling. */
  readonly k?: number;
  /** The group of a level; levels without one are shrunk toward 0. */
  readonly groupOf?: (level: string) => string | undefined;
  /** Stated pseudo-count of the groups toward 0; estimated when left out. */
  readonly groupK?: number;
  /** A stated shift of a level's prior (log scale). */
  readonly priorOffset?: ReadonlyMap<string, number>;
  /**
   * A level's prior computed from this pass's own estimates of every level (log scale, e.g. a
   * reference level's effect plus a covariate's slope fitted across levels); undefined falls back
   * to the group's pooled effect (or 0).
   */
  readonly priorOf?: (level: string, raw: ReadonlyMap<string, { readonly raw: number; readonly n: number }>) => number | undefined;
}

/** What pooling did for one factor in the last pass. */
export interface PoolingResult {
  readonly k: number;
  readonly groupK?: number;
  /** Pooled effect of each group (when the factor has groups). */
  readonly groups?: ReadonlyMap<string, { readonly effect: number; readonly n: number }>;
}

export interface BackfitResult {
  /** Median of the response; every effect is an offset from it. */
  readonly intercept: number;
  /** One map per factor: level → effect. */
  readonly effects: readonly ReadonlyMap<string, Effect>[];
  /** The pseudo-counts used per factor. */
  readonly pooling: readonly PoolingResult[];
  /** y − fitted, per observation, in input order. */
  readonly residuals: readonly number[];
}

export interface BackfitOptions {
  /** Passes over all factors; default 25. */
  readonly iterations?: number;
  /** Per factor, a stated pseudo-count k (shorthand for `pooling[f] = { k }`); default 0 (no shrinkage). */
  readonly shrink?: readonly number[];
  /** Per factor, how its levels are pooled; overrides `shrink`. */
  readonly pooling?: readonly (FactorPooling | undefined)[];
}

/**
 * Fits y ≈ intercept + Σ effect_f(level) by alternating medians (backfitting): each pass sets each
 * factor's level effects to the median of the partial residuals of that level's observations,
 * shrunk toward the level's prior as the factor's pooling says (see `FactorPooling`).
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
  const pooling: FactorPooling[] = Array.from({ length: factorCount }, (_, f) => options.pooling?.[f] ?? { k: options.shrink?.[f] ?? 0 });
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
  const used: PoolingResult[] = groups.map(() => ({ k: 0 }));

  for (let iter = 0; iter < iterations; iter++) {
    let change = 0;
    for (let f = 0; f < factorCount; f++) {
      const eff = current[f]!;
      const partialOf = (idx: readonly number[]): number[] => idx.map((i) => observations[i]!.y - intercept - (total[i]! - eff[i]!));
      const levels = [...groups[f]!].map(([level, idx]) => ({ level, idx, partial: partialOf(idx) }));
      const { values, result } = poolFactor(levels, pooling[f]!);
      used[f] = result;
      for (const { level, idx } of levels) {
        const e = values.get(level)!;
        effects[f]!.set(level, e);
        for (const i of idx) {
          change = Math.max(change, Math.abs(e.effect - eff[i]!));
          total[i] = total[i]! - eff[i]! + e.effect;
          eff[i] = e.effect;
        }
      }
    }
    if (change < 1e-9) break;
  }

  const residuals = observations.map((o, i) => o.y - intercept - total[i]!);
  return { intercept, effects, pooling: used, residuals };
}

/** One pass of one factor: every level's pooled effect from its partial residuals. */
function poolFactor(
  levels: readonly { level: string; partial: readonly number[] }[],
  spec: FactorPooling,
): { values: Map<string, Effect>; result: PoolingResult } {
  // Group (e.g. region) effects, shrunk toward 0.
  let groupEffects: Map<string, { effect: number; n: number }> | undefined;
  let groupK: number | undefined;
  if (spec.groupOf) {
    const members = new Map<string, number[]>();
    for (const l of levels) {
      const g = spec.groupOf(l.level);
      if (g === undefined) continue;
      const list = members.get(g) ?? [];
      list.push(...l.partial);
      members.set(g, list);
    }
    const estimates = [...members].map(([g, values]) => ({ g, est: { raw: median(values), prior: 0, n: values.length } }));
    groupK = spec.groupK ?? estimateShrinkage(estimates.map((e) => e.est), medianEfficiency * withinVariance([...members.values()]));
    groupEffects = new Map(estimates.map(({ g, est }) => [g, { effect: shrinkToward(est, groupK!), n: est.n }]));
  }

  const raws = new Map(levels.map((l) => [l.level, { raw: median(l.partial), n: l.partial.length }]));
  const estimates: GroupEstimate[] = levels.map((l) => {
    const g = spec.groupOf?.(l.level);
    const own = raws.get(l.level)!;
    const computed = spec.priorOf?.(l.level, raws);
    const base = computed ?? (g === undefined ? 0 : (groupEffects?.get(g)?.effect ?? 0));
    return { raw: own.raw, prior: base + (spec.priorOffset?.get(l.level) ?? 0), n: own.n };
  });
  const k = spec.k ?? estimateShrinkage(estimates, medianEfficiency * withinVariance(levels.map((l) => l.partial)));
  const values = new Map<string, Effect>();
  levels.forEach((l, i) => {
    const est = estimates[i]!;
    values.set(l.level, { effect: shrinkToward(est, k), n: est.n, raw: est.raw, prior: est.prior, weight: est.n / (est.n + k) });
  });
  return { values, result: groupEffects ? { k, groupK, groups: groupEffects } : { k } };
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
