import type { CompiledCatalog } from "../catalog/compile.js";
import type { Level, Location } from "../catalog/schema.js";

/**
 * How much wider (> 1) or narrower (< 1) a base range is than its role's spread for a level and
 * a location: the level's `spreadScale` × the location's (a metro without one takes its country's
 * national entry's), each 1 when absent. The role's p25 and p75 ratios are raised to this power,
 * so on the log scale the range's width is multiplied by it.
 *
 * @example
 * spreadScaleOf(compiled, { spreadScale: { value: 1.2, source: "survey-fit" } } as Level, usLocation) // → 1.2
 */
export function spreadScaleOf(c: CompiledCatalog, level: Level, location: Location): number {
  const place = location.spreadScale ?? c.nationalByCountry.get(location.country)?.spreadScale;
  return (level.spreadScale?.value ?? 1) * (place?.value ?? 1);
}

/**
 * A role's spread ratios (p25 ÷ p50 ≤ 1, p75 ÷ p50 ≥ 1) scaled on the log scale by `scale`.
 *
 * @example
 * scaleSpread(0.8, 1.25, 2) // → { low: 0.64, high: 1.5625 }
 */
export function scaleSpread(low: number, high: number, scale: number): { low: number; high: number } {
  return scale === 1 ? { low, high } : { low: Math.pow(low, scale), high: Math.pow(high, scale) };
}
