import { diffRosters, type RosterDiff } from "@paypath/core";
import { findPreviousMembers, findPreviousRosterInfo, findTeamMembers } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { requireTeam, toRosterMember } from "./team-access.js";

/** A team's previous roster and what restoring it would change. */
export interface PreviousRoster {
  /** The team revision that roster belonged to. */
  readonly revision: number;
  /** When it was replaced. */
  readonly savedAt: Date;
  readonly memberCount: number;
  /** The team's revision now (a restore must start from it). */
  readonly currentRevision: number;
  /** Restoring it against the roster now: people added, removed and changed. */
  readonly changes: RosterDiff;
}

/**
 * The roster a team had before its last import or restore, as a summary of what restoring it
 * would change (`diffRosters` of the roster now against it, read in one snapshot); null when the
 * team keeps none. Another manager's team is NOT_FOUND.
 *
 * @example
 * const previous = await getPreviousRoster(ctx, { teamId }); // → { revision: 3, memberCount: 25, changes: { added: 13, … } } or null
 */
export async function getPreviousRoster(ctx: AuthedContext, params: { teamId: string }): Promise<Wire<PreviousRoster> | null> {
  return ctx.db.transaction(
    async (tx) => {
      const team = await requireTeam({ ...ctx, db: tx }, params);
      const info = await findPreviousRosterInfo(tx, { teamId: team.id });
      if (!info) return null;
      const now = (await findTeamMembers(tx, { teamId: team.id, pageSize: 1_000 })).map(toRosterMember);
      const previous = (await findPreviousMembers(tx, { teamId: team.id })).map((row) => toRosterMember({ id: "", ...row }));
      return toWire({
        revision: info.revision,
        savedAt: info.savedAt,
        memberCount: info.memberCount,
        currentRevision: team.revision,
        changes: diffRosters(now, previous),
      });
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
