import { fixtureCatalog } from "@paypath/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { catalogVersion } from "../schema/catalog-versions.js";
import { databases, insertTestUser } from "../testing/databases.js";
import {
  approveCatalogDraft,
  findCatalogVersion,
  findPublishedCatalog,
  findVersionLabels,
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

  it("names the author, publisher and approver, and records the publish note", async () => {
    const ada = await insertTestUser(t.db, { role: "admin", name: "Ada Admin" });
    const grace = await insertTestUser(t.db, { role: "admin", name: "Grace Admin" });
    const draft = await insertCatalogVersion(t.db, { version: "v5", document: fixtureCatalog, authorId: ada.id, note: "working note" });
    expect(await approveCatalogDraft(t.db, { id: draft.id, revision: 1, approvedBy: grace.id })).toMatchObject({ approvedAt: expect.any(Date) });
    await publishCatalogVersion(t.db, { id: draft.id, revision: 1, publishedBy: grace.id, note: "raise premiums" });
    const [listed] = await listCatalogVersions(t.db, { limit: 1 });
    expect(listed).toMatchObject({
      version: "v5",
      status: "published",
      authorName: "Ada Admin",
      publishedByName: "Grace Admin",
      approvedByName: "Grace Admin",
      note: "raise premiums",
    });
    expect((await findCatalogVersion(t.db, { id: draft.id }))?.publishedAt).toBeInstanceOf(Date);
  });

  it("approves a draft only at its revision, and an edit clears the approval", async () => {
    const reviewer = await insertTestUser(t.db, { role: "admin" });
    const draft = await insertCatalogVersion(t.db, { version: "v6", document: fixtureCatalog });
    expect(await approveCatalogDraft(t.db, { id: draft.id, revision: 2, approvedBy: reviewer.id })).toBeNull();
    expect(await approveCatalogDraft(t.db, { id: draft.id, revision: 1, approvedBy: reviewer.id })).not.toBeNull();
    expect(await findCatalogVersion(t.db, { id: draft.id })).toMatchObject({ approvedBy: reviewer.id });
    await updateCatalogDraft(t.db, { id: draft.id, revision: 1, document: fixtureCatalog });
    expect(await findCatalogVersion(t.db, { id: draft.id })).toMatchObject({ approvedBy: null, approvedAt: null, revision: 2 });
  });

  it("moves a draft's parent with its document, clearing the approval, and keeps the parent when none is given", async () => {
    const reviewer = await insertTestUser(t.db, { role: "admin" });
    const v1 = await insertCatalogVersion(t.db, { version: "p1", document: fixtureCatalog });
    const v2 = await insertCatalogVersion(t.db, { version: "p2", document: fixtureCatalog, parentId: v1.id });
    const draft = await insertCatalogVersion(t.db, { version: "p3", document: fixtureCatalog, parentId: v1.id });
    await approveCatalogDraft(t.db, { id: draft.id, revision: 1, approvedBy: reviewer.id });
    const renamed = { ...fixtureCatalog, name: "Rebased" };
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 1, document: renamed, parentId: v2.id })).toEqual({ revision: 2 });
    expect(await findCatalogVersion(t.db, { id: draft.id })).toMatchObject({ parentId: v2.id, revision: 2, approvedBy: null, approvedAt: null, document: { name: "Rebased" } });
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 1, document: fixtureCatalog, parentId: v1.id })).toBeNull();
    expect(await updateCatalogDraft(t.db, { id: draft.id, revision: 2, document: fixtureCatalog })).toEqual({ revision: 3 });
    expect(await findCatalogVersion(t.db, { id: draft.id })).toMatchObject({ parentId: v2.id, revision: 3 });
  });

  it("finds the labels that share a stem, treating LIKE wildcards literally", async () => {
    await insertCatalogVersion(t.db, { version: "2030.1", document: fixtureCatalog });
    await insertCatalogVersion(t.db, { version: "2030.2", document: fixtureCatalog });
    await insertCatalogVersion(t.db, { version: "2030_x", document: fixtureCatalog });
    expect((await findVersionLabels(t.db, { stem: "2030." })).sort()).toEqual(["2030.1", "2030.2"]);
    expect(await findVersionLabels(t.db, { stem: "2030_" })).toEqual(["2030_x"]);
  });
});
