import { findOffers, type SavedOfferRow } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";

/**
 * The caller's saved offers, most recently updated first.
 *
 * @example
 * await listOffers(ctx, { limit: 50 }); // → [{ id, name: "BigCo", offer: { base: 200000, … }, createdAt, updatedAt }]
 */
export async function listOffers(ctx: AuthedContext, params: { limit: number }): Promise<Wire<SavedOfferRow[]>> {
  return toWire(await findOffers(ctx.db, { ownerId: ctx.user.id, limit: params.limit }));
}
