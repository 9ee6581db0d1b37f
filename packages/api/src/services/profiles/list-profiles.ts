import { findProfiles } from "@paypath/db";
import type { AuthedContext } from "../../context.js";

/**
 * The caller's saved profiles, most recently updated first.
 *
 * @example
 * const profiles = await listProfiles(ctx, { limit: 50 });
 */
export function listProfiles(ctx: AuthedContext, params: { limit: number }): ReturnType<typeof findProfiles> {
  return findProfiles(ctx.db, { ownerId: ctx.user.id, limit: params.limit });
}
