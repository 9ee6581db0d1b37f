import type { OfferInput } from "../offers/schema.js";

// In the fixture catalog the reference profile's market is base 160k/200k/250k, bonus 16k/20k/24k,
// equity 20k/40k/60k, total 196k/260k/334k (senior, public: bonus 10 %, equity 20 % of base).

/** The fixture catalog's reference profile for an ML engineer. */
export const fixtureProfile = { role: "ml-engineer", level: "senior", location: "us" } as const;

/**
 * Pays `fixtureProfile`'s market median in the fixture catalog on every component: 200k base,
 * 20k bonus, 40k a year of public RSUs.
 */
export const medianOffer: OfferInput = {
  base: 200_000,
  bonus: { targetPercent: 10, payoutPercent: 100 },
  equity: { kind: "rsu", grantValue: 160_000 },
  company: { isPublic: true },
  vesting: { cliffMonths: 0 },
  refresher: { percentOfGrant: 0 },
  location: { costOfLivingIndex: 100 },
};

/** A public company's back-loaded RSU grant, as entered: the bonus payout is left unsaid. */
export const publicRsuOffer: OfferInput = {
  base: 200_000,
  bonus: { targetPercent: 15 },
  equity: { kind: "rsu", shares: 1_000, sharePrice: 400 },
  vesting: { yearlyPercent: "back-loaded" },
  company: { stage: "public", isPublic: true },
};

/** An early startup's options (the default catalog's `early` stage): most exits pay nothing. */
export const startupOptionsOffer: OfferInput = {
  base: 170_000,
  bonus: { targetPercent: 0, payoutPercent: 100 },
  equity: { kind: "options", shares: 40_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 },
  company: { stage: "early", liquidityDiscount: 0.3, exits: [{ probability: 0.7, pricePerShare: 0 }, { probability: 0.3, pricePerShare: 10 }] },
};
