import { defaultCatalog } from "@paypath/catalog";
import { insertCatalogVersion, listCatalogVersions, publishCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore, followPublishedCatalog } from "./catalogs.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe.each(databases())("catalog store on %s", (factory) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("answers every call within the time to live with one lookup, then sees a newly published version", async () => {
    let clock = 0;
    const store = createCatalogStore(handle.db, { pointerTtlMs: 1000, now: () => clock });
    const [a, b] = [store.published(), store.published()];
    expect(a).toBe(b); // one lookup shared, even while pending
    const first = await a;
    expect(first.version).toBe(defaultCatalog.version);

    const next = await insertCatalogVersion(handle.db, { version: "store-next", document: { ...defaultCatalog, version: "store-next" } });
    await publishCatalogVersion(handle.db, { id: next.id });
    clock = 999;
    expect((await store.published()).id).toBe(first.id); // still within the time to live
    clock = 1001;
    expect((await store.published()).version).toBe("store-next");
    expect(await store.byId(first.id)).toMatchObject({ id: first.id, version: defaultCatalog.version });
  });

  it("asks again at once after invalidate(), and does not keep a failed lookup", async () => {
    const store = createCatalogStore(handle.db, { pointerTtlMs: 60_000, now: () => 0 });
    const before = await store.published();
    const other = await insertCatalogVersion(handle.db, { version: "store-again", document: { ...defaultCatalog, version: "store-again" } });
    await publishCatalogVersion(handle.db, { id: other.id });
    expect((await store.published()).id).toBe(before.id);
    store.invalidate();
    expect((await store.published()).id).toBe(other.id);

    const empty = await factory.open(); // migrated, nothing published
    try {
      const failing = createCatalogStore(empty.db, { pointerTtlMs: 60_000, now: () => 0 });
      await expect(failing.published()).rejects.toThrow("no catalog is published");
      await seed(empty.db, { demo: false, catalog: defaultCatalog });
      expect((await failing.published()).version).toBe(defaultCatalog.version);
    } finally {
      await empty.close();
    }
  });

  const nextId = async (): Promise<number> =>
    Math.max(...(await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).map((v) => v.id)) + 1;

  it("keeps no miss: an id asked about before it existed, or while a draft, is served once published", async () => {
    let clock = 0;
    const store = createCatalogStore(handle.db, { pointerTtlMs: 1000, now: () => clock });
    await store.published();

    const unused = await nextId();
    expect(await store.byId(unused)).toBeNull();
    const created = await insertCatalogVersion(handle.db, { version: "store-later", document: { ...defaultCatalog, version: "store-later" } });
    expect(created.id).toBe(unused);
    expect(await store.byId(created.id)).toBeNull(); // a draft: not served, and not kept either
    await publishCatalogVersion(handle.db, { id: created.id });
    clock += 1001;
    expect(await store.published()).toMatchObject({ id: created.id, version: "store-later" });
    expect(await store.byId(created.id)).toMatchObject({ id: created.id, version: "store-later" });
    expect(await store.ready({ timeoutMs: 1000 })).toBe(true);
  });

  it("is ready only once a published version can be loaded", async () => {
    const empty = await factory.open(); // migrated, nothing published
    try {
      const store = createCatalogStore(empty.db, { pointerTtlMs: 60_000 });
      expect(await store.ready({ timeoutMs: 1000 })).toBe(false);
      await seed(empty.db, { demo: false, catalog: defaultCatalog });
      expect(await store.ready({ timeoutMs: 1000 })).toBe(true);
    } finally {
      await empty.close();
    }
  });

  it("follows publishes announced by the database at once, until the subscription is closed", async () => {
    // A pointer that would otherwise never be asked again: only the notification can move it.
    const store = createCatalogStore(handle.db, { pointerTtlMs: 60 * 60_000 });
    const following = await followPublishedCatalog(store, handle.listen);
    const before = await store.published();
    const next = await insertCatalogVersion(handle.db, { version: "store-notified", document: { ...defaultCatalog, version: "store-notified" } });
    await publishCatalogVersion(handle.db, { id: next.id });
    const publishedAt = Date.now();
    while ((await store.published()).id !== next.id) {
      expect(Date.now() - publishedAt, "the store did not follow the publish within a second").toBeLessThan(1000);
      await sleep(5);
    }

    await following.close();
    const unheard = await insertCatalogVersion(handle.db, { version: "store-unheard", document: { ...defaultCatalog, version: "store-unheard" } });
    await publishCatalogVersion(handle.db, { id: unheard.id });
    await sleep(300);
    expect((await store.published()).id).toBe(next.id);
    expect(before.id).not.toBe(next.id);
  });
});
