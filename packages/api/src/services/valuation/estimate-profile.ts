import { estimate, type Estimate, type Profile } from "@paypath/core";
import type { Context } from "../../context.js";

export interface PricedProfile {
  readonly catalogVersion: { readonly id: number; readonly version: string };
  readonly estimate: Estimate;
}

/**
 * Prices one profile with the published catalog.
 *
 * @example
 * const { estimate } = await estimateProfile(ctx, { role: "ml-engineer", level: "senior", location: "us" });
 */
export async function estimateProfile(ctx: Pick<Context, "catalogs">, profile: Profile): Promise<PricedProfile> {
  const { id, version, catalog } = await ctx.catalogs.published();
  return { catalogVersion: { id, version }, estimate: estimate(profile, catalog) };
}
