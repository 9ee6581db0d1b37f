import type { BandPolicy, RosterMember } from "@paypath/core";
import { findPreviousRosterInfo, type PreviousRosterInfo, type TeamSummary } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { loadTeamRoster } from "./team-access.js";

/**
 * One team the caller may see: its revision, band policy (defaults filled in), roster by
 * employee id, and the previous roster it keeps (revision, when replaced, headcount; null when
 * none). Another manager's team is reported as not found.
 *
 * @example
 * const { team, policy, members } = await getTeam(ctx, { teamId });
 */
export async function getTeam(
  ctx: AuthedContext,
  params: { teamId: string },
): Promise<{ team: Wire<TeamSummary>; policy: BandPolicy; members: RosterMember[]; previousRoster: Wire<Omit<PreviousRosterInfo, "savedBy">> | null }> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  const previous = await findPreviousRosterInfo(ctx.db, { teamId: team.id });
  return {
    previousRoster: previous && toWire({ revision: previous.revision, savedAt: previous.savedAt, memberCount: previous.memberCount }),
    team: toWire({ id: team.id, name: team.name, revision: team.revision, memberCount: team.memberCount, updatedAt: team.updatedAt }),
    policy,
    members,
  };
}
