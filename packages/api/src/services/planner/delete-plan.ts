import { deletePlan as deletePlanRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";

/**
 * Deletes one of the caller's plans; another user's plan is reported as not found.
 *
 * @example
 * await deletePlan(ctx, { id });
 */
export async function deletePlan(ctx: AuthedContext, params: { id: string }): Promise<{ id: string }> {
  if (!(await deletePlanRow(ctx.db, { ownerId: ctx.user.id, id: params.id }))) {
    throw new TRPCError({ code: "NOT_FOUND", message: "No such plan." });
  }
  return { id: params.id };
}
