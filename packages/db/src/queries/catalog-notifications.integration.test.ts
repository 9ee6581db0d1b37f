import { fixtureCatalog } from "@paypath/core/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases } from "../testing/databases.js";
import { catalogPublishedChannel, listenForPublishedCatalog, notifyCatalogPublished } from "./catalog-notifications.js";
import { findPublishedCatalogId, insertCatalogVersion, listCatalogVersions, publishCatalogVersion } from "./catalog-versions.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` holds, for at most `ms`; returns whether it did. */
async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

describe.each(databases())("catalog publish notifications on %s", (factory) => {
  let t: DatabaseHandle;
  let label = 0;
  beforeAll(async () => {
    t = await factory.open();
    const first = await insertCatalogVersion(t.db, { version: "n0", document: fixtureCatalog });
    await publishCatalogVersion(t.db, { id: first.id });
  });
  afterAll(() => t?.close());

  const newVersion = () => insertCatalogVersion(t.db, { version: `n${++label}`, document: fixtureCatalog });

  it("announces each published id once its transaction commits, never a rolled-back one, and stops when closed", async () => {
    const heard: (number | null)[] = [];
    let listening = 0;
    const subscription = await listenForPublishedCatalog(t.listen, { onPublished: (id) => heard.push(id), onListen: () => listening++ });
    expect(listening).toBe(1);

    const rolledBack = await newVersion();
    await expect(
      t.db.transaction(async (tx) => {
        await publishCatalogVersion(tx, { id: rolledBack.id });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");

    const kept = await newVersion();
    let heardBeforeCommit: number[] = [];
    await t.db.transaction(async (tx) => {
      await publishCatalogVersion(tx, { id: kept.id });
      await sleep(100);
      heardBeforeCommit = heard.filter((id): id is number => id !== null);
    });
    expect(heardBeforeCommit).toEqual([]);
    expect(await eventually(() => heard.length > 0, 2000)).toBe(true);
    await sleep(100);
    expect(heard).toEqual([kept.id]);
    expect(await findPublishedCatalogId(t.db)).toBe(kept.id);

    // A payload that names no version still says "look again".
    await t.db.execute(sql`select pg_notify(${catalogPublishedChannel}, 'not a number')`);
    expect(await eventually(() => heard.length === 2, 2000)).toBe(true);
    expect(heard[1]).toBeNull();

    await subscription.close();
    await notifyCatalogPublished(t.db, { id: 424242 });
    await sleep(200);
    expect(heard).toHaveLength(2);
  });

  it("lets publishes sent at once take turns: all succeed, each archiving the one published before it", async () => {
    for (let round = 0; round < 3; round++) {
      const before = await findPublishedCatalogId(t.db);
      const drafts = await Promise.all([1, 2, 3, 4].map(() => newVersion()));
      const results = await Promise.allSettled(drafts.map((d) => publishCatalogVersion(t.db, { id: d.id })));
      expect(results.map((r) => (r.status === "fulfilled" ? "published" : String(r.reason)))).toEqual(drafts.map(() => "published"));
      const published = results.map((r) => (r as PromiseFulfilledResult<{ id: number; archivedId: number | null }>).value);
      // One chain: the first archived what was published before the round, each next one the previous.
      const archivedIds = new Set(published.map((p) => p.archivedId));
      expect(archivedIds.has(before)).toBe(true);
      expect(archivedIds.size).toBe(4);
      const last = published.find((p) => !archivedIds.has(p.id))!;
      expect(await findPublishedCatalogId(t.db)).toBe(last.id);
      const statuses = await listCatalogVersions(t.db, { includeDrafts: true, limit: 1000 });
      expect(statuses.filter((v) => v.status === "published").map((v) => v.id)).toEqual([last.id]);
    }
  });

  if (factory.name === "postgres") {
    it("listens again after its connection is lost, says so, and hears publishes after that", async () => {
      const heard: (number | null)[] = [];
      let listening = 0;
      const subscription = await listenForPublishedCatalog(t.listen, { onPublished: (id) => heard.push(id), onListen: () => listening++ });
      try {
        expect(listening).toBe(1);
        // End the listening session from the server side, as a restart or a network cut would.
        const terminated = await t.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
        );
        expect(Array.from(terminated as Iterable<unknown>).length).toBeGreaterThan(0);
        expect(await eventually(() => listening === 2, 5000)).toBe(true);
        const next = await newVersion();
        await publishCatalogVersion(t.db, { id: next.id });
        expect(await eventually(() => heard.includes(next.id), 2000)).toBe(true);
      } finally {
        await subscription.close();
      }
    });
  }
});
