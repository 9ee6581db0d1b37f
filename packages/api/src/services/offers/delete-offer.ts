import { deleteOffer as deleteOfferRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";

/**
 * Deletes one of the caller's saved offers; another user's offer is reported as not found.
 *
 * @example
 * await deleteOffer(ctx, { id }); // → { id }
 */
export async function deleteOffer(ctx: AuthedContext, params: { id: string }): Promise<{ id: string }> {
  if (!(await deleteOfferRow(ctx.db, { ownerId: ctx.user.id, id: params.id }))) {
    throw new TRPCError({ code: "NOT_FOUND", message: "No such offer." });
  }
  return { id: params.id };
}
