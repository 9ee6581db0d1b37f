import {
  aggregateContributions,
  appendAudit,
  deleteContribution,
  findCellBases,
  findOwnContributions,
  insertContribution,
  listContributions,
  reviewContribution,
  updateContribution,
  type ContributionAggregate,
  type ContributionStatus,
  type OwnContribution,
  type ReviewContribution,
} from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext, Context } from "../../context.js";
import { FieldIssuesError } from "../../trpc.js";
import { toWire, type Wire } from "../../wire.js";
import { outlierThreshold, robustScore } from "./outlier-score.js";

/** The fewest accepted contributions a cell needs before anyone sees its figures (k-anonymity). */
export const minAggregateCell = 5;
/** The audit log's entity for contributions (the entries name the reviewer, never the contributor). */
const auditEntity = "pay_contribution";

/** A contribution as its owner enters it. */
export interface ContributionInput {
  readonly year: number;
  readonly role: string;
  readonly level: string;
  readonly location: string;
  readonly arrangement: string;
  readonly companySize: "S" | "M" | "L";
  readonly base: number;
  readonly bonus: number;
  readonly equity: number;
}

/** Checks ids against the published catalog and the year against today; the country comes from the location. */
async function toFigures(ctx: AuthedContext, input: ContributionInput) {
  const { catalog } = await ctx.catalogs.published();
  const issues: { path: string; message: string }[] = [];
  if (!catalog.roles.some((r) => r.id === input.role)) issues.push({ path: "role", message: `unknown role "${input.role}"` });
  if (!catalog.levels.some((l) => l.id === input.level)) issues.push({ path: "level", message: `unknown level "${input.level}"` });
  const location = catalog.locations.find((l) => l.id === input.location);
  if (!location) issues.push({ path: "location", message: `unknown location "${input.location}"` });
  if (!catalog.arrangements.some((a) => a.id === input.arrangement)) issues.push({ path: "arrangement", message: `unknown arrangement "${input.arrangement}"` });
  const thisYear = ctx.now().getUTCFullYear();
  if (input.year > thisYear) issues.push({ path: "year", message: `must be ${thisYear} or earlier: contribute pay you have been paid` });
  if (issues.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: "The contribution has problems.", cause: new FieldIssuesError(issues) });
  return { ...input, country: location!.country };
}

/**
 * The caller's own contributions.
 *
 * @example
 * await listOwnContributions(ctx) // → [{ id, year: 2026, base: 180000, status: "pending", … }]
 */
export async function listOwnContributions(ctx: AuthedContext): Promise<Wire<OwnContribution>[]> {
  return toWire(await findOwnContributions(ctx.db, { ownerId: ctx.user.id }));
}

/**
 * Saves the caller's contribution for a year: a new one, or (with `id`) an edit of their own that
 * goes back to review. One per user and year: a second for the same year is a CONFLICT.
 *
 * @example
 * await saveContribution(ctx, { year: 2026, role: "ml-engineer", level: "senior", location: "us", arrangement: "remote", companySize: "L", base: 200000, bonus: 20000, equity: 50000 })
 * // → { id, status: "pending", … }
 */
export async function saveContribution(ctx: AuthedContext, params: ContributionInput & { id?: string | undefined }): Promise<Wire<OwnContribution>> {
  const { id, ...input } = params;
  const figures = await toFigures(ctx, input);
  const yearTaken = new TRPCError({ code: "CONFLICT", message: `year: you already contributed your pay for ${input.year}; edit that contribution instead` });
  if (id === undefined) {
    const row = await insertContribution(ctx.db, { ownerId: ctx.user.id, figures });
    if (!row) throw yearTaken;
    return toWire(row);
  }
  const row = await updateContribution(ctx.db, { id, ownerId: ctx.user.id, figures });
  if (row === "year-taken") throw yearTaken;
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "id: no such contribution of yours" });
  return toWire(row);
}

/**
 * Deletes the caller's own contribution (NOT_FOUND for anyone else's).
 *
 * @example
 * await removeContribution(ctx, { id }) // → { id }
 */
export async function removeContribution(ctx: AuthedContext, params: { id: string }): Promise<{ id: string }> {
  if (!(await deleteContribution(ctx.db, { id: params.id, ownerId: ctx.user.id }))) throw new TRPCError({ code: "NOT_FOUND", message: "id: no such contribution of yours" });
  return { id: params.id };
}

/** A contribution in the review queue: its figures, the size of its cell and its robust outlier score. */
export type QueuedContribution = Wire<ReviewContribution> & { cellSize: number; score: number | null; flagged: boolean };

/**
 * The review queue (pending by default), oldest first, each with its modified z-score of log base
 * pay within role × level × country among contributions not rejected; |score| > 3.5 is flagged.
 * Never says who contributed.
 *
 * @example
 * await listContributionQueue(ctx, { status: "pending", limit: 100 }) // → [{ id, role, base, cellSize: 6, score: 4.1, flagged: true }]
 */
export async function listContributionQueue(ctx: AuthedContext, params: { status: ContributionStatus; limit: number }): Promise<QueuedContribution[]> {
  const items = await listContributions(ctx.db, params);
  const bases = await findCellBases(ctx.db, { cells: items });
  const cells = new Map<string, number[]>();
  for (const b of bases) {
    const k = `${b.role}|${b.level}|${b.country}`;
    cells.set(k, [...(cells.get(k) ?? []), b.base]);
  }
  return items.map((c) => {
    const cell = cells.get(`${c.role}|${c.level}|${c.country}`) ?? [];
    const score = robustScore(c.base, cell);
    return { ...toWire(c), cellSize: cell.length, score, flagged: score !== null && Math.abs(score) > outlierThreshold };
  });
}

/**
 * Accepts or rejects a contribution with a reason, audited (the entry names the reviewer and
 * the decision, not the contributor).
 *
 * @example
 * await decideContribution(ctx, { id, decision: "accepted", reason: "in line with its cell" }) // → { id, status: "accepted", … }
 */
export async function decideContribution(ctx: AuthedContext, params: { id: string; decision: "accepted" | "rejected"; reason: string }): Promise<Wire<ReviewContribution>> {
  return ctx.db.transaction(async (tx) => {
    const row = await reviewContribution(tx, { id: params.id, status: params.decision, reason: params.reason, reviewedBy: ctx.user.id });
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "id: no such contribution" });
    await appendAudit(tx, { actorId: ctx.user.id, action: `contribution.${params.decision === "accepted" ? "accept" : "reject"}`, entity: auditEntity, entityId: row.id, after: { status: row.status }, note: params.reason });
    return toWire(row);
  });
}

/**
 * Quartiles of base pay of accepted contributions per role × level × country, for cells of at
 * least five contributions only.
 *
 * @example
 * await listContributionAggregates(ctx) // → { minCell: 5, cells: [{ role, level, country, count: 6, p25, p50, p75 }] }
 */
export async function listContributionAggregates(ctx: Context): Promise<{ minCell: number; cells: ContributionAggregate[] }> {
  return { minCell: minAggregateCell, cells: await aggregateContributions(ctx.db, { minCount: minAggregateCell }) };
}
