import { findProfiles, type SavedProfileRow } from "@paypath/db";
import { toWire, type Wire } from "../../wire.js";
import type { AuthedContext } from "../../context.js";

/**
 * The caller's saved profiles, most recently updated first.
 *
 * @example
 * const profiles = await listProfiles(ctx, { limit: 50 });
 */
export async function listProfiles(ctx: AuthedContext, params: { limit: number }): Promise<Wire<SavedProfileRow[]>> {
  return toWire(await findProfiles(ctx.db, { ownerId: ctx.user.id, limit: params.limit }));
}
