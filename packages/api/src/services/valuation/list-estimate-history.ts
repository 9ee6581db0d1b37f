import { findEstimates } from "@paypath/db";
import type { AuthedContext } from "../../context.js";

/**
 * The caller's saved estimates, newest first.
 *
 * @example
 * const rows = await listEstimateHistory(ctx, { limit: 20 });
 */
export function listEstimateHistory(ctx: AuthedContext, params: { limit: number }): ReturnType<typeof findEstimates> {
  return findEstimates(ctx.db, { ownerId: ctx.user.id, limit: params.limit });
}
