import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { auditLog } from "../schema/audit.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { appendCatalogAudit, findCatalogAudit, findLastCatalogEditor } from "./catalog-audit.js";

describe.each(databases())("catalog audit on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("appends one entry per field and filters by version, actor, action and catalog path", async () => {
    const ada = await insertTestUser(t.db, { role: "admin", name: "Ada" });
    const grace = await insertTestUser(t.db, { role: "admin", name: "Grace" });
    await appendCatalogAudit(t.db, [
      { actorId: ada.id, action: "catalog.create-draft", versionId: 1, note: "start" },
      { actorId: ada.id, action: "catalog.update-draft", versionId: 1, field: "skills.ai-security.premium.value", before: 0.12, after: 0.2 },
      { actorId: ada.id, action: "catalog.update-draft", versionId: 1, field: "skills.ai-security-ops.name", before: "a", after: "b" },
      { actorId: grace.id, action: "catalog.update-draft", versionId: 2, field: "levels.staff.multiplier.value", before: 1.2, after: 1.3 },
    ]);
    const all = await findCatalogAudit(t.db, { limit: 10 });
    expect(all).toHaveLength(4);
    expect(all[0]).toMatchObject({ versionId: 2, actorName: "Grace", field: "levels.staff.multiplier.value", before: 1.2, after: 1.3 });
    expect((await findCatalogAudit(t.db, { versionId: 1, limit: 10 })).map((e) => e.action)).toEqual([
      "catalog.update-draft",
      "catalog.update-draft",
      "catalog.create-draft",
    ]);
    expect(await findCatalogAudit(t.db, { actorId: grace.id, limit: 10 })).toHaveLength(1);
    expect(await findCatalogAudit(t.db, { actions: ["catalog.create-draft"], limit: 10 })).toMatchObject([{ note: "start" }]);
    // A path matches itself and what lies inside it, not a sibling that shares its prefix.
    expect((await findCatalogAudit(t.db, { path: "skills.ai-security", limit: 10 })).map((e) => e.field)).toEqual(["skills.ai-security.premium.value"]);
    expect(await findCatalogAudit(t.db, { path: "skills", limit: 10 })).toHaveLength(2);
    expect(await findCatalogAudit(t.db, { path: "skills.ai_security", limit: 10 })).toHaveLength(0);
    expect(await findCatalogAudit(t.db, { beforeId: all[1]!.id, limit: 10 })).toHaveLength(2);
    expect(await findLastCatalogEditor(t.db, { versionId: 1, actions: ["catalog.update-draft"] })).toBe(ada.id);
    expect(await findLastCatalogEditor(t.db, { versionId: 3, actions: ["catalog.update-draft"] })).toBeNull();
  });

  it("cannot be rewritten", async () => {
    await appendCatalogAudit(t.db, [{ actorId: null, action: "catalog.publish", versionId: 9 }]);
    const [entry] = await findCatalogAudit(t.db, { versionId: 9, limit: 1 });
    await expect(t.db.update(auditLog).set({ after: 1 }).where(eq(auditLog.id, entry!.id))).rejects.toThrow();
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, entry!.id))).rejects.toThrow();
    expect(await findCatalogAudit(t.db, { versionId: 9, limit: 5 })).toHaveLength(1);
  });
});
