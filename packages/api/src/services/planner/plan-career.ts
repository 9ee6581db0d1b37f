import { analyzeGap, planPaths, type GapAnalysis, type PlanOptionsInput, type PlanResult, type PlanTargetInput, type Profile } from "@paypath/core";
import type { Context } from "../../context.js";

export interface PlanRequest {
  readonly profile: Profile;
  readonly target: PlanTargetInput;
  readonly options?: PlanOptionsInput | undefined;
}

/**
 * Plans the paths from a profile to a target with the published catalog.
 *
 * @example
 * const { result } = await planCareer(ctx, { profile, target: { preset: "ai-security" } });
 */
export async function planCareer(
  ctx: Pick<Context, "catalogs">,
  request: PlanRequest,
): Promise<{ catalogVersion: { id: number; version: string }; result: PlanResult }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  return { catalogVersion: { id, version }, result: planPaths(request.profile, request.target, catalog, request.options) };
}

/**
 * What separates a profile from a target, with the published catalog.
 *
 * @example
 * const { gap } = await analyzeCareerGap(ctx, { profile, target: { role: "mlops-engineer", level: "next" } });
 */
export async function analyzeCareerGap(
  ctx: Pick<Context, "catalogs">,
  request: PlanRequest,
): Promise<{ catalogVersion: { id: number; version: string }; gap: GapAnalysis }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  return { catalogVersion: { id, version }, gap: analyzeGap(request.profile, request.target, catalog, request.options) };
}
