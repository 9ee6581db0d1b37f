import { BandPolicySchema, type BandPolicy, type RosterMember } from "@paypath/core";
import { findTeam, findTeamMembers, type TeamMemberRow, type TeamRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";

/**
 * The team `teamId` if the caller may see and change it: a manager only the teams they manage
 * (team membership role "manager"), an admin every team. Anyone else's team is reported as not
 * found, exactly as a team that does not exist.
 *
 * @example
 * const team = await requireTeam(ctx, { teamId }); // → { id, name, bandPolicy, revision, memberCount, updatedAt }
 */
export async function requireTeam(ctx: AuthedContext, params: { teamId: string }): Promise<TeamRow> {
  const team = await findTeam(ctx.db, { teamId: params.teamId, managerId: managerScope(ctx) });
  if (!team) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
  return team;
}

/**
 * The manager id that scopes team queries to the caller: undefined (every team) for an admin.
 *
 * @example
 * managerScope(ctx) // → "u_123" for a manager, undefined for an admin
 */
export function managerScope(ctx: AuthedContext): string | undefined {
  return ctx.user.role === "admin" ? undefined : ctx.user.id;
}

/**
 * The team's band policy with every default filled in (a team without one gets the default policy).
 *
 * @example
 * policyOf({ bandPolicy: null }).midpointPercentile // → 50
 */
export function policyOf(team: Pick<TeamRow, "bandPolicy">): BandPolicy {
  return BandPolicySchema.parse(team.bandPolicy ?? {});
}

/**
 * A roster row as core's bands take it (missing values left out rather than null).
 *
 * @example
 * toRosterMember({ employeeId: "E1", performanceRating: null, … }) // → { employeeId: "E1", … } (no performanceRating)
 */
export function toRosterMember(row: TeamMemberRow): RosterMember {
  return {
    employeeId: row.employeeId,
    name: row.name,
    title: row.title,
    roleId: row.roleId,
    levelId: row.levelId,
    locationId: row.locationId,
    base: row.base,
    bonus: row.bonus,
    equity: row.equity,
    ...(row.performanceRating === null ? {} : { performanceRating: row.performanceRating }),
    ...(row.hireDate === null ? {} : { hireDate: row.hireDate }),
    ...(row.managerEmployeeId === null ? {} : { managerEmployeeId: row.managerEmployeeId }),
    ...(row.gender === null ? {} : { gender: row.gender }),
  };
}

/**
 * A team the caller may see, with its policy and roster (by employee id) read in one snapshot.
 *
 * @example
 * const { team, policy, members } = await loadTeamRoster(ctx, { teamId });
 */
export async function loadTeamRoster(
  ctx: AuthedContext,
  params: { teamId: string },
): Promise<{ team: TeamRow; policy: BandPolicy; members: RosterMember[] }> {
  // Repeatable read: the policy, revision and roster all come from the same moment.
  return ctx.db.transaction(
    async (tx) => {
      const team = await requireTeam({ ...ctx, db: tx }, params);
      const rows = await findTeamMembers(tx, { teamId: team.id, pageSize: 1_000 });
      return { team, policy: policyOf(team), members: rows.map(toRosterMember) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
