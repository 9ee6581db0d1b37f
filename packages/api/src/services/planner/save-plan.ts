import { insertPlan } from "@paypath/db";
import type { PlanResult } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import { planCareer, type PlanRequest } from "./plan-career.js";

/**
 * Plans with the published catalog and saves the request and the result for the caller.
 *
 * @example
 * const { id } = await savePlan(ctx, { name: "Toward AI security", profile, target: { preset: "ai-security" } });
 */
export async function savePlan(
  ctx: AuthedContext,
  request: PlanRequest & { name: string },
): Promise<{ id: string; catalogVersion: { id: number; version: string }; result: PlanResult }> {
  const { catalogVersion, result } = await planCareer(ctx, request);
  const { id } = await insertPlan(ctx.db, {
    ownerId: ctx.user.id,
    name: request.name,
    profile: request.profile,
    target: request.target,
    options: request.options ?? {},
    catalogVersionId: catalogVersion.id,
    result,
    now: ctx.now(),
  });
  return { id, catalogVersion, result };
}
