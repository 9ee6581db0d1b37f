import type { Profile } from "@paypath/core";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { insertUnderOwnerCap } from "./owner-cap.js";
import { savedProfile } from "../schema/profiles.js";

/** A saved profile. */
export interface SavedProfileRow {
  id: string;
  name: string;
  profile: Profile;
  createdAt: Date;
  updatedAt: Date;
}

const profileColumns = {
  id: savedProfile.id,
  name: savedProfile.name,
  profile: savedProfile.profile,
  createdAt: savedProfile.createdAt,
  updatedAt: savedProfile.updatedAt,
};

/**
 * Inserts a new profile for an owner unless they already keep `limit` profiles (then null). The
 * owner's user row is locked for the count and the insert, so concurrent inserts cannot pass the
 * limit; it opens a transaction itself, or a savepoint in a caller's (whose commit then releases
 * the lock). `now` sets the timestamps (default: the database's clock).
 *
 * @example
 * await insertProfile(db, { ownerId: user.id, name: "Today", profile, limit: 200 }) // → { id, name, profile, createdAt, updatedAt } or null
 */
export async function insertProfile(
  db: Database,
  params: { ownerId: string; name: string; profile: Profile; limit: number; now?: Date },
): Promise<SavedProfileRow | null> {
  return insertUnderOwnerCap(db, { table: savedProfile, owner: savedProfile.ownerId, ownerId: params.ownerId, limit: params.limit }, async (tx) => {
    const [row] = await tx
      .insert(savedProfile)
      .values({
        ownerId: params.ownerId,
        name: params.name,
        profile: params.profile,
        ...(params.now ? { createdAt: params.now, updatedAt: params.now } : {}),
      })
      .returning(profileColumns);
    if (!row) throw new Error("insert returned no row");
    return row;
  });
}

/**
 * Saves a profile: inserts it (null when the owner already keeps `limit` profiles), or with `id`
 * updates that profile if `ownerId` owns it (null otherwise).
 *
 * @example
 * const saved = await saveProfile(db, { ownerId: user.id, name: "Today", profile, limit: 200 });
 * await saveProfile(db, { ownerId: user.id, id: saved!.id, name: "Today, renamed", profile, limit: 200 });
 */
export async function saveProfile(
  db: Database,
  params: { ownerId: string; id?: string; name: string; profile: Profile; limit: number; now?: Date },
): Promise<SavedProfileRow | null> {
  if (params.id === undefined) return insertProfile(db, params);
  const [row] = await db
    .update(savedProfile)
    .set({ name: params.name, profile: params.profile, updatedAt: params.now ?? new Date() })
    .where(and(eq(savedProfile.id, params.id), eq(savedProfile.ownerId, params.ownerId)))
    .returning(profileColumns);
  return row ?? null;
}

/**
 * Lists an owner's profiles, most recently updated first.
 *
 * @example
 * await findProfiles(db, { ownerId: user.id, limit: 20 }) // → [{ id, name, profile, createdAt, updatedAt }, …]
 */
export async function findProfiles(db: Database, params: { ownerId: string; limit: number }): Promise<SavedProfileRow[]> {
  return db
    .select(profileColumns)
    .from(savedProfile)
    .where(eq(savedProfile.ownerId, params.ownerId))
    .orderBy(desc(savedProfile.updatedAt), desc(savedProfile.id))
    .limit(params.limit);
}

/**
 * Finds one profile of an owner.
 *
 * @example
 * await findProfile(db, { ownerId: user.id, id }) // → { id, name, profile, … } or null (missing or not theirs)
 */
export async function findProfile(db: Database, params: { ownerId: string; id: string }): Promise<SavedProfileRow | null> {
  const [row] = await db
    .select(profileColumns)
    .from(savedProfile)
    .where(and(eq(savedProfile.id, params.id), eq(savedProfile.ownerId, params.ownerId)))
    .limit(1);
  return row ?? null;
}

/**
 * Deletes a profile of an owner; returns whether one was deleted (false when it is missing or
 * belongs to someone else).
 *
 * @example
 * await deleteProfile(db, { ownerId: user.id, id }) // → true
 */
export async function deleteProfile(db: Database, params: { ownerId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(savedProfile)
    .where(and(eq(savedProfile.id, params.id), eq(savedProfile.ownerId, params.ownerId)))
    .returning({ id: savedProfile.id });
  return rows.length > 0;
}
