import { defaultCatalog } from "@paypath/catalog";
import type { Catalog, Profile } from "@paypath/core";
import { insertCatalogVersion, publishCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser } from "../context.js";
import { createCaller } from "../root.js";

const request = {
  profile: { role: "data-scientist", level: "mid", location: "us", year: 2026 } satisfies Profile,
  target: { preset: "ai-security" },
  options: { hoursPerWeek: 10 },
};

/** The default catalog with the AI security skill taking twice as long to learn. */
function slowerAiSecurity(): Catalog {
  const catalog = structuredClone(defaultCatalog);
  const skill = catalog.skills.find((s) => s.id === "ai-security")!;
  skill.acquisition = { ...skill.acquisition!, months: { ...skill.acquisition!.months, value: skill.acquisition!.months.value * 2 } };
  return { ...catalog, version: "2024.1-slower" };
}

describe.each(databases())("saved plans on %s", (factory) => {
  let handle: DatabaseHandle;
  let user: SessionUser;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const u = await insertTestUser(handle.db, { role: "professional", email: "planner@example.test", name: "Planner" });
    user = { id: u.id, email: u.email, name: u.name, role: u.role };
  });
  afterAll(() => handle?.close());

  // A fresh catalog store per call, as a new server instance (or the next second) would see it.
  const caller = (): ReturnType<typeof createCaller> =>
    createCaller(createInnerContext({ db: handle.db, user, catalogs: createCatalogStore(handle.db) }));

  it("re-runs a saved plan on a newer catalog and says what changed", async () => {
    const saved = await caller().planner.save({ ...request, name: "Toward AI security" });
    expect(saved.catalogVersion.version).toBe(defaultCatalog.version);
    const fastest = saved.result.frontier[0]!;
    expect(fastest.skillsLearned).toContain("ai-security");

    const { id } = await insertCatalogVersion(handle.db, { version: "2024.1-slower", document: slowerAiSecurity(), note: "slower AI security" });
    expect(await publishCatalogVersion(handle.db, { id })).not.toBeNull();

    const rerun = await caller().planner.rerun({ id: saved.id });
    expect(rerun.changed).toBe(true);
    expect(rerun.changes.catalog).toEqual({ from: defaultCatalog.version, to: "2024.1-slower" });
    expect(rerun.changes.fastestMonths.from).toBe(fastest.months);
    expect(rerun.changes.fastestMonths.to).toBeGreaterThan(fastest.months);
    // The saved plan itself is unchanged: it still shows what was computed then.
    expect(rerun.plan.result.frontier[0]!.months).toBe(fastest.months);
    expect(rerun.plan.catalogVersion).toBe(defaultCatalog.version);
  });
});
