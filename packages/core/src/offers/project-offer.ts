import type { EquityGrant, Offer } from "./schema.js";
import { grantShares, vestGrant } from "./vesting-schedule.js";

/** Equity vesting in one year of an offer: whole shares, their face value and risk-adjusted value. */
export interface OfferYearEquity {
  readonly shares: number;
  readonly nominal: number;
  readonly riskAdjusted: number;
}

/**
 * One year of an offer's cash flow. `nominal` adds base, bonus, sign-on, equity at face value
 * and benefits; `riskAdjusted` replaces equity's face value with its risk-adjusted value;
 * `afterTax` is `riskAdjusted × (1 − taxRate)`; `real` is `afterTax × 100 ÷ costOfLivingIndex`.
 */
export interface OfferYear {
  readonly year: number;
  readonly base: number;
  readonly bonus: number;
  readonly signOn: number;
  readonly equity: OfferYearEquity;
  readonly benefits: number;
  readonly nominal: number;
  readonly riskAdjusted: number;
  readonly afterTax: number;
  readonly real: number;
}

/** A projected offer: its years and their sums. */
export interface OfferProjection {
  readonly years: OfferYear[];
  readonly total: { readonly nominal: number; readonly riskAdjusted: number; readonly afterTax: number; readonly real: number };
}

/** Options of `projectOffer`: how many years to project (default 4). */
export interface ProjectOfferOptions {
  readonly years?: number;
}

/** What one share pays in an exit at `price`: the price for RSUs, the spread (never negative) for options. */
function payoff(grant: EquityGrant, price: number): number {
  return grant.kind === "rsu" ? price : Math.max(0, price - grant.strike);
}

/** The current price per share: RSU share price (1 for a value grant), options' FMV (public) or preferred price (private). */
function currentPrice(grant: EquityGrant, isPublic: boolean): number {
  if (grant.kind === "rsu") return grant.grantValue !== undefined ? 1 : (grant.sharePrice ?? 0);
  return isPublic ? grant.fairMarketValue : grant.preferredPrice;
}

/**
 * The risk-adjusted value of one share vesting in `year`. Public company: its current payoff.
 * Private company: the probability-weighted exit payoff, times the ownership left after dilution
 * `(1 − dilutionPerRound)^(roundsPerYear × year)`, times `(1 − liquidityDiscount)`.
 *
 * @example
 * riskAdjustedPerShare(OfferSchema.parse({
 *   base: 1,
 *   equity: { kind: "options", shares: 1, strike: 1, fairMarketValue: 1, preferredPrice: 3 },
 *   company: { liquidityDiscount: 0.25, dilutionPerRound: 0.2, roundsPerYear: 1,
 *     exits: [{ probability: 0.5, pricePerShare: 5 }, { probability: 0.5, pricePerShare: 0.5 }] },
 * }), 1)
 * // → ≈ 1.2 (0.5 × (5 − 1) + 0.5 × 0, × 0.8 dilution, × 0.75 liquidity)
 */
export function riskAdjustedPerShare(offer: Offer, year: number): number {
  const grant = offer.equity;
  if (grant === undefined) return 0;
  const c = offer.company;
  if (c.isPublic) return payoff(grant, currentPrice(grant, true));
  const expected = c.exits.reduce((s, e) => s + e.probability * payoff(grant, e.pricePerShare), 0);
  return expected * (1 - c.dilutionPerRound) ** (c.roundsPerYear * year) * (1 - c.liquidityDiscount);
}

/**
 * The whole shares of the refresher granted each year from year 2 on: a percentage of the
 * initial grant, or a value at the initial grant's price per share, rounded down (0 without one).
 *
 * @example
 * refresherShares(OfferSchema.parse({ base: 1, equity: { kind: "rsu", shares: 1_000, sharePrice: 10 }, refresher: { value: 2_505 }, company: { isPublic: true } }))
 * // → 250
 */
export function refresherShares(offer: Offer): number {
  const grant = offer.equity;
  const r = offer.refresher;
  if (grant === undefined || r === undefined) return 0;
  if ("percentOfGrant" in r) return Math.floor(Math.round(grantShares(grant) * r.percentOfGrant * 1e4) / 1e6);
  const price = currentPrice(grant, false);
  return price > 0 ? Math.floor(Math.round((r.value / price) * 1e6) / 1e6) : 0;
}

/**
 * Projects an offer year by year (year 1 starts at the grant date). Base is flat (no raises);
 * bonus is `base × targetPercent × payoutPercent`; the sign-on is paid in year 1; equity is the
 * initial grant plus one refresher at the start of each later year, each vesting on the offer's
 * schedule (cliff included) from its own grant date; benefits are `base × retirementMatchPercent`
 * plus the learning budget and other cash. Equity's face value uses the current price (options:
 * spread over the strike, at FMV when public, at the preferred price when private); its
 * risk-adjusted value uses `riskAdjustedPerShare` for the year the shares vest. Money is not rounded.
 *
 * @example
 * projectOffer(OfferSchema.parse({ base: 100_000, bonus: { targetPercent: 10, payoutPercent: 80 }, signOn: { amount: 20_000 } }), { years: 2 }).years.map((y) => y.nominal)
 * // → [128_000, 108_000]
 */
export function projectOffer(offer: Offer, options: ProjectOfferOptions = {}): OfferProjection {
  const horizon = options.years ?? 4;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 40) throw new RangeError("years must be an integer from 1 to 40");

  const vestedByYear = new Array<number>(horizon).fill(0);
  const grant = offer.equity;
  if (grant !== undefined) {
    const refresher = refresherShares(offer);
    for (let g = 0; g < horizon; g++) {
      const shares = g === 0 ? grantShares(grant) : refresher;
      if (shares === 0) continue;
      for (const event of vestGrant(shares, offer.vesting)) {
        const y = Math.ceil((g * 12 + event.month) / 12) - 1;
        if (y < horizon) vestedByYear[y]! += event.shares;
      }
    }
  }

  const price = grant === undefined ? 0 : payoff(grant, currentPrice(grant, offer.company.isPublic));
  const bonus = (offer.base * offer.bonus.targetPercent * offer.bonus.payoutPercent) / 10_000;
  const b = offer.benefits;
  const benefits = (offer.base * b.retirementMatchPercent) / 100 + b.learningBudget + b.otherCash;
  const { taxRate, costOfLivingIndex } = offer.location;

  const years = vestedByYear.map((shares, i): OfferYear => {
    const year = i + 1;
    const signOn = year === 1 ? (offer.signOn?.amount ?? 0) : 0;
    const equity = { shares, nominal: shares * price, riskAdjusted: shares * riskAdjustedPerShare(offer, year) };
    const cash = offer.base + bonus + signOn + benefits;
    const riskAdjusted = cash + equity.riskAdjusted;
    const afterTax = riskAdjusted * (1 - taxRate);
    return {
      year,
      base: offer.base,
      bonus,
      signOn,
      equity,
      benefits,
      nominal: cash + equity.nominal,
      riskAdjusted,
      afterTax,
      real: (afterTax * 100) / costOfLivingIndex,
    };
  });

  const sum = (pick: (y: OfferYear) => number): number => years.reduce((s, y) => s + pick(y), 0);
  return {
    years,
    total: { nominal: sum((y) => y.nominal), riskAdjusted: sum((y) => y.riskAdjusted), afterTax: sum((y) => y.afterTax), real: sum((y) => y.real) },
  };
}
