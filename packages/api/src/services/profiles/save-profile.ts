import { estimate, withinField, type Estimate, type Profile } from "@paypath/core";
import { insertEstimate, insertProfile } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { MAX_SAVED_PROFILES } from "./limits.js";

/**
 * Saves a profile for the caller together with the server's estimate of it (and the catalog
 * version used), in one transaction: either both rows are written or neither. A caller who
 * already keeps `MAX_SAVED_PROFILES` profiles is refused and nothing is written.
 *
 * @example
 * const { id, estimate } = await saveProfile(ctx, { name: "Current job", profile });
 */
export async function saveProfile(
  ctx: AuthedContext,
  input: { name: string; profile: Profile },
): Promise<{ id: string; estimateId: string; catalogVersion: { id: number; version: string }; estimate: Estimate }> {
  const { id: catalogVersionId, version, catalog } = await ctx.catalogs.published();
  const result = withinField(["profile"], () => estimate(input.profile, catalog));
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const saved = await insertProfile(tx, { ownerId: ctx.user.id, name: input.name, profile: input.profile, limit: MAX_SAVED_PROFILES, now });
    if (!saved) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `You can keep at most ${MAX_SAVED_PROFILES} saved profiles; delete one before saving another.`,
      });
    }
    const saved2 = await insertEstimate(tx, {
      ownerId: ctx.user.id,
      profileId: saved.id,
      catalogVersionId,
      input: input.profile,
      result,
      now,
    });
    return { id: saved.id, estimateId: saved2.id, catalogVersion: { id: catalogVersionId, version }, estimate: result };
  });
}
