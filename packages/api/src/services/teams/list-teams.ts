import { findTeamsForUser, listTeams as listAllTeams } from "@paypath/db";
import type { AuthedContext } from "../../context.js";

/**
 * The teams the caller may see: a manager's own teams, or every team for an admin.
 *
 * @example
 * await listTeams(ctx) // → [{ id, name }]
 */
export async function listTeams(ctx: AuthedContext): Promise<{ id: string; name: string }[]> {
  const rows = ctx.user.role === "admin" ? await listAllTeams(ctx.db, { limit: 1000 }) : await findTeamsForUser(ctx.db, { userId: ctx.user.id });
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
