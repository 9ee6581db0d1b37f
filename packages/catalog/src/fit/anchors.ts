import { countryWageAnchors, type CountryWageAnchor } from "@paypath/core";

/**
 * Official cross-country wage anchors as the fit takes them: ISO alpha-2 (upper-case) → average
 * pay relative to the reference country (core's `countryWageAnchors`, source
 * `cross-country-wages`). An anchored country's prior is the reference level × anchor^β (see `anchorElasticity`).
 *
 * @example
 * anchorRatios({ DE: { value: 0.688, source: "cross-country-wages", note: "…" } }) // → { DE: 0.688 }
 */
export function anchorRatios(table: Readonly<Record<string, CountryWageAnchor>> = countryWageAnchors): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [iso, entry] of Object.entries(table)) {
    if (Number.isFinite(entry.value) && entry.value > 0) out[iso.toUpperCase()] = entry.value;
  }
  return out;
}
