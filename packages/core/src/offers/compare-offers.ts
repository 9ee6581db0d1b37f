import type { Catalog } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { estimate } from "../valuation/estimate.js";
import type { Estimate, Range } from "../valuation/types.js";
import { clawbackAt } from "./clawback-at.js";
import { projectOffer, type OfferProjection } from "./project-offer.js";
import { OfferSchema, type Offer, type OfferInput } from "./schema.js";
import { yearlyPercents } from "./vesting-schedule.js";

/** A pay component an offer can fall below the market median on. */
export type MarketComponent = "base" | "bonus" | "equity";

/**
 * A component of an offer below the market p50: what it pays in year 1, the p50, and the gap in
 * money. Gaps within a billionth of the p50 (floating-point noise) do not count.
 */
export interface Shortfall {
  readonly component: MarketComponent;
  readonly offered: number;
  readonly marketP50: number;
  /** `marketP50 − offered`, always > 0. */
  readonly shortfall: number;
}

/** A question a candidate should ask about an offer, and why. */
export interface ChecklistItem {
  readonly id: string;
  readonly question: string;
  readonly reason: string;
}

/**
 * An offer's sign-on bonus and what leaving early costs: the amount repaid when leaving halfway
 * through the clawback period (`clawbackAt` at `clawbackMonths ÷ 2`, whole months).
 */
export interface SignOnTerms {
  readonly amount: number;
  readonly clawbackMonths: number;
  readonly clawback: "pro-rata" | "full";
  readonly owedIfLeaving: { readonly afterMonths: number; readonly amount: number } | null;
}

/** One offer of a comparison. */
export interface OfferComparison {
  readonly projection: OfferProjection;
  /** The sign-on bonus and its clawback; null without one. */
  readonly signOn: SignOnTerms | null;
  /** Year 1's risk-adjusted total. */
  readonly yearOneTotal: number;
  /** The average of the years' risk-adjusted totals over the horizon (4 years by default). */
  readonly fourYearAverage: number;
  /** Where `yearOneTotal` and `fourYearAverage` fall in the market's total pay, 0.1–99.9. */
  readonly percentiles: { readonly yearOneTotal: number; readonly fourYearAverage: number };
  /** The components paying less than the market p50, in the order base, bonus, equity. */
  readonly belowMarket: readonly Shortfall[];
  readonly checklist: readonly ChecklistItem[];
}

/** The result of `compareOffers`: each offer in input order, the market it is set against, and the best one. */
export interface OffersComparison {
  readonly offers: readonly OfferComparison[];
  /** PayPath's estimate for the profile, in the offers' currency. */
  readonly market: Pick<Estimate, "currency" | "base" | "bonus" | "equity" | "total">;
  /** The index of the offer with the highest four-year average; ties go to the lower index. */
  readonly best: number;
}

/** Options of `compareOffers`: the horizon in years (default 4). */
export interface CompareOffersOptions {
  readonly years?: number;
}

/** z of the 75th percentile of the standard normal. */
const Z75 = 0.6745;
const MIN_PERCENTILE = 0.1;
const MAX_PERCENTILE = 99.9;

/**
 * The error function, Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7); exactly 0 at 0.
 *
 * @example
 * erf(1) // → ≈ 0.8427
 */
function erf(x: number): number {
  if (x === 0) return 0;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign * (1 - poly * Math.exp(-a * a));
}

/**
 * The standard normal CDF, Φ(z) = (1 + erf(z ÷ √2)) ÷ 2.
 *
 * @example
 * normalCdf(0) // → 0.5
 */
export function normalCdf(z: number): number {
  return (1 + erf(z / Math.SQRT2)) / 2;
}

/**
 * The percentile (0.1–99.9) of `value` in a log-normal fitted to a p25/p50/p75 range: z is
 * `ln(value ÷ p50) ÷ σ`, σ taken from the side the value falls on (`ln(p75 ÷ p50) ÷ 0.6745` above
 * the median, `ln(p50 ÷ p25) ÷ 0.6745` below), and the percentile is `Φ(z) × 100`, clamped.
 * A value ≤ 0 sits at 0.1; a flat side (p25 = p50 or p75 = p50) puts any value beyond it at the clamp.
 *
 * @example
 * marketPercentile(260_000, { p25: 196_000, p50: 260_000, p75: 334_000 }) // → 50
 * marketPercentile(334_000, { p25: 196_000, p50: 260_000, p75: 334_000 }) // → ≈ 75
 */
export function marketPercentile(value: number, range: Range): number {
  const { p25, p50, p75 } = range;
  if (!(p25 > 0 && p50 >= p25 && p75 >= p50)) throw new RangeError("the market range needs 0 < p25 ≤ p50 ≤ p75");
  if (!Number.isFinite(value)) throw new RangeError("value must be a finite number");
  if (value === p50) return 50;
  if (value <= 0) return MIN_PERCENTILE;
  const sigma = (value > p50 ? Math.log(p75 / p50) : Math.log(p50 / p25)) / Z75;
  const percentile = sigma > 0 ? normalCdf(Math.log(value / p50) / sigma) * 100 : value > p50 ? MAX_PERCENTILE : MIN_PERCENTILE;
  return Math.min(MAX_PERCENTILE, Math.max(MIN_PERCENTILE, percentile));
}

/** True when less than half the grant vests in the first half of the schedule. */
function isBackLoaded(offer: Offer): boolean {
  const yearly = yearlyPercents(offer.vesting);
  const half = yearly.length / 2;
  let firstHalf = 0;
  for (let i = 0; i < yearly.length; i++) firstHalf += yearly[i]! * Math.max(0, Math.min(1, half - i));
  return firstHalf < 50 - 1e-6;
}

/** The questions an offer leaves open, in a fixed order; the last two are always asked. */
function checklistOf(input: OfferInput, offer: Offer, currency: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (input.bonus?.payoutPercent === undefined) {
    items.push({
      id: "bonus-payout-history",
      question: "What has the bonus actually paid out, as a percentage of target, over the last few years?",
      reason:
        offer.bonus.targetPercent > 0
          ? `The offer gives a ${offer.bonus.targetPercent} % target but no expected payout; the projection assumes 100 %.`
          : "The offer names no bonus; ask whether there is one and what it has paid.",
    });
  }
  if (offer.refresher === undefined) {
    items.push({
      id: "refresh-grants",
      question: "Are there yearly refresh grants, and how are they sized?",
      reason: "The offer names no refresher, so the projection counts no equity beyond the initial grant.",
    });
  }
  const grant = offer.equity;
  if (grant !== undefined && !offer.company.isPublic) {
    items.push(
      {
        id: "dilution",
        question: "How much dilution should I expect from future rounds, and is there a planned raise?",
        reason: "Private equity is diluted by each funding round.",
      },
      {
        id: "preferred-price",
        question: "What was the preferred price per share in the last round, and what are the liquidation preferences?",
        reason: "The preferred price and preferences decide what common shares are worth in an exit.",
      },
      {
        id: "last-409a",
        question: "What was the last 409A valuation, and when was it done?",
        reason: "The 409A sets the strike and the tax on exercise of private options.",
      },
    );
  }
  if (grant !== undefined && offer.vesting.cliffMonths >= 12) {
    items.push({
      id: "cliff",
      question: `Is the ${offer.vesting.cliffMonths}-month cliff negotiable, and what happens to unvested equity if the role ends before it?`,
      reason: `Nothing vests until month ${offer.vesting.cliffMonths}; leaving or being let go before then forfeits the whole grant.`,
    });
  }
  if (grant !== undefined && isBackLoaded(offer)) {
    items.push({
      id: "back-loaded-vesting",
      question: "Why is vesting back-loaded, and do refreshers make up for the light early years?",
      reason: `Vesting is ${yearlyPercents(offer.vesting).join("/")} % a year: less than half the grant vests in the first half of the schedule.`,
    });
  }
  const signOn = offer.signOn;
  if (signOn !== undefined && signOn.amount > 0 && signOn.clawbackMonths > 0) {
    const rule = signOn.clawback === "full" ? "all of it" : "the unearned part";
    items.push({
      id: "sign-on-clawback",
      question: `Can the ${signOn.clawbackMonths}-month sign-on clawback be shortened or pro-rated, and is it waived if the company ends the job?`,
      reason: `Leaving within ${signOn.clawbackMonths} months repays ${rule} of the ${Math.round(signOn.amount)} ${currency} sign-on bonus.`,
    });
  }
  if (input.location?.costOfLivingIndex === undefined) {
    items.push({
      id: "geo-pay-policy",
      question: "Does pay depend on where I live, and what is the remote and relocation pay policy?",
      reason: "The offer gives no cost of living for the location, so its real value is unknown.",
    });
  }
  items.push(
    {
      id: "salary-band",
      question: "What is the salary band for this role and level, where does this offer sit in it, and how often is pay reviewed?",
      reason: "The band and the review cadence decide how much room there is to grow without changing jobs.",
    },
    {
      id: "role-scope",
      question: "What are the scope, level and expectations of the role, and how is performance measured?",
      reason: "The same pay is worth more or less depending on the level and scope it buys.",
    },
  );
  return items;
}

/** The sign-on bonus and its clawback, with what leaving halfway through the clawback period repays. */
function signOnTermsOf(offer: Offer): SignOnTerms | null {
  const s = offer.signOn;
  if (s === undefined || s.amount <= 0) return null;
  const afterMonths = Math.floor(s.clawbackMonths / 2);
  return {
    amount: s.amount,
    clawbackMonths: s.clawbackMonths,
    clawback: s.clawback,
    owedIfLeaving: s.clawbackMonths > 0 ? { afterMonths, amount: clawbackAt(offer, afterMonths) } : null,
  };
}

/**
 * Compares 2–4 offers against each other and against PayPath's market estimate for the profile.
 * Per offer: its projection, year 1's risk-adjusted total and the average risk-adjusted total over
 * the horizon, each as a percentile of the market's total pay (`marketPercentile`), the components
 * below the market p50 (base, bonus, and year 1's risk-adjusted equity) with the gap in money, and
 * a checklist of questions driven by what the offer leaves unspecified or risky (a sign-on
 * clawback among them), and the sign-on's terms (`signOn`). `best` is the
 * offer with the highest average, ties to the lower index. The offers share one currency (each
 * offer's `currency`, absent = the catalog's base currency) and the market is priced in it at
 * the catalog's rate. Throws `RangeError` for fewer than 2 or more than 4 offers or offers in
 * different currencies, a ZodError for an invalid offer, and `ProfileError` for a profile the
 * catalog cannot price (or a currency it has no rate for, on `currency`).
 *
 * @example
 * const { best, offers } = compareOffers([{ base: 200_000 }, { base: 180_000 }], { role: "ml-engineer", level: "senior", location: "us" }, catalog);
 * best // → 0
 * offers[1].belowMarket[0] // → { component: "base", offered: 180_000, marketP50: 200_000, shortfall: 20_000 }
 */
export function compareOffers(
  offers: readonly OfferInput[],
  profile: Profile,
  catalog: Catalog,
  options: CompareOffersOptions = {},
): OffersComparison {
  if (offers.length < 2 || offers.length > 4) {
    throw new RangeError(`compareOffers needs 2 to 4 offers, got ${offers.length}`);
  }
  const currencies = [...new Set(offers.map((o) => o.currency ?? catalog.baseCurrency))];
  if (currencies.length > 1) throw new RangeError(`compareOffers needs offers in one currency, got ${currencies.join(", ")}`);
  const currency = currencies[0]!;
  const e = estimate({ ...profile, currency }, catalog, { breakdown: false, levers: false });
  const market = { currency: e.currency, base: e.base, bonus: e.bonus, equity: e.equity, total: e.total };

  const compared = offers.map((input): OfferComparison => {
    const offer = OfferSchema.parse(input);
    const projection = projectOffer(offer, { years: options.years ?? 4 });
    const first = projection.years[0]!;
    const yearOneTotal = first.riskAdjusted;
    const fourYearAverage = projection.total.riskAdjusted / projection.years.length;
    const offered: Record<MarketComponent, number> = { base: first.base, bonus: first.bonus, equity: first.equity.riskAdjusted };
    const belowMarket: Shortfall[] = [];
    for (const component of ["base", "bonus", "equity"] as const) {
      const marketP50 = e[component].p50;
      // A relative tolerance keeps floating-point noise (20_000 vs 20_000.000000000004) from counting as a gap.
      if (marketP50 - offered[component] > marketP50 * 1e-9) {
        belowMarket.push({ component, offered: offered[component], marketP50, shortfall: marketP50 - offered[component] });
      }
    }
    return {
      projection,
      signOn: signOnTermsOf(offer),
      yearOneTotal,
      fourYearAverage,
      percentiles: { yearOneTotal: marketPercentile(yearOneTotal, e.total), fourYearAverage: marketPercentile(fourYearAverage, e.total) },
      belowMarket,
      checklist: checklistOf(input, offer, currency),
    };
  });

  let best = 0;
  for (let i = 1; i < compared.length; i++) {
    if (compared[i]!.fourYearAverage > compared[best]!.fourYearAverage) best = i;
  }
  return { offers: compared, market, best };
}
