import { and, asc, eq, gt, sql } from "drizzle-orm";
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

/** Lets the event loop answer waiting requests (embedded PGlite does its work on this thread). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Lists a team's roster by employee id. With `managerId`, returns rows only if that user manages
 * the team (an empty list otherwise); leave it out only for admins. With `pageSize`, the rows are
 * read that many at a time (by employee id) and the event loop answers other requests between
 * pages, so a large roster does not hold up embedded PGlite, which runs on the server's thread;
 * run it in a repeatable-read transaction for one snapshot.
 *
 * @example
 * await findTeamMembers(db, { teamId, managerId: manager.id }) // → [{ employeeId: "E001", base: 182000, … }, …]
 * await findTeamMembers(tx, { teamId, pageSize: 1_000 }) // the same rows, read a thousand at a time
 */
export async function findTeamMembers(
  db: Database,
  params: { teamId: string; managerId?: string; pageSize?: number },
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
  const select = (after: string | undefined) => {
    const where = and(eq(teamMember.teamId, params.teamId), after === undefined ? undefined : gt(teamMember.employeeId, after));
    if (params.managerId === undefined) return db.select(columns).from(teamMember).where(where).orderBy(asc(teamMember.employeeId));
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
      .where(where)
      .orderBy(asc(teamMember.employeeId));
  };
  const { pageSize } = params;
  if (pageSize === undefined) return select(undefined);
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError("pageSize must be a positive whole number");
  const rows: TeamMemberRow[] = [];
  for (let after: string | undefined; ; ) {
    const page = await select(after).limit(pageSize);
    for (const row of page) rows.push(row);
    if (page.length < pageSize) return rows;
    after = page[page.length - 1]!.employeeId;
    await yieldToEventLoop();
  }
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

/** A team as its pages list it: the band policy's revision and how many people are on the roster. */
export interface TeamSummary {
  id: string;
  name: string;
  revision: number;
  memberCount: number;
  updatedAt: Date;
}

/** A team with its band policy (core's band-policy input as stored; null: the default policy). */
export interface TeamRow extends TeamSummary {
  bandPolicy: unknown;
}

// Written out in full: drizzle leaves columns unqualified inside a select list, which a correlated
// subquery would resolve against its own table.
const memberCount = sql<number>`(select count(*)::int from "team_member" where "team_member"."team_id" = "team"."id")`.mapWith(Number);

/** The where clause that keeps a query to the teams `managerId` manages (none given: every team). */
function managedBy(managerId: string | undefined) {
  return managerId === undefined
    ? undefined
    : sql`exists (select 1 from "team_membership" where "team_membership"."team_id" = "team"."id" and "team_membership"."user_id" = ${managerId} and "team_membership"."role" = 'manager')`;
}

/**
 * Lists teams by name with their revision and roster size. With `managerId`, only the teams that
 * user manages (team membership role "manager"); leave it out only for admins.
 *
 * @example
 * await findTeamSummaries(db, { managerId: manager.id, limit: 100 }) // → [{ id, name: "Applied AI", revision: 1, memberCount: 25, updatedAt }]
 */
export async function findTeamSummaries(db: Database, params: { managerId?: string; limit: number }): Promise<TeamSummary[]> {
  return db
    .select({ id: team.id, name: team.name, revision: team.revision, memberCount, updatedAt: team.updatedAt })
    .from(team)
    .where(managedBy(params.managerId))
    .orderBy(asc(team.name), asc(team.id))
    .limit(params.limit);
}

/**
 * Finds one team with its band policy. With `managerId`, returns it only if that user manages the
 * team (null otherwise, as for a team that does not exist); leave it out only for admins.
 *
 * @example
 * await findTeam(db, { teamId, managerId: manager.id }) // → { id, name, bandPolicy: null, revision: 1, memberCount: 25, updatedAt } or null
 */
export async function findTeam(db: Database, params: { teamId: string; managerId?: string }): Promise<TeamRow | null> {
  const [row] = await db
    .select({
      id: team.id,
      name: team.name,
      bandPolicy: team.bandPolicy,
      revision: team.revision,
      memberCount,
      updatedAt: team.updatedAt,
    })
    .from(team)
    .where(and(eq(team.id, params.teamId), managedBy(params.managerId)))
    .limit(1);
  return row ?? null;
}

/**
 * Moves a team to its next revision if it is still at `revision` (optimistic concurrency), and
 * sets its band policy when `bandPolicy` is given (null: back to the default policy). Returns the
 * new revision, or null when the team is at another revision or does not exist.
 *
 * @example
 * await advanceTeamRevision(db, { teamId, revision: 3, bandPolicy: { midpointPercentile: 50 } }) // → { revision: 4, updatedAt } or null
 */
export async function advanceTeamRevision(
  db: Database,
  params: { teamId: string; revision: number; bandPolicy?: unknown },
): Promise<{ revision: number; updatedAt: Date } | null> {
  const [row] = await db
    .update(team)
    .set({
      revision: sql`${team.revision} + 1`,
      ...(params.bandPolicy === undefined ? {} : { bandPolicy: params.bandPolicy }),
    })
    .where(and(eq(team.id, params.teamId), eq(team.revision, params.revision)))
    .returning({ revision: team.revision, updatedAt: team.updatedAt });
  return row ?? null;
}

/**
 * Rows per INSERT. One such INSERT holds embedded PGlite (which runs on the server's own thread)
 * for about 10 ms, not the hundreds that 2,000 rows took, and a whole roster goes in as fast.
 */
const insertChunk = 100;

/**
 * Replaces a team's whole roster: deletes its rows and inserts `members` in chunks of 100, in one
 * transaction (a savepoint inside a caller's transaction), so the roster is never half replaced.
 * Between chunks the event loop answers other requests, so a large roster does not hold up the
 * server. `members` may be any iterable (a generator that decodes the rows as they are needed);
 * it is read once. Employee ids must be unique within `members` (a duplicate fails the whole
 * replacement). Returns how many rows the roster now has.
 *
 * @example
 * await replaceTeamMembers(db, { teamId, members: [{ employeeId: "E001", name: "Lin", … }] }) // → 1
 */
export async function replaceTeamMembers(db: Database, params: { teamId: string; members: Iterable<TeamMemberInput> }): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.delete(teamMember).where(eq(teamMember.teamId, params.teamId));
    let count = 0;
    let chunk: (TeamMemberInput & { teamId: string })[] = [];
    const flush = async (): Promise<void> => {
      await yieldToEventLoop();
      await tx.insert(teamMember).values(chunk);
      count += chunk.length;
      chunk = [];
    };
    for (const member of params.members) {
      chunk.push({ ...member, teamId: params.teamId });
      if (chunk.length === insertChunk) await flush();
    }
    if (chunk.length > 0) await flush();
    return count;
  });
}
