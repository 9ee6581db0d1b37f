import { findCatalogAudit, listCatalogVersions } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, type ApiResponse } from "./api-client.js";
import { openWorld, type World } from "./world.js";

describe.each(databases())("rolling one version back from several requests at once, on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  const versions = () => listCatalogVersions(world.handle.db, { includeDrafts: true, limit: 1000 });

  /** Publishes a new version (a copy of the published one), so the one published before is archived; returns that one's id. */
  const archiveThePublished = async (note: string): Promise<number> => {
    const published = await world.clients.admin.data<{ id: number }>("catalog.published");
    const draft = await world.clients.admin.data<{ id: number; revision: number }>("catalog.createDraft", { fromId: published.id, note });
    const result = await world.clients.admin.data<{ archivedId: number }>("catalog.publish", { id: draft.id, revision: draft.revision, note });
    expect(result.archivedId).toBe(published.id);
    return published.id;
  };

  it.each([2, 6])("lets exactly one of %i parallel rollbacks win; the others get a CONFLICT and write nothing", async (parallel) => {
    const target = await archiveThePublished(`Archived for ${parallel} rollbacks`);
    const before = await versions();
    const admins = [world.clients.admin, world.clients.secondAdmin];
    const answers: ApiResponse[] = await Promise.all(
      Array.from({ length: parallel }, (_, i) => admins[i % 2]!.call("catalog.rollback", { id: target, note: `Rollback ${i}` })),
    );

    const statuses = answers.map((a) => a.status).sort();
    expect(statuses, answers.map((a) => a.text.slice(0, 200)).join("\n")).toEqual([200, ...Array.from({ length: parallel - 1 }, () => 409)]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(errorOf(refused)?.data.code).toBe("CONFLICT");
      expect(refused.text).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack
    }
    const winner = (answers.find((a) => a.status === 200)!.body as { result: { data: { id: number; archivedId: number } } }).result.data;

    const after = await versions();
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((v) => v.status === "published").map((v) => v.id)).toEqual([winner.id]);
    expect(after.find((v) => v.id === winner.id)).toMatchObject({ parentId: target, status: "published" });
    const rollbacks = await findCatalogAudit(world.handle.db, { actions: ["catalog.rollback"], limit: 500 });
    expect(rollbacks.filter((e) => e.after && (e.after as { contentOf?: string }).contentOf === before.find((v) => v.id === target)!.version)).toHaveLength(1);
    expect((await world.clients.anonymous.data<{ id: number }>("catalog.published")).id).toBe(winner.id);
  });

  it("still rolls back to a version again once something else was published after the first rollback", async () => {
    const target = await archiveThePublished("Archived to roll back twice");
    const first = await world.clients.admin.data<{ id: number }>("catalog.rollback", { id: target, note: "First rollback" });
    const again = await world.clients.secondAdmin.call("catalog.rollback", { id: target, note: "Same rollback again" });
    expect(again.status).toBe(409);
    expect(errorOf(again)?.message).toMatch(/already/);

    await archiveThePublished("Something else published");
    const second = await world.clients.secondAdmin.data<{ id: number }>("catalog.rollback", { id: target, note: "Second rollback" });
    expect(second.id).toBeGreaterThan(first.id);
    expect((await world.clients.anonymous.data<{ id: number }>("catalog.published")).id).toBe(second.id);
  });
});
