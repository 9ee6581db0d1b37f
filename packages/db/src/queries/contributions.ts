import { and, asc, count, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { payContribution, type ContributionStatus } from "../schema/refit.js";

/** The figures of a contribution, as its owner enters them. */
export interface ContributionFigures {
  year: number;
  role: string;
  level: string;
  location: string;
  country: string;
  arrangement: string;
  companySize: string;
  base: number;
  bonus: number;
  equity: number;
}

/** A contribution as its owner sees it. */
export interface OwnContribution extends ContributionFigures {
  id: string;
  status: ContributionStatus;
  reviewReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A contribution as an admin reviews it: the figures only, never who contributed. */
export interface ReviewContribution extends ContributionFigures {
  id: string;
  status: ContributionStatus;
  reviewReason: string | null;
  createdAt: Date;
}

const figureColumns = {
  year: payContribution.year,
  role: payContribution.role,
  level: payContribution.level,
  location: payContribution.location,
  country: payContribution.country,
  arrangement: payContribution.arrangement,
  companySize: payContribution.companySize,
  base: payContribution.base,
  bonus: payContribution.bonus,
  equity: payContribution.equity,
};
const ownColumns = {
  id: payContribution.id,
  ...figureColumns,
  status: payContribution.status,
  reviewReason: payContribution.reviewReason,
  createdAt: payContribution.createdAt,
  updatedAt: payContribution.updatedAt,
};
const reviewColumns = {
  id: payContribution.id,
  ...figureColumns,
  status: payContribution.status,
  reviewReason: payContribution.reviewReason,
  createdAt: payContribution.createdAt,
};

/**
 * The owner's contributions, newest year first.
 *
 * @example
 * await findOwnContributions(db, { ownerId }) // → [{ id, year: 2026, base: 180000, status: "pending", … }]
 */
export async function findOwnContributions(db: Database, params: { ownerId: string }): Promise<OwnContribution[]> {
  return db.select(ownColumns).from(payContribution).where(eq(payContribution.ownerId, params.ownerId)).orderBy(desc(payContribution.year));
}

/**
 * Stores a contribution for its owner; null (nothing written) when they already have one for that year.
 *
 * @example
 * await insertContribution(db, { ownerId, figures }) // → { id, status: "pending", … } or null
 */
export async function insertContribution(db: Database, params: { ownerId: string; figures: ContributionFigures }): Promise<OwnContribution | null> {
  const [row] = await db
    .insert(payContribution)
    .values({ ownerId: params.ownerId, ...params.figures })
    .onConflictDoNothing()
    .returning(ownColumns);
  return row ?? null;
}

/**
 * Replaces the figures of the owner's contribution and sends it back to review; null when the
 * owner has no such contribution, "year-taken" when they already have another for the new year.
 *
 * @example
 * await updateContribution(db, { id, ownerId, figures }) // → { id, status: "pending", … }
 */
export async function updateContribution(
  db: Database,
  params: { id: string; ownerId: string; figures: ContributionFigures },
): Promise<OwnContribution | null | "year-taken"> {
  const [own] = await db
    .select({ id: payContribution.id })
    .from(payContribution)
    .where(and(eq(payContribution.id, params.id), eq(payContribution.ownerId, params.ownerId)))
    .limit(1);
  if (!own) return null;
  const [clash] = await db
    .select({ id: payContribution.id })
    .from(payContribution)
    .where(and(eq(payContribution.ownerId, params.ownerId), eq(payContribution.year, params.figures.year), ne(payContribution.id, params.id)))
    .limit(1);
  if (clash) return "year-taken";
  const [row] = await db
    .update(payContribution)
    .set({ ...params.figures, status: "pending", reviewReason: null, reviewedBy: null, reviewedAt: null })
    .where(and(eq(payContribution.id, params.id), eq(payContribution.ownerId, params.ownerId)))
    .returning(ownColumns);
  return row ?? null;
}

/**
 * Deletes the owner's contribution; false when they have no such contribution.
 *
 * @example
 * await deleteContribution(db, { id, ownerId }) // → true
 */
export async function deleteContribution(db: Database, params: { id: string; ownerId: string }): Promise<boolean> {
  const rows = await db
    .delete(payContribution)
    .where(and(eq(payContribution.id, params.id), eq(payContribution.ownerId, params.ownerId)))
    .returning({ id: payContribution.id });
  return rows.length > 0;
}

/**
 * Contributions for review, oldest first, without their owners.
 *
 * @example
 * await listContributions(db, { status: "pending", limit: 100 }) // → [{ id, role, base, … }]
 */
export async function listContributions(db: Database, params: { status?: ContributionStatus; limit: number }): Promise<ReviewContribution[]> {
  return db
    .select(reviewColumns)
    .from(payContribution)
    .where(params.status ? eq(payContribution.status, params.status) : undefined)
    .orderBy(asc(payContribution.createdAt), asc(payContribution.id))
    .limit(params.limit);
}

/**
 * Base pay of the contributions not rejected in the given role × level × country cells (for
 * outlier scores), without their owners.
 *
 * @example
 * await findCellBases(db, { cells: [{ role: "ml-engineer", level: "senior", country: "US" }] }) // → [{ id, role, level, country, base }]
 */
export async function findCellBases(
  db: Database,
  params: { cells: readonly { role: string; level: string; country: string }[] },
): Promise<{ id: string; role: string; level: string; country: string; base: number }[]> {
  if (params.cells.length === 0) return [];
  const roles = [...new Set(params.cells.map((c) => c.role))];
  const rows = await db
    .select({ id: payContribution.id, role: payContribution.role, level: payContribution.level, country: payContribution.country, base: payContribution.base })
    .from(payContribution)
    .where(and(inArray(payContribution.role, roles), ne(payContribution.status, "rejected")));
  const wanted = new Set(params.cells.map((c) => `${c.role}|${c.level}|${c.country}`));
  return rows.filter((r) => wanted.has(`${r.role}|${r.level}|${r.country}`));
}

/**
 * Accepts or rejects a contribution with the reviewer's reason; null when there is none.
 *
 * @example
 * await reviewContribution(db, { id, status: "accepted", reason: "in line with the cell", reviewedBy: admin.id }) // → { id, status: "accepted", … }
 */
export async function reviewContribution(
  db: Database,
  params: { id: string; status: "accepted" | "rejected"; reason: string; reviewedBy: string },
): Promise<ReviewContribution | null> {
  const [row] = await db
    .update(payContribution)
    .set({ status: params.status, reviewReason: params.reason, reviewedBy: params.reviewedBy, reviewedAt: sql`now()` })
    .where(eq(payContribution.id, params.id))
    .returning(reviewColumns);
  return row ?? null;
}

/**
 * Every accepted contribution's figures (the refit's rows), without owners.
 *
 * @example
 * await findAcceptedContributions(db) // → [{ year, role, level, country, base, … }]
 */
export async function findAcceptedContributions(db: Database): Promise<ContributionFigures[]> {
  return db.select(figureColumns).from(payContribution).where(eq(payContribution.status, "accepted")).orderBy(asc(payContribution.createdAt));
}

/** One role × level × country cell of accepted contributions. */
export interface ContributionAggregate {
  role: string;
  level: string;
  country: string;
  count: number;
  p25: number;
  p50: number;
  p75: number;
}

/**
 * Quartiles of base pay per role × level × country over accepted contributions, only for cells of
 * at least `minCount` (k-anonymity): no cell with fewer is returned at all.
 *
 * @example
 * await aggregateContributions(db, { minCount: 5 }) // → [{ role, level, country, count: 6, p25, p50, p75 }]
 */
export async function aggregateContributions(db: Database, params: { minCount: number }): Promise<ContributionAggregate[]> {
  const n = count();
  const rows = await db
    .select({
      role: payContribution.role,
      level: payContribution.level,
      country: payContribution.country,
      count: n,
      p25: sql<string>`percentile_cont(0.25) within group (order by ${payContribution.base})`,
      p50: sql<string>`percentile_cont(0.5) within group (order by ${payContribution.base})`,
      p75: sql<string>`percentile_cont(0.75) within group (order by ${payContribution.base})`,
    })
    .from(payContribution)
    .where(eq(payContribution.status, "accepted"))
    .groupBy(payContribution.role, payContribution.level, payContribution.country)
    .having(gte(n, params.minCount))
    .orderBy(payContribution.role, payContribution.level, payContribution.country);
  return rows.map((r) => ({ ...r, count: Number(r.count), p25: Number(r.p25), p50: Number(r.p50), p75: Number(r.p75) }));
}
