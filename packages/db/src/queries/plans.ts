import type { PlanOptionsInput, PlanResult, PlanTargetInput, Profile } from "@paypath/core";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { insertUnderOwnerCap } from "./owner-cap.js";
import { catalogVersion } from "../schema/catalog-versions.js";
import { savedPlan } from "../schema/plans.js";

/** A saved plan without its computed result (for lists). */
export interface SavedPlanSummary {
  id: string;
  name: string;
  profile: Profile;
  target: PlanTargetInput;
  options: PlanOptionsInput;
  catalogVersionId: number;
  catalogVersion: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A saved plan with the result computed when it was saved. */
export interface SavedPlanRow extends SavedPlanSummary {
  result: PlanResult;
}

const summaryColumns = {
  id: savedPlan.id,
  name: savedPlan.name,
  profile: savedPlan.profile,
  target: savedPlan.target,
  options: savedPlan.options,
  catalogVersionId: savedPlan.catalogVersionId,
  catalogVersion: catalogVersion.version,
  createdAt: savedPlan.createdAt,
  updatedAt: savedPlan.updatedAt,
};

/**
 * Stores a plan for its owner and returns its id, unless they already keep `limit` plans (then
 * null). The owner's user row is locked for the count and the insert, so concurrent inserts
 * cannot pass the limit (a transaction of its own, or a savepoint in a caller's).
 *
 * @example
 * const saved = await insertPlan(db, { ownerId, name: "To AI security", profile, target, options, catalogVersionId: 1, result, limit: 200 }); // → { id } or null
 */
export async function insertPlan(
  db: Database,
  params: {
    ownerId: string;
    name: string;
    profile: Profile;
    target: PlanTargetInput;
    options: PlanOptionsInput;
    catalogVersionId: number;
    result: PlanResult;
    limit: number;
    now?: Date;
  },
): Promise<{ id: string } | null> {
  return insertUnderOwnerCap(db, { table: savedPlan, owner: savedPlan.ownerId, ownerId: params.ownerId, limit: params.limit }, async (tx) => {
    const [row] = await tx
      .insert(savedPlan)
      .values({
        ownerId: params.ownerId,
        name: params.name,
        profile: params.profile,
        target: params.target,
        options: params.options,
        catalogVersionId: params.catalogVersionId,
        result: params.result,
        ...(params.now ? { createdAt: params.now, updatedAt: params.now } : {}),
      })
      .returning({ id: savedPlan.id });
    if (!row) throw new Error("insert returned no row");
    return row;
  });
}

/**
 * The owner's saved plans, most recently updated first, without results.
 *
 * @example
 * await findPlans(db, { ownerId, limit: 50 }) // → [{ id, name, target, catalogVersion: "2024.1", … }]
 */
export async function findPlans(db: Database, params: { ownerId: string; limit: number }): Promise<SavedPlanSummary[]> {
  return db
    .select(summaryColumns)
    .from(savedPlan)
    .innerJoin(catalogVersion, eq(catalogVersion.id, savedPlan.catalogVersionId))
    .where(eq(savedPlan.ownerId, params.ownerId))
    .orderBy(desc(savedPlan.updatedAt), desc(savedPlan.id))
    .limit(params.limit);
}

/**
 * One of the owner's plans with its saved result, or null (also for another user's plan).
 *
 * @example
 * await findPlan(db, { ownerId, id }) // → { id, result: { frontier: […] }, … } or null
 */
export async function findPlan(db: Database, params: { ownerId: string; id: string }): Promise<SavedPlanRow | null> {
  const [row] = await db
    .select({ ...summaryColumns, result: savedPlan.result })
    .from(savedPlan)
    .innerJoin(catalogVersion, eq(catalogVersion.id, savedPlan.catalogVersionId))
    .where(and(eq(savedPlan.id, params.id), eq(savedPlan.ownerId, params.ownerId)))
    .limit(1);
  return row ?? null;
}

/**
 * Deletes one of the owner's plans; false when there is no such plan of theirs.
 *
 * @example
 * await deletePlan(db, { ownerId, id }) // → true
 */
export async function deletePlan(db: Database, params: { ownerId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(savedPlan)
    .where(and(eq(savedPlan.id, params.id), eq(savedPlan.ownerId, params.ownerId)))
    .returning({ id: savedPlan.id });
  return rows.length > 0;
}
