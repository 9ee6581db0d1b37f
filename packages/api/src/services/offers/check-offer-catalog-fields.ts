import type { OfferInput } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import type { Context } from "../../context.js";
import { FieldIssuesError } from "../../trpc.js";

/**
 * Refuses offers whose company stage the published catalog does not know, naming the field at
 * `path` + `company.stage` (e.g. `offers.1.offer.company.stage`). Nothing is written before this.
 *
 * @example
 * await checkOfferStages(ctx, [{ path: ["offer"], offer: input.offer }]);
 */
export async function checkOfferStages(
  ctx: Pick<Context, "catalogs">,
  offers: readonly { readonly path: readonly (string | number)[]; readonly offer: OfferInput }[],
): Promise<void> {
  if (!offers.some((o) => o.offer.company?.stage !== undefined)) return;
  const { catalog } = await ctx.catalogs.published();
  const known = new Set(catalog.stages.map((s) => s.id));
  const issues = offers
    .filter((o) => o.offer.company?.stage !== undefined && !known.has(o.offer.company.stage))
    .map((o) => ({ path: [...o.path, "company", "stage"].join("."), message: `unknown stage "${o.offer.company!.stage}"` }));
  if (issues.length > 0) {
    const error = new FieldIssuesError(issues);
    throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
  }
}
