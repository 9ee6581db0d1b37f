import { and, asc, eq } from "drizzle-orm";
import { createInsertSchema } from "drizzle-zod";
import type { z } from "zod";
import type { Database } from "../database.js";
import { team, teamMember, teamMembership, type TeamMembershipRole } from "../schema/teams.js";

/**
 * One roster row as imported (a team is given separately). Money is annual in the catalog's
 * base currency; `hireDate` is `YYYY-MM-DD`.
 */
export const TeamMemberInputSchema = createInsertSchema(teamMember, {
  employeeId: (s) => s.min(1),
  name: (s) => s.min(1),
  performanceRating: (s) => s.int().min(1).max(5),
  base: (s) => s.nonnegative(),
  bonus: (s) => s.nonnegative(),
  equity: (s) => s.nonnegative(),
}).omit({ id: true, teamId: true });
export type TeamMemberInput = z.infer<typeof TeamMemberInputSchema>;

/** A roster row. */
export interface TeamMemberRow {
  id: string;
  employeeId: string;
  name: string;
  title: string;
  roleId: string;
  levelId: string;
  locationId: string;
  base: number;
  bonus: number;
  equity: number;
  performanceRating: number | null;
  hireDate: string | null;
  managerEmployeeId: string | null;
  gender: string | null;
}

/**
 * Creates a team with `managerId` as its manager.
 *
 * @example
 * await createTeam(db, { name: "Applied AI", managerId: manager.id }) // → { id, name }
 */
export async function createTeam(db: Database, params: { name: string; managerId: string }): Promise<{ id: string; name: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(team).values({ name: params.name }).returning({ id: team.id, name: team.name });
    await tx.insert(teamMembership).values({ teamId: row!.id, userId: params.managerId, role: "manager" });
    return row!;
  });
}

/**
 * Adds roster rows to a team; rows whose employee id is already on the team are skipped.
 * Returns how many were added.
 *
 * @example
 * await insertTeamMembers(db, { teamId, members: [{ employeeId: "E001", name: "Lin", … }] }) // → 1
 */
export async function insertTeamMembers(
  db: Database,
  params: { teamId: string; members: readonly TeamMemberInput[] },
): Promise<number> {
  if (params.members.length === 0) return 0;
  const rows = await db
    .insert(teamMember)
    .values(params.members.map((m) => ({ ...m, teamId: params.teamId })))
    .onConflictDoNothing({ target: [teamMember.teamId, teamMember.employeeId] })
    .returning({ id: teamMember.id });
  return rows.length;
}

/**
 * Lists the teams a user belongs to, with their role in each.
 *
 * @example
 * await findTeamsForUser(db, { userId: manager.id }) // → [{ id, name, role: "manager", createdAt }]
 */
export async function findTeamsForUser(
  db: Database,
  params: { userId: string },
): Promise<{ id: string; name: string; role: TeamMembershipRole; createdAt: Date }[]> {
  return db
    .select({ id: team.id, name: team.name, role: teamMembership.role, createdAt: team.createdAt })
    .from(teamMembership)
    .innerJoin(team, eq(team.id, teamMembership.teamId))
    .where(eq(teamMembership.userId, params.userId))
    .orderBy(asc(team.name), asc(team.id));
}

/**
 * Lists a team's roster by employee id. With `managerId`, returns rows only if that user manages
 * the team (an empty list otherwise); leave it out only for admins.
 *
 * @example
 * await findTeamMembers(db, { teamId, managerId: manager.id }) // → [{ employeeId: "E001", base: 182000, … }, …]
 */
export async function findTeamMembers(
  db: Database,
  params: { teamId: string; managerId?: string },
): Promise<TeamMemberRow[]> {
  const columns = {
    id: teamMember.id,
    employeeId: teamMember.employeeId,
    name: teamMember.name,
    title: teamMember.title,
    roleId: teamMember.roleId,
    levelId: teamMember.levelId,
    locationId: teamMember.locationId,
    base: teamMember.base,
    bonus: teamMember.bonus,
    equity: teamMember.equity,
    performanceRating: teamMember.performanceRating,
    hireDate: teamMember.hireDate,
    managerEmployeeId: teamMember.managerEmployeeId,
    gender: teamMember.gender,
  };
  if (params.managerId === undefined) {
    return db.select(columns).from(teamMember).where(eq(teamMember.teamId, params.teamId)).orderBy(asc(teamMember.employeeId));
  }
  return db
    .select(columns)
    .from(teamMember)
    .innerJoin(
      teamMembership,
      and(
        eq(teamMembership.teamId, teamMember.teamId),
        eq(teamMembership.userId, params.managerId),
        eq(teamMembership.role, "manager"),
      ),
    )
    .where(eq(teamMember.teamId, params.teamId))
    .orderBy(asc(teamMember.employeeId));
}

/**
 * Lists every team (for admins), by name.
 *
 * @example
 * await listTeams(db, { limit: 100 }) // → [{ id, name, createdAt }, …]
 */
export async function listTeams(db: Database, params: { limit: number }): Promise<{ id: string; name: string; createdAt: Date }[]> {
  return db
    .select({ id: team.id, name: team.name, createdAt: team.createdAt })
    .from(team)
    .orderBy(asc(team.name), asc(team.id))
    .limit(params.limit);
}
