import { findTeamSummaries, type TeamSummary } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { managerScope } from "./team-access.js";

/**
 * The teams the caller may see, by name: the teams a manager manages, or every team for an admin.
 *
 * @example
 * await listTeams(ctx) // → [{ id, name: "Applied AI", revision: 1, memberCount: 25, updatedAt: "2026-…" }]
 */
export async function listTeams(ctx: AuthedContext): Promise<Wire<TeamSummary[]>> {
  return toWire(await findTeamSummaries(ctx.db, { managerId: managerScope(ctx), limit: 1000 }));
}
