import type { PlanResult } from "@paypath/core";
import { findPlan, type SavedPlanRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { planCareer } from "./plan-career.js";

/** How the fastest path compares between the saved plan and the re-run. */
export interface PlanChange {
  readonly catalog: { readonly from: string; readonly to: string };
  readonly reachable: { readonly from: boolean; readonly to: boolean };
  readonly fastestMonths: { readonly from: number | null; readonly to: number | null };
  readonly fastestTotalP50: { readonly from: number | null; readonly to: number | null };
}

/**
 * Re-runs one of the caller's saved plans on the published catalog and says what changed: the
 * catalog version, reachability, and the fastest path's months and total pay at the target.
 * Another user's plan is reported as not found.
 *
 * @example
 * const { changed, changes } = await rerunPlan(ctx, { id });
 */
export async function rerunPlan(
  ctx: AuthedContext,
  params: { id: string },
): Promise<{
  plan: Wire<SavedPlanRow>;
  current: { catalogVersion: { id: number; version: string }; result: PlanResult };
  changed: boolean;
  changes: PlanChange;
}> {
  const plan = await findPlan(ctx.db, { ownerId: ctx.user.id, id: params.id });
  if (!plan) throw new TRPCError({ code: "NOT_FOUND", message: "No such plan." });
  const current = await planCareer(ctx, { profile: plan.profile, target: plan.target, options: plan.options });
  const before = plan.result.frontier[0];
  const after = current.result.frontier[0];
  const changes: PlanChange = {
    catalog: { from: plan.catalogVersion, to: current.catalogVersion.version },
    reachable: { from: plan.result.reachable, to: current.result.reachable },
    fastestMonths: { from: before?.months ?? null, to: after?.months ?? null },
    fastestTotalP50: { from: before?.pay.total.p50 ?? null, to: after?.pay.total.p50 ?? null },
  };
  const changed =
    changes.catalog.from !== changes.catalog.to ||
    changes.reachable.from !== changes.reachable.to ||
    changes.fastestMonths.from !== changes.fastestMonths.to ||
    changes.fastestTotalP50.from !== changes.fastestTotalP50.to;
  return { plan: toWire(plan), current, changed, changes };
}
