import { estimate, withinField, type Estimate, type Profile } from "@paypath/core";
import type { Context } from "../../context.js";

/**
 * Prices up to 1,000 profiles with the published catalog, without breakdown or levers. A profile
 * the catalog cannot price fails the whole batch with the path of the field (`profiles.3.level`).
 *
 * @example
 * const { estimates } = await estimateBatch(ctx, [{ role: "ml-engineer", level: "senior", location: "us" }]);
 */
export async function estimateBatch(
  ctx: Pick<Context, "catalogs">,
  profiles: readonly Profile[],
): Promise<{ catalogVersion: { id: number; version: string }; estimates: Estimate[] }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  const estimates = profiles.map((profile, i) => withinField(["profiles", i], () => estimate(profile, catalog, { breakdown: false, levers: false })));
  return { catalogVersion: { id, version }, estimates };
}
