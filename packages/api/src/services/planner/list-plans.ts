import { findPlans, type SavedPlanSummary } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";

/**
 * The caller's saved plans, most recently updated first.
 *
 * @example
 * await listPlans(ctx, { limit: 50 });
 */
export async function listPlans(ctx: AuthedContext, params: { limit: number }): Promise<Wire<SavedPlanSummary[]>> {
  return toWire(await findPlans(ctx.db, { ownerId: ctx.user.id, limit: params.limit }));
}
