import { bandImpact, calibrateTeam, payEquity, type BandImpact, type Calibration, type PayEquityReport } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { loadTeamRoster } from "./team-access.js";

/** A team's calibration on the published catalog, and optionally the impact of another version. */
export interface TeamCalibration {
  readonly teamId: string;
  readonly revision: number;
  readonly catalogVersion: { readonly id: number; readonly version: string };
  readonly calibration: Calibration;
  /** Pay gaps by gender; null when nobody on the roster has a gender. */
  readonly payEquity: PayEquityReport | null;
  /** Moving the team from the published catalog to `compareCatalogVersionId`; null when not asked. */
  readonly impact: BandImpact | null;
}

/**
 * Places each person of a team on their band under the team's policy and the published catalog
 * (compa-ratio, penetration, status, outliers, internal equity), with the pay-equity report. Given
 * `compareCatalogVersionId` (a published or retired version), also says what would change if the
 * team were priced on that version instead.
 *
 * @example
 * const { calibration, impact } = await calibrateRoster(ctx, { teamId, compareCatalogVersionId: 3 });
 */
export async function calibrateRoster(
  ctx: AuthedContext,
  params: { teamId: string; compareCatalogVersionId?: number | undefined },
): Promise<TeamCalibration> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  const published = await ctx.catalogs.published();
  let impact: BandImpact | null = null;
  if (params.compareCatalogVersionId !== undefined) {
    const other = await ctx.catalogs.byId(params.compareCatalogVersionId);
    if (!other) throw new TRPCError({ code: "NOT_FOUND", message: "compareCatalogVersionId: no such catalog version." });
    impact = bandImpact(members, policy, published.catalog, other.catalog);
  }
  const calibration = calibrateTeam(members, policy, published.catalog);
  return {
    teamId: team.id,
    revision: team.revision,
    catalogVersion: { id: published.id, version: published.version },
    calibration,
    payEquity: payEquity(members, calibration),
    impact,
  };
}
