import type { BandPolicy, RosterMember } from "@paypath/core";
import type { TeamSummary } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { loadTeamRoster } from "./team-access.js";

/**
 * One team the caller may see: its revision, band policy (defaults filled in) and roster by
 * employee id. Another manager's team is reported as not found.
 *
 * @example
 * const { team, policy, members } = await getTeam(ctx, { teamId });
 */
export async function getTeam(
  ctx: AuthedContext,
  params: { teamId: string },
): Promise<{ team: Wire<TeamSummary>; policy: BandPolicy; members: RosterMember[] }> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  return {
    team: toWire({ id: team.id, name: team.name, revision: team.revision, memberCount: team.memberCount, updatedAt: team.updatedAt }),
    policy,
    members,
  };
}
