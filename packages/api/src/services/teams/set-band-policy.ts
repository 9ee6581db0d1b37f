import { BandPolicySchema, calibrateTeam, ProfileError, type BandPolicy, type BandPolicyInput } from "@paypath/core";
import { advanceTeamRevision, appendAudit, findTeam } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { policyOf, requireTeam } from "./team-access.js";
import { staleRevisionError } from "./team-errors.js";

/**
 * Sets a team's band policy if the team is still at `revision` (the one the caller loaded), and
 * records the change in the audit log, in one transaction. The policy is stored with its defaults
 * filled in and must price on the published catalog (its market ids exist). A stale revision gets
 * a CONFLICT naming the current one; nothing is written.
 *
 * @example
 * const { revision } = await setBandPolicy(ctx, { teamId, revision: 3, policy: { midpointPercentile: 60 } }); // → 4
 */
export async function setBandPolicy(
  ctx: AuthedContext,
  params: { teamId: string; revision: number; policy: BandPolicyInput },
): Promise<{ teamId: string; revision: number; policy: BandPolicy }> {
  const policy = BandPolicySchema.parse(params.policy);
  const { catalog } = await ctx.catalogs.published();
  try {
    calibrateTeam([], policy, catalog);
  } catch (error) {
    // A policy naming an industry or stage the catalog lacks: report the field under `policy`.
    if (error instanceof ProfileError) throw new ProfileError(["policy", ...error.path], error.reason);
    throw error;
  }
  return ctx.db.transaction(async (tx) => {
    const team = await requireTeam({ ...ctx, db: tx }, params);
    const next = await advanceTeamRevision(tx, { teamId: team.id, revision: params.revision, bandPolicy: policy });
    if (!next) throw staleRevisionError((await findTeam(tx, { teamId: team.id })) ?? team, params.revision);
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "team.set-policy",
      entity: "team",
      entityId: team.id,
      before: { revision: team.revision, policy: policyOf(team) },
      after: { revision: next.revision, policy },
    });
    return { teamId: team.id, revision: next.revision, policy };
  });
}
