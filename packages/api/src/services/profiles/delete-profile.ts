import { TRPCError } from "@trpc/server";
import { deleteProfile as deleteProfileRow } from "@paypath/db";
import type { AuthedContext } from "../../context.js";

/**
 * Deletes one of the caller's profiles. Another user's profile is reported as not found, the
 * same as one that does not exist, so ids reveal nothing.
 *
 * @example
 * await deleteProfile(ctx, { id });
 */
export async function deleteProfile(ctx: AuthedContext, params: { id: string }): Promise<{ id: string }> {
  const deleted = await deleteProfileRow(ctx.db, { id: params.id, ownerId: ctx.user.id });
  if (!deleted) throw new TRPCError({ code: "NOT_FOUND", message: "No such profile." });
  return { id: params.id };
}
