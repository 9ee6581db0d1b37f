import { catalogVersion, listCatalogVersions } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { errorOf, type ApiClient } from "./api-client.js";
import { openWorld, type World } from "./world.js";

interface Priced {
  readonly catalogVersion: { id: number; version: string };
}

/** The id the next catalog version will get (identity columns count up; nothing here rolls an insert back). */
async function nextVersionId(world: World): Promise<number> {
  const versions = await listCatalogVersions(world.handle.db, { includeDrafts: true, limit: 1000 });
  return Math.max(...versions.map((v) => v.id)) + 1;
}

/** A draft of the published version, published at once by the admin. */
async function publishNewVersion(admin: ApiClient, note: string): Promise<{ id: number; version: string }> {
  const published = await admin.data<{ id: number }>("catalog.published");
  const draft = await admin.data<{ id: number; version: string; revision: number }>("catalog.createDraft", { fromId: published.id, note });
  await admin.data("catalog.publish", { id: draft.id, revision: draft.revision, note });
  return { id: draft.id, version: draft.version };
}

async function readyStatus(world: World): Promise<number> {
  return (await fetch(`${world.server.url}/readyz`)).status;
}

describe.each(databases())("the catalog store under questions about versions that do not exist yet, on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  /** Estimates and the published catalog are served from `expected`, and the server says it is ready. */
  const expectServing = async (expected: { id: number; version: string }): Promise<void> => {
    const estimate = await world.clients.anonymous.call("valuation.estimate", sampleProfile);
    expect(estimate.status, estimate.text.slice(0, 300)).toBe(200);
    expect((estimate.body as { result: { data: Priced } }).result.data.catalogVersion).toEqual(expected);
    const published = await world.clients.professional.call("catalog.published", undefined);
    expect(published.status, published.text.slice(0, 300)).toBe(200);
    expect((published.body as { result: { data: { id: number } } }).result.data.id).toBe(expected.id);
    expect(await readyStatus(world)).toBe(200);
  };

  it("serves a version published after a manager asked to compare with its id before it existed", async () => {
    const next = await nextVersionId(world);
    const asked = await world.clients.teamManager.call("teams.calibration", { teamId: world.world.teamId, compareCatalogVersionId: next });
    expect(asked.status).toBe(404);
    expect(errorOf(asked)?.message).toMatch(/compareCatalogVersionId/);

    const created = await publishNewVersion(world.clients.admin, "Published after someone asked for its id");
    expect(created.id, "the repro needs the version to get the id that was asked about").toBe(next);
    await expectServing(created);

    // The comparison itself now works too.
    const compared = await world.clients.teamManager.call("teams.calibration", { teamId: world.world.teamId, compareCatalogVersionId: next });
    expect(compared.status, compared.text.slice(0, 300)).toBe(200);
  });

  it("serves a version published after a manager asked to compare with it while it was a draft", async () => {
    const published = await world.clients.admin.data<{ id: number }>("catalog.published");
    const draft = await world.clients.admin.data<{ id: number; version: string; revision: number }>("catalog.createDraft", {
      fromId: published.id,
      note: "Asked about while a draft",
    });
    const asked = await world.clients.teamManager.call("teams.calibration", { teamId: world.world.teamId, compareCatalogVersionId: draft.id });
    expect(asked.status).toBe(404);
    await world.clients.admin.data("catalog.publish", { id: draft.id, revision: draft.revision, note: "Asked about while a draft" });
    await expectServing({ id: draft.id, version: draft.version });
  });

  it("is not ready while no catalog can be served, and ready again once one can", async () => {
    const current = await world.clients.anonymous.data<{ id: number; version: string }>("catalog.published");
    await expectServing({ id: current.id, version: current.version });
    // The published pointer disappears (as if a bad migration or a manual edit archived it).
    await world.handle.db.update(catalogVersion).set({ status: "archived" }).where(eq(catalogVersion.id, current.id));
    try {
      // Within the store's pointer lifetime (1 s) the version it holds is still served; after it, nothing can be.
      const deadline = Date.now() + 3_000;
      let estimateStatus = 200;
      while (estimateStatus === 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        estimateStatus = (await world.clients.anonymous.call("valuation.estimate", sampleProfile)).status;
      }
      expect(estimateStatus).toBe(500);
      expect(await readyStatus(world)).toBe(503);
    } finally {
      await world.handle.db.update(catalogVersion).set({ status: "published" }).where(eq(catalogVersion.id, current.id));
    }
    expect(await readyStatus(world)).toBe(200);
    await expectServing({ id: current.id, version: current.version });
  });
});
