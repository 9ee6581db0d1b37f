import { findPlan, findPlans, findProfiles, insertPlan, insertProfile } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePlanRequest, sampleProfile } from "./access-table.js";
import { errorOf } from "./api-client.js";
import { openWorld, type World } from "./world.js";

/** How many profiles, and how many plans, one user may keep (as the API documents it). */
const cap = 200;
/** Saves sent at once when the user is a few short of the cap. */
const parallel = 20;
const short = 5;

describe.each(databases())("caps on saved profiles and plans on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  it(`keeps at most ${cap} profiles per user when ${parallel} saves race at the cap, and says why`, async () => {
    const ownerId = world.world.userIds.bystander;
    for (let i = 0; i < cap - short; i++) {
      await insertProfile(world.handle.db, { ownerId, name: `Kept ${i}`, profile: sampleProfile, limit: cap });
    }
    const responses = await Promise.all(
      Array.from({ length: parallel }, (_, i) => world.clients.bystander.call("profiles.save", { name: `Raced ${i}`, profile: sampleProfile })),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(short);
    const refused = responses.filter((r) => r.status !== 200);
    expect(refused.map((r) => r.status)).toEqual(Array.from({ length: parallel - short }, () => 400));
    expect(errorOf(refused[0]!)?.message).toBe(`You can keep at most ${cap} saved profiles; delete one before saving another.`);
    expect(await findProfiles(world.handle.db, { ownerId, limit: cap * 2 })).toHaveLength(cap);
    // Nothing of a refused save is kept: no estimate without its profile.
    const history = await world.clients.bystander.data<unknown[]>("valuation.history", { limit: 100 });
    expect(history).toHaveLength(short);
  });

  it(`keeps at most ${cap} plans per user when ${parallel} saves race at the cap, and says why`, async () => {
    const ownerId = world.world.userIds.secondAdmin;
    const first = await world.clients.secondAdmin.data<{ id: string }>("planner.save", { ...samplePlanRequest, name: "First" });
    const saved = (await findPlan(world.handle.db, { ownerId, id: first.id }))!;
    for (let i = 1; i < cap - short; i++) {
      await insertPlan(world.handle.db, { ...saved, ownerId, name: `Kept ${i}`, limit: cap });
    }
    const responses = await Promise.all(
      Array.from({ length: parallel }, (_, i) => world.clients.secondAdmin.call("planner.save", { ...samplePlanRequest, name: `Raced ${i}` })),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(short);
    const refused = responses.filter((r) => r.status !== 200);
    expect(refused.map((r) => r.status)).toEqual(Array.from({ length: parallel - short }, () => 400));
    expect(errorOf(refused[0]!)?.message).toBe(`You can keep at most ${cap} saved plans; delete one before saving another.`);
    expect(await findPlans(world.handle.db, { ownerId, limit: cap * 2 })).toHaveLength(cap);

    // Deleting one makes room for one.
    await world.clients.secondAdmin.data("planner.delete", { id: first.id });
    expect((await world.clients.secondAdmin.call("planner.save", { ...samplePlanRequest, name: "After a delete" })).status).toBe(200);
    expect((await world.clients.secondAdmin.call("planner.save", { ...samplePlanRequest, name: "One too many" })).status).toBe(400);
  });
});
