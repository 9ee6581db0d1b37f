import type { Offer } from "./schema.js";

/**
 * The sign-on bonus to repay when leaving after `monthsWorked` months. Nothing once the clawback
 * period is over (or without a sign-on). Within it, `"pro-rata"` (the default) repays the unearned
 * part, `amount × (clawbackMonths − monthsWorked) ÷ clawbackMonths` (fractional months count
 * as worked), and `"full"` repays the whole amount.
 *
 * @example
 * clawbackAt(OfferSchema.parse({ base: 1, signOn: { amount: 24_000, clawbackMonths: 12 } }), 3) // → 18000
 * clawbackAt(OfferSchema.parse({ base: 1, signOn: { amount: 24_000, clawback: "full" } }), 11) // → 24000
 */
export function clawbackAt(offer: Offer, monthsWorked: number): number {
  if (!Number.isFinite(monthsWorked) || monthsWorked < 0) throw new RangeError("monthsWorked must be a finite number ≥ 0");
  const s = offer.signOn;
  if (s === undefined || monthsWorked >= s.clawbackMonths) return 0;
  if (s.clawback === "full") return s.amount;
  return (s.amount * (s.clawbackMonths - monthsWorked)) / s.clawbackMonths;
}
