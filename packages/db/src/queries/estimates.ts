import type { Estimate, Profile } from "@paypath/core";
import { desc, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { savedEstimate } from "../schema/profiles.js";

/** A recorded estimate. */
export interface SavedEstimateRow {
  id: string;
  profileId: string | null;
  catalogVersionId: number;
  input: Profile;
  result: Estimate;
  createdAt: Date;
}

/**
 * Records an estimate with the catalog version it was computed with. `now` sets `createdAt`
 * (default: the database's clock).
 *
 * @example
 * await insertEstimate(db, { ownerId: user.id, catalogVersionId: published.id, input: profile, result })
 * // → { id, createdAt }
 */
export async function insertEstimate(
  db: Database,
  params: {
    ownerId: string;
    profileId?: string | null;
    catalogVersionId: number;
    input: Profile;
    result: Estimate;
    now?: Date;
  },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await db
    .insert(savedEstimate)
    .values({
      ownerId: params.ownerId,
      profileId: params.profileId ?? null,
      catalogVersionId: params.catalogVersionId,
      input: params.input,
      result: params.result,
      ...(params.now ? { createdAt: params.now } : {}),
    })
    .returning({ id: savedEstimate.id, createdAt: savedEstimate.createdAt });
  return row!;
}

/**
 * Lists an owner's estimates, newest first.
 *
 * @example
 * await findEstimates(db, { ownerId: user.id, limit: 10 }) // → [{ id, input, result, createdAt, … }, …]
 */
export async function findEstimates(db: Database, params: { ownerId: string; limit: number }): Promise<SavedEstimateRow[]> {
  return db
    .select({
      id: savedEstimate.id,
      profileId: savedEstimate.profileId,
      catalogVersionId: savedEstimate.catalogVersionId,
      input: savedEstimate.input,
      result: savedEstimate.result,
      createdAt: savedEstimate.createdAt,
    })
    .from(savedEstimate)
    .where(eq(savedEstimate.ownerId, params.ownerId))
    .orderBy(desc(savedEstimate.createdAt), desc(savedEstimate.id))
    .limit(params.limit);
}
