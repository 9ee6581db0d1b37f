import { lt, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { rateLimit } from "../schema/rate-limits.js";

/** A key's count in its current window after a hit, and the milliseconds until the window ends. */
export interface RateLimitHit {
  count: number;
  ttlMs: number;
}

/**
 * Counts `weight` requests against `key` in one atomic statement (an upsert-increment) and
 * returns the key's count in the current window. The first hit of a key, or the first after its
 * window ended, starts a window of `windowMs` on the database's clock, so every server process
 * on the database shares the count and agrees on the window whatever its own clock says.
 *
 * @example
 * await hitRateLimit(db, { key: "sign-in:203.0.113.7", windowMs: 60_000 }) // → { count: 1, ttlMs: 60000 }
 * await hitRateLimit(db, { key: "api:203.0.113.7", windowMs: 60_000, weight: 10 }) // → { count: 10, ttlMs: 60000 }
 */
export async function hitRateLimit(db: Database, params: { key: string; windowMs: number; weight?: number }): Promise<RateLimitHit> {
  const weight = params.weight ?? 1;
  const windowEnd = sql`now() + ${Math.max(1, Math.round(params.windowMs))}::integer * interval '1 millisecond'`;
  const expired = sql`${rateLimit.resetAt} <= now()`;
  const [row] = await db
    .insert(rateLimit)
    .values({ key: params.key, count: weight, resetAt: windowEnd })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${expired} then excluded.count else ${rateLimit.count} + excluded.count end`,
        resetAt: sql`case when ${expired} then excluded.reset_at else ${rateLimit.resetAt} end`,
      },
    })
    .returning({
      count: rateLimit.count,
      ttlMs: sql<number>`greatest(0, ceil(extract(epoch from ${rateLimit.resetAt} - now()) * 1000))::integer`,
    });
  return { count: row!.count, ttlMs: Number(row!.ttlMs) };
}

/**
 * Deletes the counters whose window has ended (a later hit would start over anyway); returns
 * how many were deleted.
 *
 * @example
 * await pruneRateLimits(db) // → 42
 */
export async function pruneRateLimits(db: Database): Promise<number> {
  const rows = await db.delete(rateLimit).where(lt(rateLimit.resetAt, sql`now()`)).returning({ key: rateLimit.key });
  return rows.length;
}
