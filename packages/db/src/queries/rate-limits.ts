import { lt, sql } from "drizzle-orm";
import type { Database, DatabaseKind } from "../database.js";
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

/** Counts a hit against a key, as `hitRateLimit` does. */
export type RateLimitCounter = (params: { key: string; windowMs: number; weight?: number }) => Promise<RateLimitHit>;

interface WaitingHit {
  readonly weight: number;
  readonly resolve: (hit: RateLimitHit) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * `hitRateLimit` with at most one statement in flight per key in this process: hits that arrive
 * while a key's statement runs wait for the next one, which adds their weights together, and each
 * is answered with the count up to and including itself. Counts stay exact and shared by every
 * server process on the database (each hit still waits for the database), while a busy key — every
 * anonymous caller behind one address — costs one statement per round trip instead of one per
 * request, each queued on the row's lock and holding a pooled connection while it waits. A key's
 * window length is the same on every hit (keys name their limit). A failed statement fails the
 * hits it carried, and the next hits are counted afresh. `statement` is `hitRateLimit` (tests count its calls).
 *
 * @example
 * const hit = coalescedRateLimitCounter(db);
 * await Promise.all([hit({ key: "api:203.0.113.7", windowMs: 60_000 }), hit({ key: "api:203.0.113.7", windowMs: 60_000 })])
 * // → [{ count: 1, ttlMs: 60000 }, { count: 2, ttlMs: 60000 }], in two statements at most
 */
export function coalescedRateLimitCounter(db: Database, statement: typeof hitRateLimit = hitRateLimit): RateLimitCounter {
  const queues = new Map<string, WaitingHit[]>(); // a key is here while its statement runs

  const drain = async (key: string, windowMs: number, waiting: WaitingHit[]): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.splice(0);
      const total = batch.reduce((sum, h) => sum + h.weight, 0);
      try {
        const { count, ttlMs } = await statement(db, { key, windowMs, weight: total });
        let upTo = count - total;
        for (const h of batch) {
          upTo += h.weight;
          h.resolve({ count: upTo, ttlMs });
        }
      } catch (error) {
        for (const h of batch) h.reject(error);
      }
    }
    queues.delete(key);
  };

  return ({ key, windowMs, weight = 1 }) =>
    new Promise<RateLimitHit>((resolve, reject) => {
      const running = queues.get(key);
      if (running) {
        running.push({ weight, resolve, reject });
        return;
      }
      const waiting: WaitingHit[] = [{ weight, resolve, reject }];
      queues.set(key, waiting);
      void drain(key, windowMs, waiting);
    });
}

/**
 * Counts hits in this process's memory, with the same windows as `hitRateLimit`: for an embedded
 * (PGlite) database, which only one process can open, so counts in memory are exact and cost no
 * statement (each PGlite statement runs on the server's own thread). Counts start over when the
 * process restarts. Ended windows are swept at most once per minute.
 *
 * @example
 * const hit = memoryRateLimitCounter();
 * await hit({ key: "api:203.0.113.7", windowMs: 60_000, weight: 3 }) // → { count: 3, ttlMs: 60000 }
 */
export function memoryRateLimitCounter(now: () => number = Date.now): RateLimitCounter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = now() + 60_000;
  return async ({ key, windowMs, weight = 1 }) => {
    const at = now();
    if (at >= nextSweep) {
      for (const [k, w] of windows) if (w.resetAt <= at) windows.delete(k);
      nextSweep = at + 60_000;
    }
    let window = windows.get(key);
    if (!window || window.resetAt <= at) {
      window = { count: 0, resetAt: at + Math.max(1, Math.round(windowMs)) };
      windows.set(key, window);
    }
    window.count += weight;
    return { count: window.count, ttlMs: window.resetAt - at };
  };
}

/**
 * The rate-limit counter for a database: in memory for an embedded one, in PostgreSQL (coalesced)
 * for a server, which several processes share.
 *
 * @example
 * const hit = rateLimitCounter(handle.db, handle.kind);
 */
export function rateLimitCounter(db: Database, kind: DatabaseKind): RateLimitCounter {
  return kind === "pglite" ? memoryRateLimitCounter() : coalescedRateLimitCounter(db);
}
