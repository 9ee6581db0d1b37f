import type { OfferInput } from "@paypath/core";
import { updateOffer as updateOfferRow, type SavedOfferRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { checkOfferCatalogFields } from "./check-offer-catalog-fields.js";

/**
 * Replaces the name and offer of one of the caller's saved offers. Another user's offer is
 * reported as not found, the same as one that does not exist, and is left unchanged.
 *
 * @example
 * await updateOffer(ctx, { id, name: "BigCo, revised", offer: { base: 210_000 } });
 */
export async function updateOffer(
  ctx: AuthedContext,
  input: { id: string; name: string; offer: OfferInput },
): Promise<Wire<SavedOfferRow>> {
  await checkOfferCatalogFields(ctx, [{ path: ["offer"], offer: input.offer }]);
  const row = await updateOfferRow(ctx.db, { ownerId: ctx.user.id, id: input.id, name: input.name, offer: input.offer, now: ctx.now() });
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such offer." });
  return toWire(row);
}
