import type { OfferInput } from "@paypath/core";
import { insertOffer, type SavedOfferRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { checkOfferCatalogFields } from "./check-offer-catalog-fields.js";
import { MAX_SAVED_OFFERS } from "./limits.js";

/**
 * Saves an offer for the caller, as entered (defaults are applied when it is projected, so the
 * comparison's checklist still sees what the offer left unspecified). A caller who already keeps
 * `MAX_SAVED_OFFERS` offers is refused and nothing is written.
 *
 * @example
 * const saved = await createOffer(ctx, { name: "BigCo", offer: { base: 200_000 } }); // → { id, name, offer, createdAt, updatedAt }
 */
export async function createOffer(ctx: AuthedContext, input: { name: string; offer: OfferInput }): Promise<Wire<SavedOfferRow>> {
  await checkOfferCatalogFields(ctx, [{ path: ["offer"], offer: input.offer }]);
  const row = await insertOffer(ctx.db, { ownerId: ctx.user.id, name: input.name, offer: input.offer, limit: MAX_SAVED_OFFERS, now: ctx.now() });
  if (!row) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `You can keep at most ${MAX_SAVED_OFFERS} saved offers; delete one before saving another.`,
    });
  }
  return toWire(row);
}
