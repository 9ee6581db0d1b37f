import { insertPlan } from "@paypath/db";
import type { PlanResult } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { MAX_SAVED_PLANS } from "./limits.js";
import { planCareer, type PlanRequest } from "./plan-career.js";

/**
 * Plans with the published catalog and saves the request and the result for the caller. A caller
 * who already keeps `MAX_SAVED_PLANS` plans is refused and nothing is written.
 *
 * @example
 * const { id } = await savePlan(ctx, { name: "Toward AI security", profile, target: { preset: "ai-security" } });
 */
export async function savePlan(
  ctx: AuthedContext,
  request: PlanRequest & { name: string },
): Promise<{ id: string; catalogVersion: { id: number; version: string }; result: PlanResult }> {
  const { catalogVersion, result } = await planCareer(ctx, request);
  const saved = await insertPlan(ctx.db, {
    ownerId: ctx.user.id,
    name: request.name,
    profile: request.profile,
    target: request.target,
    options: request.options ?? {},
    catalogVersionId: catalogVersion.id,
    result,
    limit: MAX_SAVED_PLANS,
    now: ctx.now(),
  });
  if (!saved) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `You can keep at most ${MAX_SAVED_PLANS} saved plans; delete one before saving another.` });
  }
  return { id: saved.id, catalogVersion, result };
}
