import { VESTING_PRESETS, type EquityGrant, type Offer, type Vesting } from "./schema.js";

/** One vesting date of a grant: months after the grant date and the whole shares vesting then. */
export interface VestingEvent {
  readonly month: number;
  readonly shares: number;
}

const stepMonths = { monthly: 1, quarterly: 3, annual: 12 } as const;

/**
 * The yearly percentages of a vesting schedule, a preset resolved to its list.
 *
 * @example
 * yearlyPercents({ cliffMonths: 12, frequency: "monthly", yearlyPercent: "back-loaded" }) // → [5, 15, 40, 40]
 */
export function yearlyPercents(vesting: Vesting): readonly number[] {
  return typeof vesting.yearlyPercent === "string" ? VESTING_PRESETS[vesting.yearlyPercent] : vesting.yearlyPercent;
}

/**
 * The whole shares of a grant (RSU shares, a value grant's currency units, or options).
 *
 * @example
 * grantShares({ kind: "rsu", grantValue: 120_000 }) // → 120000
 */
export function grantShares(grant: EquityGrant): number {
  return grant.kind === "rsu" ? (grant.grantValue ?? grant.shares ?? 0) : grant.shares;
}

/**
 * Splits `shares` over the vesting dates of a schedule. Dates fall every 1, 3 or 12 months from
 * the grant date; within year `y` each date vests `yearlyPercent[y] ÷ dates per year` of the grant.
 * Dates before the cliff vest nothing: what they would have vested accrues into the first date at
 * or after the cliff.
 *
 * Rounding rule (cumulative floor): the shares vested by each date are
 * `floor(shares × cumulative % ÷ 100)`, so each date vests that minus what vested before, and the
 * last date vests the rest of the grant. Events thus always add up to `shares` exactly, and each
 * event differs from its exact fractional share by less than one share.
 *
 * @example
 * vestGrant(4_800, { cliffMonths: 12, frequency: "annual", yearlyPercent: "back-loaded" })
 * // → [{ month: 12, shares: 240 }, { month: 24, shares: 720 }, { month: 36, shares: 1920 }, { month: 48, shares: 1920 }]
 */
export function vestGrant(shares: number, vesting: Vesting): VestingEvent[] {
  const yearly = yearlyPercents(vesting);
  const step = stepMonths[vesting.frequency];
  const perYear = 12 / step;
  const events: VestingEvent[] = [];
  let cumulativePercent = 0;
  let vested = 0;
  for (let y = 0; y < yearly.length; y++) {
    for (let e = 1; e <= perYear; e++) {
      const month = y * 12 + e * step;
      cumulativePercent += yearly[y]! / perYear;
      if (month < vesting.cliffMonths) continue;
      const isLast = y === yearly.length - 1 && e === perYear;
      // Round to 1e-6 share first so float noise (2.9999999997) does not floor a whole share away.
      const exact = Math.round((shares * cumulativePercent) / 100 * 1e6) / 1e6;
      const byNow = isLast ? shares : Math.min(shares, Math.max(vested, Math.floor(exact)));
      events.push({ month, shares: byNow - vested });
      vested = byNow;
    }
  }
  return events;
}

/**
 * The vesting events of an offer's initial grant (empty without equity). See `vestGrant` for the
 * cliff and the rounding rule.
 *
 * @example
 * vestingSchedule(OfferSchema.parse({ base: 1, equity: { kind: "rsu", grantValue: 1_000 }, company: { isPublic: true }, vesting: { frequency: "quarterly", cliffMonths: 0 } }))
 * // → 16 events of 62 or 63 units: [{ month: 3, shares: 62 }, { month: 6, shares: 63 }, …, { month: 48, shares: 63 }]
 */
export function vestingSchedule(offer: Offer): VestingEvent[] {
  return offer.equity === undefined ? [] : vestGrant(grantShares(offer.equity), offer.vesting);
}
