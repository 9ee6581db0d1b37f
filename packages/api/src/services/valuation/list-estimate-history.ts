import { findEstimates, type SavedEstimateRow } from "@paypath/db";
import { toWire, type Wire } from "../../wire.js";
import type { AuthedContext } from "../../context.js";

/**
 * The caller's saved estimates, newest first.
 *
 * @example
 * const rows = await listEstimateHistory(ctx, { limit: 20 });
 */
export async function listEstimateHistory(ctx: AuthedContext, params: { limit: number }): Promise<Wire<SavedEstimateRow[]>> {
  return toWire(await findEstimates(ctx.db, { ownerId: ctx.user.id, limit: params.limit }));
}
