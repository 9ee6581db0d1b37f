import { advanceTeamRevision, appendAudit, findPreviousMembers, findPreviousRosterInfo, findTeam, keepPreviousRoster, replaceTeamMembers } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { requireTeam } from "./team-access.js";
import { staleRevisionError } from "./team-errors.js";

/** What a restore did. */
export interface RosterRestore {
  readonly teamId: string;
  readonly revision: number;
  /** People on the roster now (the restored roster). */
  readonly restored: number;
  /** People on the roster before the restore (now kept as the previous roster). */
  readonly replaced: number;
}

/**
 * Brings back the roster a team had before its last import or restore, in one transaction: the
 * team moves to its next revision if it is still at `revision` (else CONFLICT), the roster now
 * becomes the previous one (so a restore can itself be undone), the kept roster replaces it, and
 * the restore is audited (`team.restore-roster`). A team with no previous roster is NOT_FOUND
 * ("no previous roster"); another manager's team is NOT_FOUND as a missing team.
 *
 * @example
 * await restoreRoster(ctx, { teamId, revision: 4 }) // → { teamId, revision: 5, restored: 25, replaced: 12 }
 */
export async function restoreRoster(ctx: AuthedContext, params: { teamId: string; revision: number }): Promise<RosterRestore> {
  return ctx.db.transaction(async (tx) => {
    const team = await requireTeam({ ...ctx, db: tx }, params);
    const info = await findPreviousRosterInfo(tx, { teamId: team.id });
    if (!info) throw new TRPCError({ code: "NOT_FOUND", message: "This team has no previous roster to restore." });
    const next = await advanceTeamRevision(tx, { teamId: team.id, revision: params.revision });
    if (!next) throw staleRevisionError((await findTeam(tx, { teamId: team.id })) ?? team, params.revision);
    const previous = await findPreviousMembers(tx, { teamId: team.id });
    await keepPreviousRoster(tx, { teamId: team.id, revision: team.revision, savedBy: ctx.user.id });
    const restored = await replaceTeamMembers(tx, { teamId: team.id, members: previous });
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "team.restore-roster",
      entity: "team",
      entityId: team.id,
      before: { revision: team.revision, memberCount: team.memberCount },
      after: { revision: next.revision, memberCount: restored, restoredRevision: info.revision },
      note: `restored the roster of revision ${info.revision}`,
    });
    return { teamId: team.id, revision: next.revision, restored, replaced: team.memberCount };
  });
}
