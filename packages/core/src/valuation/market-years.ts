import type { Catalog } from "../catalog/schema.js";

/** The market years a catalog can price, and the last one backed by salary data. */
export interface MarketYears {
  /** The first year of the market index. */
  readonly first: number;
  /** The last year of the market index: a later year is refused. */
  readonly last: number;
  /**
   * The last year backed by salary data: the latest of the reference year (where the benchmarks
   * are measured) and the years whose index figure cites a fitted or published source. A later
   * year's index is a judgement (a stated trend), so an estimate for it is a projection.
   */
  readonly lastData: number;
}

/** How much each year past the last data year multiplies an estimate's confidence score. */
export const projectionConfidencePerYear = 0.9;

const cache = new WeakMap<Catalog, MarketYears>();

/**
 * The range of years a catalog can price and where its data end.
 *
 * @example
 * marketYearsOf(defaultCatalog) // → { first: 2020, last: 2030, lastData: 2024 }
 */
export function marketYearsOf(catalog: Catalog): MarketYears {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const kinds = new Map(catalog.sources.map((s) => [s.id, s.kind]));
  let first = Infinity;
  let last = -Infinity;
  let lastData = catalog.model.reference.year;
  for (const m of catalog.marketIndex) {
    first = Math.min(first, m.year);
    last = Math.max(last, m.year);
    const kind = kinds.get(m.index.source);
    if ((kind === "fitted" || kind === "published") && m.year > lastData) lastData = m.year;
  }
  const years: MarketYears = { first, last, lastData: Math.min(lastData, last) };
  cache.set(catalog, years);
  return years;
}

/**
 * Why a year cannot be priced with a catalog's market years, or null when it can: it must be a
 * whole number within the market index.
 *
 * @example
 * yearProblem(2031, { first: 2020, last: 2030, lastData: 2024 })
 * // → "must be a year from 2020 to 2030 (the catalog's market years), not 2031"
 */
export function yearProblem(year: number, years: MarketYears): string | null {
  const range = `a year from ${years.first} to ${years.last} (the catalog's market years)`;
  if (!Number.isInteger(year)) return `must be ${range}`;
  if (year < years.first || year > years.last) return `must be ${range}, not ${year}`;
  return null;
}

/**
 * The factor a projection multiplies the confidence score by: `projectionConfidencePerYear` for
 * each year past the last data year (1 for a year with data). A projected index compounds a
 * stated growth rate whose year-to-year error in the fitted years is as large as the growth
 * itself, so trust falls with every year it reaches further.
 *
 * @example
 * projectionFactor(2027, { first: 2020, last: 2030, lastData: 2024 }) // → 0.729 (0.9³)
 */
export function projectionFactor(year: number, years: MarketYears): number {
  return year > years.lastData ? Math.pow(projectionConfidencePerYear, year - years.lastData) : 1;
}
