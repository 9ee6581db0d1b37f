import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { teamMember, teamPreviousMember, teamPreviousRoster } from "../schema/teams.js";
import type { TeamMemberRow } from "./teams.js";

/** The previous roster a team keeps: the revision it belonged to, when it was replaced and by whom, and its headcount. */
export interface PreviousRosterInfo {
  revision: number;
  savedAt: Date;
  savedBy: string | null;
  memberCount: number;
}

const memberColumns = (table: typeof teamMember | typeof teamPreviousMember) => ({
  employeeId: table.employeeId,
  name: table.name,
  title: table.title,
  roleId: table.roleId,
  levelId: table.levelId,
  locationId: table.locationId,
  base: table.base,
  bonus: table.bonus,
  equity: table.equity,
  performanceRating: table.performanceRating,
  hireDate: table.hireDate,
  managerEmployeeId: table.managerEmployeeId,
  gender: table.gender,
});

/**
 * Keeps a team's current roster as its previous one (replacing any kept before), inside the
 * database (one INSERT … SELECT, no rows through the server): call it in the transaction that
 * replaces the roster, before replacing it. `revision` is the team revision being left.
 *
 * @example
 * await keepPreviousRoster(tx, { teamId, revision: 3, savedBy: manager.id });
 */
export async function keepPreviousRoster(db: Database, params: { teamId: string; revision: number; savedBy: string | null }): Promise<void> {
  await db.transaction(async (tx) => {
    // Deleting the header row removes its members (on delete cascade).
    await tx.delete(teamPreviousRoster).where(eq(teamPreviousRoster.teamId, params.teamId));
    await tx.insert(teamPreviousRoster).values({ teamId: params.teamId, revision: params.revision, savedBy: params.savedBy });
    await tx
      .insert(teamPreviousMember)
      .select(
        tx
          // Every column, in the table's order (a fresh id for each row).
          .select({ id: sql<string>`gen_random_uuid()`.as("id"), teamId: teamMember.teamId, ...memberColumns(teamMember) })
          .from(teamMember)
          .where(eq(teamMember.teamId, params.teamId)),
      );
  });
}

/**
 * The previous roster a team keeps, without its rows; null when it has none.
 *
 * @example
 * await findPreviousRosterInfo(db, { teamId }) // → { revision: 3, savedAt, savedBy, memberCount: 25 } or null
 */
export async function findPreviousRosterInfo(db: Database, params: { teamId: string }): Promise<PreviousRosterInfo | null> {
  const [row] = await db
    .select({
      revision: teamPreviousRoster.revision,
      savedAt: teamPreviousRoster.savedAt,
      savedBy: teamPreviousRoster.savedBy,
      memberCount: sql<number>`(select count(*)::int from "team_previous_member" where "team_previous_member"."team_id" = "team_previous_roster"."team_id")`.mapWith(Number),
    })
    .from(teamPreviousRoster)
    .where(eq(teamPreviousRoster.teamId, params.teamId))
    .limit(1);
  return row ?? null;
}

/**
 * The rows of a team's previous roster, by employee id (empty when it keeps none). The caller
 * checks the team is theirs first.
 *
 * @example
 * await findPreviousMembers(db, { teamId }) // → [{ employeeId: "E001", name: "Lin", base: 182000, … }, …]
 */
export async function findPreviousMembers(db: Database, params: { teamId: string }): Promise<Omit<TeamMemberRow, "id">[]> {
  return db
    .select(memberColumns(teamPreviousMember))
    .from(teamPreviousMember)
    .where(eq(teamPreviousMember.teamId, params.teamId))
    .orderBy(asc(teamPreviousMember.employeeId));
}
