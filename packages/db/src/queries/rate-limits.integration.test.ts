import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { rateLimit } from "../schema/rate-limits.js";
import { databases } from "../testing/databases.js";
import { hitRateLimit, pruneRateLimits } from "./rate-limits.js";

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
});
