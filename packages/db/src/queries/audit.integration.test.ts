import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { auditLog } from "../schema/audit.js";
import { databases } from "../testing/databases.js";
import { appendAudit, findAudit } from "./audit.js";

describe.each(databases())("audit log on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("appends entries and finds them newest first, by filter", async () => {
    const first = await appendAudit(t.db, { actorId: "u1", action: "catalog.edit", entity: "catalog_version", entityId: "1", before: { a: 1 }, after: { a: 2 } });
    const second = await appendAudit(t.db, { actorId: "u2", action: "user.role", entity: "user", entityId: "u9", note: "promoted" });
    expect((await findAudit(t.db, { limit: 10 })).map((e) => e.id)).toEqual([second.id, first.id]);
    expect(await findAudit(t.db, { entity: "catalog_version", limit: 10 })).toEqual([
      expect.objectContaining({ id: first.id, actorId: "u1", before: { a: 1 }, after: { a: 2 } }),
    ]);
    expect(await findAudit(t.db, { actorId: "u2", action: "user.role", limit: 10 })).toHaveLength(1);
    expect(await findAudit(t.db, { beforeId: second.id, limit: 10 })).toHaveLength(1);
  });

  it("rejects UPDATE and DELETE of its rows", async () => {
    const entry = await appendAudit(t.db, { actorId: null, action: "x", entity: "y" });
    const appendOnly = { cause: expect.objectContaining({ message: expect.stringContaining("append-only") }) };
    await expect(t.db.update(auditLog).set({ note: "rewritten" }).where(eq(auditLog.id, entry.id))).rejects.toMatchObject(appendOnly);
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, entry.id))).rejects.toMatchObject(appendOnly);
    const [row] = await findAudit(t.db, { limit: 1 });
    expect(row).toMatchObject({ id: entry.id, note: null });
  });
});
