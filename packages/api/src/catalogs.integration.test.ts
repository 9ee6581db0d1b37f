import { defaultCatalog } from "@paypath/catalog";
import { insertCatalogVersion, publishCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "./catalogs.js";

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
});
