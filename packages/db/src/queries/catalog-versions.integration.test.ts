import { fixtureCatalog } from "@paypath/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { catalogVersion } from "../schema/catalog-versions.js";
import { databases } from "../testing/databases.js";
import {
  findPublishedCatalog,
  findPublishedCatalogId,
  insertCatalogVersion,
  listCatalogVersions,
  publishCatalogVersion,
  updateCatalogDraft,
} from "./catalog-versions.js";

describe.each(databases())("catalog versions on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("keeps one published version: publishing a second archives the first", async () => {
    const first = await insertCatalogVersion(t.db, { version: "v1", document: fixtureCatalog });
    expect(await findPublishedCatalog(t.db)).toBeNull();
    expect(await publishCatalogVersion(t.db, { id: first.id })).toEqual({ id: first.id, version: "v1", archivedId: null });

    const second = await insertCatalogVersion(t.db, { version: "v2", document: fixtureCatalog, parentId: first.id });
    expect(await publishCatalogVersion(t.db, { id: second.id })).toEqual({ id: second.id, version: "v2", archivedId: first.id });

    const published = await findPublishedCatalog(t.db);
    expect(published).toMatchObject({ id: second.id, version: "v2", revision: 1 });
    expect(published?.document).toEqual(fixtureCatalog);
    expect(await findPublishedCatalogId(t.db)).toBe(second.id);
    const statuses = await listCatalogVersions(t.db, { includeDrafts: true });
    expect(statuses.map((v) => [v.version, v.status])).toEqual([
      ["v2", "published"],
      ["v1", "archived"],
    ]);
  });

  it("changes nothing when the version to publish is missing, already published or stale", async () => {
    const before = await findPublishedCatalogId(t.db);
    expect(await publishCatalogVersion(t.db, { id: 999_999 })).toBeNull();
    expect(await publishCatalogVersion(t.db, { id: before! })).toBeNull();
    const draft = await insertCatalogVersion(t.db, { version: "v3", document: fixtureCatalog });
    expect(await publishCatalogVersion(t.db, { id: draft.id, revision: 7 })).toBeNull();
    // The previous published version was not archived by the failed attempts (the transaction rolled back).
    expect(await findPublishedCatalogId(t.db)).toBe(before);
    expect(await listCatalogVersions(t.db)).toHaveLength(2); // drafts hidden by default
  });

  it("rejects a second published row at the database level", async () => {
    await expect(
      t.db.insert(catalogVersion).values({ version: "rogue", status: "published", document: fixtureCatalog }),
    ).rejects.toThrow();
  });

  it("updates a draft only at the revision it was read at", async () => {
    const draft = await insertCatalogVersion(t.db, { version: "v4", document: fixtureCatalog });
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 1, document: fixtureCatalog, note: "edit" })).toEqual({ revision: 2 });
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 1, document: fixtureCatalog })).toBeNull();
    expect(await publishCatalogVersion(t.db, { id: draft.id, revision: 2 })).toMatchObject({ id: draft.id });
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 2, document: fixtureCatalog })).toBeNull();
  });
});
