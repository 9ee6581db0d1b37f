import type { Catalog, Role } from "../catalog/schema.js";
import type { RoleMatch } from "../profile/schema.js";

/** The highest confidence score an estimate of a fallback role can have (label "low"). */
export const fallbackConfidenceCap = 0.45;

/** The confidence of an exact title match: a mapping this sure widens nothing. */
export const exactTitleConfidence = 0.95;

/** The standard normal's 75th percentile: p25–p75 of a log-normal span ±z·σ around the median. */
const z75 = 0.6744897501960817;

const cache = new WeakMap<Catalog, Map<string, number>>();

/**
 * The variance of log benchmarks across the roles of a family (population variance): how far
 * pay differs between the roles a vague title could mean. A family with fewer than two roles
 * uses every role of the catalog instead.
 *
 * @example
 * familyLogVariance(catalog, "core-ai") // → 0.00227 for benchmarks 200k and 220k (ln(1.1)² ÷ 4)
 */
export function familyLogVariance(catalog: Catalog, family: Role["family"]): number {
  let byFamily = cache.get(catalog);
  if (!byFamily) {
    byFamily = new Map();
    cache.set(catalog, byFamily);
  }
  const cached = byFamily.get(family);
  if (cached !== undefined) return cached;
  const inFamily = catalog.roles.filter((r) => r.family === family);
  const pool = inFamily.length >= 2 ? inFamily : catalog.roles;
  const logs = pool.map((r) => Math.log(r.benchmark.value));
  const mean = logs.reduce((s, l) => s + l, 0) / logs.length;
  const variance = logs.reduce((s, l) => s + (l - mean) ** 2, 0) / logs.length;
  byFamily.set(family, variance);
  return variance;
}

/**
 * The share of a family's between-role variance a title mapping adds to an estimate's range:
 * all of it for a fallback (the title names no role, so any role of the family is as likely),
 * `1 − confidence ÷ 0.95` for a mapped title (nothing for an exact match, 0.42 for a general title
 * at 0.55), nothing without a mapping.
 *
 * @example
 * mappingWeight({ confidence: 0.4, fallback: true }) // → 1
 * mappingWeight({ confidence: 0.55, fallback: false }) // → 0.421…
 */
export function mappingWeight(match: RoleMatch | undefined): number {
  if (!match) return 0;
  if (match.fallback) return 1;
  return Math.min(1, Math.max(0, 1 - match.confidence / exactTitleConfidence));
}

/**
 * Widens a range given as ratios to its median (p25 ÷ p50 ≤ 1, p75 ÷ p50 ≥ 1) for extra log
 * variance: each side is read as z·σ of a log-normal (z = 0.674, the 75th percentile of a
 * standard normal), and the extra variance is added to σ², so ln(ratio) moves out to
 * ±√(ln(ratio)² + z²·extra).
 *
 * @example
 * widenSpread(0.8, 1.25, 0) // → { low: 0.8, high: 1.25 }
 * widenSpread(0.8, 1.25, 0.01) // → { low: 0.792, high: 1.263 } (√(ln(1.25)² + 0.674² × 0.01) = 0.2331)
 */
export function widenSpread(low: number, high: number, extraLogVariance: number): { low: number; high: number } {
  if (extraLogVariance <= 0) return { low, high };
  const extra = z75 * z75 * extraLogVariance;
  const lowLog = Math.log(low);
  const highLog = Math.log(high);
  return { low: Math.exp(-Math.sqrt(lowLog * lowLog + extra)), high: Math.exp(Math.sqrt(highLog * highLog + extra)) };
}
