import type { PlanResult, Profile } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { insertCatalogVersion } from "./catalog-versions.js";
import { deletePlan, findPlan, findPlans, insertPlan } from "./plans.js";

const profile: Profile = { role: "data-scientist", level: "mid", location: "us" };
const target = { preset: "ai-security" };
// Only stored and read back here: the shape is core's business.
const result = { frontier: [], best: [] } as unknown as PlanResult;

describe.each(databases())("plans on %s", (factory) => {
  let t: DatabaseHandle;
  let catalogVersionId: number;
  beforeAll(async () => {
    t = await factory.open();
    catalogVersionId = (await insertCatalogVersion(t.db, { version: "plans-1", document: fixtureCatalog })).id;
  });
  afterAll(() => t.close());

  const plan = (ownerId: string, name: string, limit: number) =>
    insertPlan(t.db, { ownerId, name, profile, target, options: {}, catalogVersionId, result, limit });

  it("stores a plan with its result and shows it only to its owner", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await plan(alice.id, "To AI security", 10);
    expect(await findPlan(t.db, { ownerId: alice.id, id: saved!.id })).toMatchObject({ name: "To AI security", target, result, catalogVersion: "plans-1" });
    expect(await findPlan(t.db, { ownerId: bob.id, id: saved!.id })).toBeNull();
    expect(await findPlans(t.db, { ownerId: bob.id, limit: 10 })).toEqual([]);
  });

  it("refuses an insert beyond the owner's limit, counting only their own plans, even when inserts race", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    await plan(bob.id, "Bob's", 3);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => plan(alice.id, `Plan ${i}`, 3)));
    expect(results.filter((r) => r !== null)).toHaveLength(3);
    expect(await findPlans(t.db, { ownerId: alice.id, limit: 10 })).toHaveLength(3);
    expect(await plan(alice.id, "One more", 3)).toBeNull();

    const [first] = await findPlans(t.db, { ownerId: alice.id, limit: 1 });
    expect(await deletePlan(t.db, { ownerId: alice.id, id: first!.id })).toBe(true);
    expect(await plan(alice.id, "After a delete", 3)).not.toBeNull();
    expect(await findPlans(t.db, { ownerId: bob.id, limit: 10 })).toHaveLength(1);
  });
});
