import type { OfferInput } from "@paypath/core";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../database.js";
import { insertUnderOwnerCap } from "./owner-cap.js";
import { savedOffer } from "../schema/offers.js";

/** A saved offer: its name and the offer as the owner entered it. */
export interface SavedOfferRow {
  id: string;
  name: string;
  offer: OfferInput;
  createdAt: Date;
  updatedAt: Date;
}

const offerColumns = {
  id: savedOffer.id,
  name: savedOffer.name,
  offer: savedOffer.offer,
  createdAt: savedOffer.createdAt,
  updatedAt: savedOffer.updatedAt,
};

/**
 * Stores an offer for its owner unless they already keep `limit` offers (then null). The owner's
 * user row is locked for the count and the insert, so concurrent inserts cannot pass the limit;
 * run it inside a transaction (it opens one itself, or a savepoint in a caller's). `now` sets the
 * timestamps (default: the database's clock).
 *
 * @example
 * await insertOffer(db, { ownerId, name: "BigCo", offer: { base: 200_000 }, limit: 50 }) // → { id, name, offer, … } or null
 */
export async function insertOffer(
  db: Database,
  params: { ownerId: string; name: string; offer: OfferInput; limit: number; now?: Date },
): Promise<SavedOfferRow | null> {
  return insertUnderOwnerCap(db, { table: savedOffer, owner: savedOffer.ownerId, ownerId: params.ownerId, limit: params.limit }, async (tx) => {
    const [row] = await tx
      .insert(savedOffer)
      .values({
        ownerId: params.ownerId,
        name: params.name,
        offer: params.offer,
        ...(params.now ? { createdAt: params.now, updatedAt: params.now } : {}),
      })
      .returning(offerColumns);
    if (!row) throw new Error("insert returned no row");
    return row;
  });
}

/**
 * Replaces the name and offer of one of the owner's offers; null when there is no such offer of
 * theirs (nothing is written then).
 *
 * @example
 * await updateOffer(db, { ownerId, id, name: "BigCo, revised", offer: { base: 210_000 } }) // → { id, name: "BigCo, revised", … }
 */
export async function updateOffer(
  db: Database,
  params: { ownerId: string; id: string; name: string; offer: OfferInput; now?: Date },
): Promise<SavedOfferRow | null> {
  const [row] = await db
    .update(savedOffer)
    .set({ name: params.name, offer: params.offer, updatedAt: params.now ?? new Date() })
    .where(and(eq(savedOffer.id, params.id), eq(savedOffer.ownerId, params.ownerId)))
    .returning(offerColumns);
  return row ?? null;
}

/**
 * Deletes one of the owner's offers; false when there is no such offer of theirs.
 *
 * @example
 * await deleteOffer(db, { ownerId, id }) // → true
 */
export async function deleteOffer(db: Database, params: { ownerId: string; id: string }): Promise<boolean> {
  const rows = await db
    .delete(savedOffer)
    .where(and(eq(savedOffer.id, params.id), eq(savedOffer.ownerId, params.ownerId)))
    .returning({ id: savedOffer.id });
  return rows.length > 0;
}

/**
 * The owner's saved offers, most recently updated first.
 *
 * @example
 * await findOffers(db, { ownerId, limit: 50 }) // → [{ id, name: "BigCo", offer: { base: 200000, … }, … }]
 */
export async function findOffers(db: Database, params: { ownerId: string; limit: number }): Promise<SavedOfferRow[]> {
  return db
    .select(offerColumns)
    .from(savedOffer)
    .where(eq(savedOffer.ownerId, params.ownerId))
    .orderBy(desc(savedOffer.updatedAt), desc(savedOffer.id))
    .limit(params.limit);
}

/**
 * The owner's offers among `ids`, in the order of `ids`; ids that are missing or another user's
 * are left out (compare the lengths to tell).
 *
 * @example
 * await findOffersByIds(db, { ownerId, ids: [b, a] }) // → [{ id: b, … }, { id: a, … }]
 */
export async function findOffersByIds(db: Database, params: { ownerId: string; ids: readonly string[] }): Promise<SavedOfferRow[]> {
  if (params.ids.length === 0) return [];
  const rows = await db
    .select(offerColumns)
    .from(savedOffer)
    .where(and(eq(savedOffer.ownerId, params.ownerId), inArray(savedOffer.id, [...params.ids])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return params.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
