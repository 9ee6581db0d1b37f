import { OfferSchema, projectOffer, type OfferInput, type OfferProjection } from "@paypath/core";

/** The parts of a year's pay the chart stacks, bottom to top, with their colours. */
export const payComponents = [
  { key: "base", label: "Base", color: "#4f46e5" },
  { key: "bonus", label: "Bonus", color: "#0891b2" },
  { key: "signOn", label: "Sign-on", color: "#d97706" },
  { key: "equity", label: "Equity (risk-adjusted)", color: "#059669" },
  { key: "benefits", label: "Benefits", color: "#db2777" },
] as const;

export type PayComponentKey = (typeof payComponents)[number]["key"];

/** One bar of an offer's chart: a year and what each part pays in it. */
export type YearRow = { readonly year: string; readonly total: number } & Readonly<Record<PayComponentKey, number>>;

/** Years the screen projects an offer over (the comparison's horizon). */
export const horizonYears = 4;

/**
 * Projects an offer as entered over the comparison's horizon (core's `projectOffer`, defaults applied).
 *
 * @example
 * projectOfferInput({ base: 100_000 }).years.length // → 4
 */
export function projectOfferInput(offer: OfferInput): OfferProjection {
  return projectOffer(OfferSchema.parse(offer), { years: horizonYears });
}

/**
 * The chart's bars: per year, base, bonus, sign-on, risk-adjusted equity and benefits, which add
 * up to the year's risk-adjusted total.
 *
 * @example
 * yearlyRows(projectOfferInput({ base: 100_000, signOn: { amount: 10_000 } }))[0]
 * // → { year: "Year 1", base: 100000, bonus: 0, signOn: 10000, equity: 0, benefits: 0, total: 110000 }
 */
export function yearlyRows(projection: OfferProjection): YearRow[] {
  return projection.years.map((y) => ({
    year: `Year ${y.year}`,
    base: y.base,
    bonus: y.bonus,
    signOn: y.signOn,
    equity: y.equity.riskAdjusted,
    benefits: y.benefits,
    total: y.riskAdjusted,
  }));
}

/**
 * The top of a shared y-axis: the tallest bar of all the offers' charts rounded up to 1, 1.5, 2,
 * 2.5, 3, 4, 5, 6 or 8 times a power of ten, so offers are drawn to one scale (1 when there are no bars).
 *
 * @example
 * chartCeiling([[{ total: 390_000 }], [{ total: 195_120 }]]) // → 400000
 */
export function chartCeiling(charts: readonly (readonly Pick<YearRow, "total">[] | null)[]): number {
  const max = Math.max(0, ...charts.flatMap((rows) => (rows ?? []).map((r) => r.total)));
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= max) ?? 10;
  return step * power;
}

/**
 * The chart's bars with every amount multiplied by `rate` (units of the shown currency per unit
 * of the offer's), for showing an offer in another currency; years unchanged.
 *
 * @example
 * scaleRows([{ year: "Year 1", base: 100_000, bonus: 0, signOn: 0, equity: 0, benefits: 0, total: 100_000 }], 0.9)[0].total // → 90000
 */
export function scaleRows(rows: readonly YearRow[], rate: number): YearRow[] {
  if (rate === 1) return [...rows];
  return rows.map((r) => ({
    year: r.year,
    base: r.base * rate,
    bonus: r.bonus * rate,
    signOn: r.signOn * rate,
    equity: r.equity * rate,
    benefits: r.benefits * rate,
    total: r.total * rate,
  }));
}
