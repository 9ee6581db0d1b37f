import { defaultCatalog } from "@paypath/catalog";
import { findCatalogAudit, listCatalogVersions, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../../catalogs.js";
import { createInnerContext } from "../../context.js";
import { createCaller } from "../../root.js";

type Caller = ReturnType<typeof createCaller>;

describe.each(databases())("rolling back one catalog version at once from several callers on %s", (factory) => {
  let handle: DatabaseHandle;
  let admins: Caller[];

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    admins = [];
    for (const name of ["Ada", "Grace", "Edsger"]) {
      const u = await insertTestUser(handle.db, { role: "admin", name, email: `${name.toLowerCase()}@example.test` });
      // Each caller its own store, as each server process has.
      admins.push(createCaller(createInnerContext({ db: handle.db, user: { id: u.id, email: u.email, name: u.name, role: "admin" }, catalogs: createCatalogStore(handle.db) })));
    }
  });
  afterAll(() => handle?.close());

  const versions = () => listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 });

  /** Publishes a copy of the published version; returns the id of the one it archived. */
  const archiveThePublished = async (): Promise<number> => {
    const published = await admins[0]!.catalog.published();
    const draft = await admins[0]!.catalog.createDraft({ fromId: published.id });
    const result = await admins[0]!.catalog.publish({ id: draft.id, revision: draft.revision, note: "to archive the published one" });
    return result.archivedId!;
  };

  it("publishes one new version; every other call is a CONFLICT that writes nothing", async () => {
    const target = await archiveThePublished();
    const before = await versions();
    const auditBefore = (await findCatalogAudit(handle.db, { limit: 1000 })).length;
    const results = await Promise.allSettled(admins.flatMap((a, i) => [a, a].map((c, j) => c.catalog.rollback({ id: target, note: `rollback ${i}.${j}` }))));

    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    }
    const winner = (won[0] as PromiseFulfilledResult<{ id: number }>).value;
    const after = await versions();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((v) => v.status === "published").map((v) => [v.id, v.parentId])).toEqual([[winner.id, target]]);
    // One archive entry and one rollback entry: the refused calls wrote nothing.
    expect((await findCatalogAudit(handle.db, { limit: 1000 })).length).toBe(auditBefore + 2);
  });

  it("names the version a repeated rollback already published, and allows it again after another publish", async () => {
    const target = await archiveThePublished();
    const first = await admins[0]!.catalog.rollback({ id: target, note: "first" });
    await expect(admins[1]!.catalog.rollback({ id: target, note: "again" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`already rolled back to: its content is published as ${first.version}`),
    });
    await archiveThePublished();
    const second = await admins[1]!.catalog.rollback({ id: target, note: "again, after another publish" });
    expect(second.id).toBeGreaterThan(first.id);
    expect((await admins[2]!.catalog.published()).id).toBe(second.id);
  });

  it("lets rollbacks to different versions sent at once take turns: both publish, one after the other", async () => {
    const older = await archiveThePublished();
    const newer = await archiveThePublished();
    const [a, b] = await Promise.all([
      admins[0]!.catalog.rollback({ id: older, note: "to the older" }),
      admins[1]!.catalog.rollback({ id: newer, note: "to the newer" }),
    ]);
    expect(a.version).not.toBe(b.version);
    const published = (await versions()).filter((v) => v.status === "published");
    expect(published).toHaveLength(1);
    // The one that went second archived the one that went first.
    expect([a.archivedId, b.archivedId]).toContain(published[0]!.id === a.id ? b.id : a.id);
  });
});
