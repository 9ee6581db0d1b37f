import { count, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../database.js";
import { user } from "../schema/auth.js";

/**
 * Runs `insert` in a transaction unless the owner already keeps `limit` rows of `table` (then
 * null, nothing written). The owner's user row is held `FOR NO KEY UPDATE` for the count and the
 * insert, so concurrent inserts of one owner take turns and cannot pass the limit, while other
 * statements that only reference the user (its estimates, a session lookup) go on. Opens a
 * transaction itself, or a savepoint in a caller's (whose commit then releases the lock).
 *
 * @example
 * await insertUnderOwnerCap(db, { table: savedOffer, owner: savedOffer.ownerId, ownerId, limit: 50 }, (tx) => tx.insert(savedOffer).values(…).returning())
 */
export async function insertUnderOwnerCap<T>(
  db: Database,
  params: { table: PgTable; owner: PgColumn; ownerId: string; limit: number },
  insert: (tx: Database) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    await tx.select({ id: user.id }).from(user).where(eq(user.id, params.ownerId)).for("no key update");
    const [kept] = await tx.select({ n: count() }).from(params.table).where(eq(params.owner, params.ownerId));
    if ((kept?.n ?? 0) >= params.limit) return null;
    return insert(tx);
  });
}
