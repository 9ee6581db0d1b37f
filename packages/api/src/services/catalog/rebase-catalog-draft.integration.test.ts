import { defaultCatalog } from "@paypath/catalog";
import { changePath, type Catalog } from "@paypath/core";
import { findCatalogAudit, findCatalogVersion, listCatalogVersions, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../../catalogs.js";
import { createInnerContext } from "../../context.js";
import { createCaller } from "../../root.js";

type Caller = ReturnType<typeof createCaller>;

/** A copy of `document` with `change` applied to it. */
function edited(document: Catalog, change: (c: Catalog) => void): Catalog {
  const copy = structuredClone(document);
  change(copy);
  return copy;
}

const skill = (c: Catalog, id: string) => c.skills.find((s) => s.id === id)!;
const industry = (c: Catalog, id: string) => c.industries.find((i) => i.id === id)!;
const level = (c: Catalog, id: string) => c.levels.find((l) => l.id === id)!;

describe.each(databases())("bringing a catalog draft up to date with the published version on %s", (factory) => {
  let handle: DatabaseHandle;
  let ada: Caller;
  let grace: Caller;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const make = async (name: string): Promise<Caller> => {
      const u = await insertTestUser(handle.db, { role: "admin", name, email: `${name.toLowerCase()}@example.test` });
      // Each admin its own store, as each server process has.
      return createCaller(createInnerContext({ db: handle.db, user: { id: u.id, email: u.email, name: u.name, role: "admin" }, catalogs: createCatalogStore(handle.db) }));
    };
    ada = await make("Ada");
    grace = await make("Grace");
  });
  afterAll(() => handle?.close());

  const auditOf = (versionId: number) => findCatalogAudit(handle.db, { versionId, limit: 500 });
  const allAudit = async () => (await findCatalogAudit(handle.db, { limit: 1000 })).length;

  /** Two drafts started from the published version, one per admin. */
  const twoDrafts = async () => {
    const v1 = await ada.catalog.published();
    const a = await ada.catalog.createDraft({ fromId: v1.id, note: "A" });
    const b = await grace.catalog.createDraft({ fromId: v1.id, note: "B" });
    return { v1, a, b };
  };

  /** Saves `change` on draft `id` at `revision`; returns the new revision. */
  const save = async (caller: Caller, id: number, revision: number, change: (c: Catalog) => void): Promise<number> => {
    const { document } = await caller.catalog.get({ id });
    return (await caller.catalog.updateDraft({ id, revision, document: edited(document, change) })).revision;
  };

  it("refuses to publish a draft started before another publish, then keeps both admins' edits once it is brought up to date", async () => {
    const { v1, a, b } = await twoDrafts();
    const aRev = await save(ada, a.id, a.revision, (c) => {
      skill(c, "ai-security").premium.value = 0.2;
      level(c, "junior").multiplier.value = 0.61;
    });
    let bRev = await save(grace, b.id, b.revision, (c) => {
      skill(c, "ai-security").premium.value = 0.25;
      industry(c, "finance").multiplier.value = 1.17;
    });
    await ada.catalog.publish({ id: a.id, revision: aRev, note: "A's premiums" });

    const versionsBefore = await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 });
    const auditBefore = await allAudit();
    await expect(grace.catalog.publish({ id: b.id, revision: bRev, note: "B's premiums" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`${b.version} was started from ${v1.version}; ${a.version} has been published since.*would undo ${a.version}'s changes.*Bring the draft up to date`)),
    });
    expect(await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).toEqual(versionsBefore);
    expect(await allAudit()).toBe(auditBefore);

    const outcome = await grace.catalog.rebaseDraft({ id: b.id, revision: bRev });
    expect(outcome).toMatchObject({ rebased: true, revision: bRev + 1, parentId: a.id, parentVersion: a.version, skipped: [] });
    expect(outcome.replaced).toEqual([{ path: "skills.ai-security.premium.value", kind: "changed", published: 0.2, draft: 0.25 }]);
    bRev = outcome.revision;
    const row = (await findCatalogVersion(handle.db, { id: b.id }))!;
    expect(row).toMatchObject({ parentId: a.id, revision: bRev, status: "draft" });
    expect(row.document.version).toBe(b.version);
    expect(level(row.document, "junior").multiplier.value).toBe(0.61);
    expect(industry(row.document, "finance").multiplier.value).toBe(1.17);
    expect(skill(row.document, "ai-security").premium.value).toBe(0.25);
    // The change list is now against A: only B's own edits.
    expect((await grace.catalog.diff({ toId: b.id })).changes.map(changePath).sort()).toEqual(["industries.finance.multiplier.value", "skills.ai-security.premium.value"]);

    const rebaseEntries = (await auditOf(b.id)).filter((e) => e.action === "catalog.rebase");
    expect(rebaseEntries.map((e) => [e.field, e.before, e.after])).toEqual(
      expect.arrayContaining([
        [null, { parentId: v1.id, parent: v1.version }, { parentId: a.id, parent: a.version, replaced: 1, skipped: 0 }],
        ["skills.ai-security.premium.value", 0.2, 0.25],
      ]),
    );
    expect(rebaseEntries).toHaveLength(2);

    expect(await grace.catalog.rebaseDraft({ id: b.id, revision: bRev })).toMatchObject({
      rebased: false,
      revision: bRev,
      message: expect.stringContaining(`already up to date with ${a.version}`),
    });
    await grace.catalog.publish({ id: b.id, revision: bRev, note: "B's premiums on top of A's" });
    const { catalog } = await ada.catalog.published();
    expect(catalog.version).toBe(b.version);
    expect(level(catalog, "junior").multiplier.value).toBe(0.61); // nothing of A lost
    expect(industry(catalog, "finance").multiplier.value).toBe(1.17);
    expect(skill(catalog, "ai-security").premium.value).toBe(0.25);
  });

  it("publishes exactly one of two drafts from one version sent at once; the other is refused and writes nothing", async () => {
    const { a, b } = await twoDrafts();
    const aRev = await save(ada, a.id, a.revision, (c) => {
      skill(c, "vector-search").premium.value = 0.07;
    });
    const bRev = await save(grace, b.id, b.revision, (c) => {
      skill(c, "model-serving").premium.value = 0.09;
    });
    const auditBefore = await allAudit();
    const results = await Promise.allSettled([
      ada.catalog.publish({ id: a.id, revision: aRev, note: "A at once" }),
      grace.catalog.publish({ id: b.id, revision: bRev, note: "B at once" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("would undo") });
    const statuses = (await listCatalogVersions(handle.db, { includeDrafts: true, limit: 1000 })).filter((v) => v.id === a.id || v.id === b.id).map((v) => v.status);
    expect(statuses.sort()).toEqual(["draft", "published"]);
    expect(await allAudit()).toBe(auditBefore + 2); // one archive and one publish entry
  });

  it("shows the change list against the new parent after a rebase", async () => {
    const { a, b } = await twoDrafts();
    const aRev = await save(ada, a.id, a.revision, (c) => {
      level(c, "mid").multiplier.value = 0.83;
    });
    const bRev = await save(grace, b.id, b.revision, (c) => {
      industry(c, "retail").multiplier.value = 0.97;
    });
    await ada.catalog.publish({ id: a.id, revision: aRev, note: "A" });
    // Against its old parent, B's document would put A's mid-level figure back.
    const beforeRebase = await grace.catalog.diff({ fromId: a.id, toId: b.id });
    expect(beforeRebase.changes.map(changePath)).toContain("levels.mid.multiplier.value");
    await grace.catalog.rebaseDraft({ id: b.id, revision: bRev });
    const after = await grace.catalog.diff({ toId: b.id });
    expect(after.changes.map(changePath)).toEqual(["industries.retail.multiplier.value"]);
  });

  it("reports the draft's changes that no longer apply, and clears a four-eyes approval", async () => {
    const { a, b } = await twoDrafts();
    const aRev = await save(ada, a.id, a.revision, (c) => {
      c.industries = c.industries.filter((i) => i.id !== "consulting");
    });
    const bRev = await save(grace, b.id, b.revision, (c) => {
      industry(c, "consulting").multiplier.value = 1.09;
      industry(c, "healthcare").multiplier.value = 1.04;
    });
    await ada.catalog.approve({ id: b.id, revision: bRev });
    await ada.catalog.publish({ id: a.id, revision: aRev, note: "consulting folded into enterprise software" });
    const outcome = await grace.catalog.rebaseDraft({ id: b.id, revision: bRev });
    expect(outcome.replaced).toEqual([]);
    expect(outcome.skipped).toEqual([{ path: "industries.consulting.multiplier.value", kind: "changed", draft: 1.09, reason: "missing-entity" }]);
    const row = (await findCatalogVersion(handle.db, { id: b.id }))!;
    expect(row).toMatchObject({ approvedBy: null, approvedAt: null });
    expect(row.document.industries.map((i) => i.id)).not.toContain("consulting");
    expect(industry(row.document, "healthcare").multiplier.value).toBe(1.04);
    expect((await auditOf(b.id)).map((e) => e.action)).toContain("catalog.clear-approval");
  });

  it("answers a stale revision with a CONFLICT and an invalid merge with a BAD_REQUEST naming its paths, writing nothing", async () => {
    const { a, b } = await twoDrafts();
    const aRev = await save(ada, a.id, a.revision, (c) => {
      skill(c, "llm-fine-tuning").relevance.roles = { ...skill(c, "llm-fine-tuning").relevance.roles, "product-designer": 0.3 };
    });
    const bRev = await save(grace, b.id, b.revision, (c) => {
      c.roles = c.roles.filter((r) => r.id !== "product-designer");
    });
    await ada.catalog.publish({ id: a.id, revision: aRev, note: "designers use fine-tuning" });
    const before = await findCatalogVersion(handle.db, { id: b.id });
    const auditBefore = await allAudit();
    await expect(grace.catalog.rebaseDraft({ id: b.id, revision: bRev - 1 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("revision") });
    const refused = grace.catalog.rebaseDraft({ id: b.id, revision: bRev });
    await expect(refused).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(a.version) });
    await expect(refused).rejects.toMatchObject({ cause: { issues: [expect.objectContaining({ path: "skills.0.relevance.roles.product-designer" })] } });
    expect(await findCatalogVersion(handle.db, { id: b.id })).toEqual(before);
    expect(await allAudit()).toBe(auditBefore);
  });

  it("treats a draft kept while another was published (as a refit's draft, whose parent is the version refitted) the same way, and rollback still publishes", async () => {
    const v1 = await ada.catalog.published();
    const refitted = await ada.catalog.createDraft({ fromId: v1.id, note: "stands for a refit draft of v1" });
    const rRev = await save(ada, refitted.id, refitted.revision, (c) => {
      skill(c, "rag").premium.value = 0.09;
    });
    const manual = await grace.catalog.createDraft({ fromId: v1.id });
    const mRev = await save(grace, manual.id, manual.revision, (c) => {
      skill(c, "rag").premium.value = 0.07;
    });
    const published = await grace.catalog.publish({ id: manual.id, revision: mRev, note: "manual" });
    await expect(ada.catalog.publish({ id: refitted.id, revision: rRev, note: "refit" })).rejects.toMatchObject({ code: "CONFLICT" });
    const outcome = await ada.catalog.rebaseDraft({ id: refitted.id, revision: rRev });
    expect(outcome.replaced).toEqual([{ path: "skills.rag.premium.value", kind: "changed", published: 0.07, draft: 0.09 }]);
    await ada.catalog.publish({ id: refitted.id, revision: outcome.revision, note: "refit" });
    // Rolling back publishes a version whose parent is an archived one: not refused.
    const rolledBack = await grace.catalog.rollback({ id: published.id, note: "the refit overshot" });
    expect(rolledBack.archivedId).toBe(refitted.id);
    expect(skill((await ada.catalog.published()).catalog, "rag").premium.value).toBe(0.07);
  });
});
