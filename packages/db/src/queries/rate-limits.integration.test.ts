import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { rateLimit } from "../schema/rate-limits.js";
import { databases } from "../testing/databases.js";
import { coalescedRateLimitCounter, hitRateLimit, memoryRateLimitCounter, pruneRateLimits, rateLimitCounter } from "./rate-limits.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(databases())("rate-limit counters on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("counts hits per key within the window, by weight, and reports the time left", async () => {
    const first = await hitRateLimit(t.db, { key: "sign-in:10.0.0.1", windowMs: 60_000 });
    expect(first.count).toBe(1);
    expect(first.ttlMs).toBeGreaterThan(55_000);
    expect(first.ttlMs).toBeLessThanOrEqual(60_000);
    expect((await hitRateLimit(t.db, { key: "sign-in:10.0.0.1", windowMs: 60_000 })).count).toBe(2);
    expect((await hitRateLimit(t.db, { key: "sign-in:10.0.0.1", windowMs: 60_000, weight: 10 })).count).toBe(12);
    // Another key (another limit or another address) has its own count.
    expect((await hitRateLimit(t.db, { key: "sign-up:10.0.0.1", windowMs: 60_000 })).count).toBe(1);
    expect((await hitRateLimit(t.db, { key: "sign-in:10.0.0.2", windowMs: 60_000 })).count).toBe(1);
  });

  it("keeps the counters out of the write-ahead log (an unlogged table)", async () => {
    const [row] = await t.db.select({ persistence: sql<string>`relpersistence` }).from(sql`pg_class`).where(sql`relname = 'rate_limit'`);
    expect(row?.persistence).toBe("u");
  });

  it("starts a new window once the last one has ended", async () => {
    expect((await hitRateLimit(t.db, { key: "short", windowMs: 200, weight: 5 })).count).toBe(5);
    expect((await hitRateLimit(t.db, { key: "short", windowMs: 200 })).count).toBe(6);
    await sleep(300);
    const fresh = await hitRateLimit(t.db, { key: "short", windowMs: 60_000 });
    expect(fresh).toMatchObject({ count: 1 });
    expect(fresh.ttlMs).toBeGreaterThan(55_000);
  });

  it("never loses a hit when many arrive at once", async () => {
    const hits = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(t.db, { key: "burst", windowMs: 60_000 })));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("prunes the counters whose window has ended and keeps the others", async () => {
    await hitRateLimit(t.db, { key: "ended", windowMs: 1 });
    await hitRateLimit(t.db, { key: "running", windowMs: 60_000 });
    await sleep(20);
    expect(await pruneRateLimits(t.db)).toBeGreaterThanOrEqual(1);
    expect(await t.db.select().from(rateLimit).where(eq(rateLimit.key, "ended"))).toEqual([]);
    expect(await t.db.select({ count: rateLimit.count }).from(rateLimit).where(eq(rateLimit.key, "running"))).toEqual([{ count: 1 }]);
  });

  it("coalesces hits on one key that arrive while its statement runs, answering each with its own exact count", async () => {
    let statements = 0;
    const hit = coalescedRateLimitCounter(t.db, (db, params) => {
      statements++;
      return hitRateLimit(db, params);
    });
    const weights = Array.from({ length: 60 }, (_, i) => 1 + (i % 3));
    const hits = await Promise.all(weights.map((weight) => hit({ key: "coalesced", windowMs: 60_000, weight })));
    // In arrival order, each count is the sum of the weights up to and including its own.
    let sum = 0;
    expect(hits.map((h) => h.count)).toEqual(weights.map((w) => (sum += w)));
    expect(statements).toBeLessThan(weights.length / 4);
    expect(statements).toBeGreaterThanOrEqual(1);
    // Another key is not held up behind this one's statement, and the database holds the total.
    expect(await hit({ key: "coalesced-other", windowMs: 60_000 })).toMatchObject({ count: 1 });
    expect((await hitRateLimit(t.db, { key: "coalesced", windowMs: 60_000 })).count).toBe(sum + 1);
  });

  it("fails the hits a failed statement carried, then counts the next ones afresh", async () => {
    let fail = true;
    const hit = coalescedRateLimitCounter(t.db, (db, params) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error("connection lost"));
      }
      return hitRateLimit(db, params);
    });
    const first = await Promise.allSettled([1, 2, 3].map(() => hit({ key: "coalesced-failure", windowMs: 60_000 })));
    expect(first[0]).toMatchObject({ status: "rejected" });
    // Only the first call failed; hits queued behind it went out in the next statement.
    const counted = first.filter((r) => r.status === "fulfilled").map((r) => r.value.count);
    expect(counted).toEqual(counted.map((_, i) => i + 1));
    expect(await hit({ key: "coalesced-failure", windowMs: 60_000 })).toMatchObject({ count: counted.length + 1 });
  });
});

describe("rate-limit counters in memory (an embedded database's)", () => {
  it("counts by weight per key within the window, reports the time left and starts over once it ends", async () => {
    let clock = 1_000_000;
    const hit = memoryRateLimitCounter(() => clock);
    expect(await hit({ key: "api:10.0.0.1", windowMs: 60_000 })).toEqual({ count: 1, ttlMs: 60_000 });
    clock += 20_000;
    expect(await hit({ key: "api:10.0.0.1", windowMs: 60_000, weight: 4 })).toEqual({ count: 5, ttlMs: 40_000 });
    expect(await hit({ key: "api:10.0.0.2", windowMs: 60_000 })).toEqual({ count: 1, ttlMs: 60_000 });
    clock += 40_000; // the first window has just ended
    expect(await hit({ key: "api:10.0.0.1", windowMs: 60_000 })).toEqual({ count: 1, ttlMs: 60_000 });
    expect(await hit({ key: "api:10.0.0.2", windowMs: 60_000 })).toEqual({ count: 2, ttlMs: 20_000 });
  });

  it("is what an embedded database gets; a server's counts go to the database", async () => {
    const handle = await databases()[0]!.open();
    try {
      await rateLimitCounter(handle.db, "pglite")({ key: "where", windowMs: 60_000 });
      expect(await handle.db.select().from(rateLimit).where(eq(rateLimit.key, "where"))).toEqual([]);
      await rateLimitCounter(handle.db, "postgres")({ key: "where", windowMs: 60_000 });
      expect(await handle.db.select({ count: rateLimit.count }).from(rateLimit).where(eq(rateLimit.key, "where"))).toEqual([{ count: 1 }]);
    } finally {
      await handle.close();
    }
  });
});
