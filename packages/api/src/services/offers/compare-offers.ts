import { compareOffers, withinField, type OfferInput, type OffersComparison, type Profile } from "@paypath/core";
import { findOffersByIds } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { checkOfferCatalogFields } from "./check-offer-catalog-fields.js";

/** What to compare: 2–4 of the caller's saved offers by id, or 2–4 offers given inline. */
export type OffersToCompare =
  | { readonly ids: readonly string[]; readonly offers?: undefined }
  | { readonly ids?: undefined; readonly offers: readonly { readonly name: string; readonly offer: OfferInput }[] };

/** The comparison, the offers' names (and ids when saved) in the same order, and the catalog version priced against. */
export interface OffersComparisonResult {
  readonly catalogVersion: { readonly id: number; readonly version: string };
  readonly offers: readonly { readonly id: string | null; readonly name: string }[];
  readonly comparison: OffersComparison;
}

/**
 * Compares offers against each other and against the market estimate for `profile` with the
 * published catalog (core's `compareOffers`). Saved offers must be the caller's own: a missing
 * or another user's id is reported as not found. A profile the catalog cannot price is a
 * `ProfileError` whose path starts with `profile`.
 *
 * @example
 * const { comparison } = await compareOffersToMarket(ctx, { profile, offers: [{ name: "BigCo", offer }, { name: "Startup", offer: other }] });
 * comparison.best // → 0
 */
export async function compareOffersToMarket(
  ctx: AuthedContext,
  input: { profile: Profile } & OffersToCompare,
): Promise<OffersComparisonResult> {
  let named: { id: string | null; name: string; offer: OfferInput }[];
  if (input.ids !== undefined) {
    const rows = await findOffersByIds(ctx.db, { ownerId: ctx.user.id, ids: input.ids });
    if (rows.length !== input.ids.length) throw new TRPCError({ code: "NOT_FOUND", message: "No such offer." });
    named = rows.map((r) => ({ id: r.id, name: r.name, offer: r.offer }));
    await checkOfferCatalogFields(ctx, rows.map((r, i) => ({ path: ["ids", i], offer: r.offer })), { oneCurrency: true });
  } else {
    await checkOfferCatalogFields(ctx, input.offers.map((o, i) => ({ path: ["offers", i, "offer"], offer: o.offer })), { oneCurrency: true });
    named = input.offers.map((o) => ({ id: null, name: o.name, offer: o.offer }));
  }
  const { id, version, catalog } = await ctx.catalogs.published();
  const comparison = withinField(["profile"], () =>
    compareOffers(
      named.map((n) => n.offer),
      input.profile,
      catalog,
    ),
  );
  return { catalogVersion: { id, version }, offers: named.map((n) => ({ id: n.id, name: n.name })), comparison };
}
