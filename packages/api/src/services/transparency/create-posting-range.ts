import { appendAudit } from "@paypath/db";
import { postingRange, type PostingRange } from "@paypath/core";
import { stringify } from "csv-stringify/sync";
import type { AuthedContext } from "../../context.js";
import { loadTeamRoster } from "../teams/team-access.js";
import { safeCell, slugOf } from "./csv-cell.js";
import { ruleById } from "./rules.js";

/** What a posting is asked for: a team (for its band policy), the job, the jurisdiction and optionally a narrower range. */
export interface PostingRequest {
  readonly teamId: string;
  readonly roleId: string;
  readonly levelId: string;
  readonly locationId: string;
  readonly jurisdictionId: string;
  readonly range?: { readonly min: number; readonly max: number } | undefined;
}

/** A posting range with the catalog version its band was priced on. */
export interface TeamPostingRange extends PostingRange {
  readonly teamId: string;
  readonly catalogVersion: string;
}

/**
 * A job posting's pay range from the team's band (its policy, the published catalog) under a
 * jurisdiction's rule; see core's `postingRange`.
 *
 * @example
 * const posting = await createPostingRange(ctx, { teamId, roleId: "ml-engineer", levelId: "senior", locationId: "de", jurisdictionId: "eu" });
 */
export async function createPostingRange(ctx: AuthedContext, request: PostingRequest): Promise<TeamPostingRange> {
  const rule = ruleById(request.jurisdictionId);
  const { team, policy } = await loadTeamRoster(ctx, { teamId: request.teamId });
  const { catalog, version } = await ctx.catalogs.published();
  const posting = postingRange(request, rule, policy, catalog);
  return { ...posting, teamId: team.id, catalogVersion: version };
}

/** The ATS export's columns. */
export const postingColumns = [
  "job title",
  "role",
  "level",
  "location",
  "jurisdiction",
  "law",
  "currency",
  "pay min",
  "pay max",
  "pay period",
  "bonus",
  "equity",
  "benefits",
  "posting text",
] as const;

/**
 * A posting as a file for an applicant tracking system (CSV: a header and one row) or as plain
 * text, recorded in the audit log as an export of the team's data.
 *
 * @example
 * const { fileName, content } = await exportPosting(ctx, { ...request, format: "csv" }); // → "ml-engineer-senior-de-eu.csv", "job title,role,…"
 */
export async function exportPosting(
  ctx: AuthedContext,
  request: PostingRequest & { readonly format: "csv" | "text" },
): Promise<{ fileName: string; format: "csv" | "text"; content: string }> {
  const posting = await createPostingRange(ctx, request);
  const base = `${slugOf(`${posting.role.id} ${posting.level.id} ${posting.location.id} ${posting.rule.id}`)}`;
  const content =
    request.format === "text"
      ? posting.text
      : stringify(
          [
            [...postingColumns],
            [
              safeCell(`${posting.role.name}, ${posting.level.name}`),
              posting.role.id,
              posting.level.id,
              safeCell(posting.location.name),
              safeCell(posting.rule.name),
              safeCell(posting.rule.law),
              posting.currency,
              String(posting.range.min),
              String(posting.range.max),
              "year",
              safeCell(posting.bonus.text ?? ""),
              safeCell(posting.equity.text ?? ""),
              safeCell(posting.benefits.text ?? ""),
              safeCell(posting.text),
            ],
          ],
          { record_delimiter: "\r\n" },
        );
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "transparency.export-posting",
    entity: "team",
    entityId: posting.teamId,
    after: {
      format: request.format,
      roleId: posting.role.id,
      levelId: posting.level.id,
      locationId: posting.location.id,
      jurisdictionId: posting.rule.id,
      range: posting.range,
      currency: posting.currency,
      catalogVersion: posting.catalogVersion,
    },
  });
  return { fileName: `${base}.${request.format === "csv" ? "csv" : "txt"}`, format: request.format, content };
}
