import { analyzeGap, type GapAnalysis, type PlanOptionsInput, type PlanResult, type PlanTargetInput, type Profile } from "@paypath/core";
import type { Context } from "../../context.js";
import { createPlanPool, type PlanPool } from "./plan-pool.js";

export interface PlanRequest {
  readonly profile: Profile;
  readonly target: PlanTargetInput;
  readonly options?: PlanOptionsInput | undefined;
}

let pool: PlanPool | undefined;

/**
 * The planner of this process: plans are searched on worker threads (`createPlanPool`), never on
 * the thread that answers requests. Started on the first plan.
 */
function planPool(): PlanPool {
  pool ??= createPlanPool();
  return pool;
}

/**
 * Plans the paths from a profile to a target with the published catalog, on a planning thread.
 *
 * @example
 * const { result } = await planCareer(ctx, { profile, target: { preset: "ai-security" } });
 */
export async function planCareer(
  ctx: Pick<Context, "catalogs">,
  request: PlanRequest,
): Promise<{ catalogVersion: { id: number; version: string }; result: PlanResult }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  return { catalogVersion: { id, version }, result: await planPool().plan(request, catalog) };
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
