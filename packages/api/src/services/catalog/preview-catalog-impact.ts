import { bandImpact, profileImpact, type BandImpact, type ProfileImpactSummary } from "@paypath/core";
import { findPublishedCatalogId, findTeam, findTeamMembers, listTeams } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { policyOf, toRosterMember } from "../teams/team-access.js";
import { requireVersion } from "./require-version.js";
import { sampleProfiles } from "./sample-profiles.js";

/** How a catalog change moves one team's bands. */
export interface TeamImpact {
  readonly teamId: string;
  readonly name: string;
  readonly people: number;
  /** People whose band status (below, in, above) changes. */
  readonly changedStatusCount: number;
  readonly statusChanges: BandImpact["statusChanges"];
  /** Mean change of the base band midpoint over the people priced under both catalogs. */
  readonly averageMidpointChange: BandImpact["averageMidpointChange"];
  /** The person whose base midpoint moves most, in percent. */
  readonly largestMidpointChange: BandImpact["largestMidpointChange"];
  /** People one of the catalogs cannot price. */
  readonly unpriced: number;
}

/** What publishing `to` instead of `from` would do to estimates and to every team's bands. */
export interface CatalogImpact {
  readonly from: { readonly id: number; readonly version: string };
  readonly to: { readonly id: number; readonly version: string };
  readonly samples: ProfileImpactSummary;
  readonly teams: TeamImpact[];
  readonly totals: { readonly teams: number; readonly people: number; readonly changedStatusCount: number };
}

/** At most this many teams are previewed. */
const maxTeams = 1000;

/**
 * Previews a version against the published one (or `fromId`): how the total p50 of the standard
 * sample profiles moves, and per team (each with its band policy, the default when it has none)
 * how many people change band status and how band midpoints move (core's `bandImpact`).
 *
 * @example
 * const { samples, teams } = await previewCatalogImpact(ctx, { id: draft.id });
 */
export async function previewCatalogImpact(ctx: AuthedContext, params: { id: number; fromId?: number | undefined }): Promise<CatalogImpact> {
  const to = await requireVersion(ctx, { id: params.id });
  const fromId = params.fromId ?? (await findPublishedCatalogId(ctx.db));
  if (fromId === null) throw new TRPCError({ code: "BAD_REQUEST", message: "fromId: no version is published; choose one to compare with" });
  const from = await requireVersion(ctx, { id: fromId });

  const teams: TeamImpact[] = [];
  for (const listed of await listTeams(ctx.db, { limit: maxTeams })) {
    const team = await findTeam(ctx.db, { teamId: listed.id });
    if (!team) continue;
    const members = (await findTeamMembers(ctx.db, { teamId: team.id })).map(toRosterMember);
    const impact = bandImpact(members, policyOf(team), from.document, to.document);
    teams.push({
      teamId: team.id,
      name: team.name,
      people: members.length,
      changedStatusCount: impact.changedStatusCount,
      statusChanges: impact.statusChanges,
      averageMidpointChange: impact.averageMidpointChange,
      largestMidpointChange: impact.largestMidpointChange,
      unpriced: new Set(impact.unpriced.map((u) => u.employeeId)).size,
    });
  }
  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    samples: profileImpact(sampleProfiles, from.document, to.document),
    teams,
    totals: {
      teams: teams.length,
      people: teams.reduce((s, t) => s + t.people, 0),
      changedStatusCount: teams.reduce((s, t) => s + t.changedStatusCount, 0),
    },
  };
}
