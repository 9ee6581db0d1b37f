import type { OfferInput } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import type { Context } from "../../context.js";
import { FieldIssuesError } from "../../trpc.js";

type PlacedOffer = { readonly path: readonly (string | number)[]; readonly offer: OfferInput };

/**
 * Refuses offers the published catalog cannot read, naming the field under each offer's `path`:
 * a company stage it does not know (`offers.1.offer.company.stage`), a currency it has no rate for
 * (`offer.currency`), and, with `oneCurrency` (offers compared together), an offer in another
 * currency than the first (an absent currency is the catalog's base currency). Nothing is
 * written before this.
 *
 * @example
 * await checkOfferCatalogFields(ctx, [{ path: ["offer"], offer: input.offer }]);
 */
export async function checkOfferCatalogFields(ctx: Pick<Context, "catalogs">, offers: readonly PlacedOffer[], options: { oneCurrency?: boolean } = {}): Promise<void> {
  const { catalog } = await ctx.catalogs.published();
  const stages = new Set(catalog.stages.map((s) => s.id));
  const currencies = new Set([catalog.baseCurrency, ...catalog.locations.map((l) => l.currency)]);
  const currencyOf = (o: PlacedOffer): string => o.offer.currency ?? catalog.baseCurrency;
  const first = offers[0] ? currencyOf(offers[0]) : catalog.baseCurrency;
  const issues: { path: string; message: string }[] = [];
  for (const o of offers) {
    const stage = o.offer.company?.stage;
    if (stage !== undefined && !stages.has(stage)) issues.push({ path: [...o.path, "company", "stage"].join("."), message: `unknown stage "${stage}"` });
    const currency = currencyOf(o);
    if (!currencies.has(currency)) {
      issues.push({ path: [...o.path, "currency"].join("."), message: `no exchange rate for "${currency}"` });
    } else if (options.oneCurrency && currency !== first) {
      issues.push({ path: [...o.path, "currency"].join("."), message: `offers compared together must be in one currency: this one is in ${currency}, the first in ${first}` });
    }
  }
  if (issues.length > 0) {
    const error = new FieldIssuesError(issues);
    throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  }
}
