import { calibrateTeam, simulateBudget, type BudgetSimulation, type SimulateBudgetOptions } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import { loadTeamRoster } from "./team-access.js";

/**
 * Spends a raise budget over a team with a merit matrix (the given one, else the policy's): each
 * person's raise by performance rating × quarter of the band, scaled so the total never exceeds
 * the budget. Changes nothing.
 *
 * @example
 * const { simulation } = await simulateRaises(ctx, { teamId, budget: { kind: "percent", value: 3 } });
 * simulation.spent <= simulation.budget // → true
 */
export async function simulateRaises(
  ctx: AuthedContext,
  params: { teamId: string } & SimulateBudgetOptions,
): Promise<{ teamId: string; revision: number; catalogVersion: { id: number; version: string }; simulation: BudgetSimulation }> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  const published = await ctx.catalogs.published();
  const calibration = calibrateTeam(members, policy, published.catalog);
  const options: SimulateBudgetOptions = params.matrix ? { budget: params.budget, matrix: params.matrix } : { budget: params.budget };
  return {
    teamId: team.id,
    revision: team.revision,
    catalogVersion: { id: published.id, version: published.version },
    simulation: simulateBudget(members, calibration, options),
  };
}
